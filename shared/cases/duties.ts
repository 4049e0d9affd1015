/**
 * The statutory duty each obligation rule belongs to. A KZ operator's RF obligations run beside the KZ ones,
 * but one recorded act of destruction, blocking or answer fulfils every open obligation of that duty in the
 * case (legal-reference §11): the KZ and the RF clock of an RF citizen's destruction are answered by one
 * destruction, which the batch act lists once.
 */
import type { RuleId } from '../rules/rule-id';

export const DUTIES = [
  'access',
  'correction',
  'blocking',
  'destruction',
  'unblocking',
  'stop',
  'public-source',
  'objection',
  'transfer-notice',
  'breach-kz',
  'breach-ru-24h',
  'breach-ru-72h',
  'authority',
  'consent-proof',
  'authority-kz',
] as const;
export type Duty = (typeof DUTIES)[number];

export const DUTY_OF: Readonly<Record<RuleId, Duty>> = {
  'kz.access.provide': 'access',
  'kz.access.refuse': 'access',
  'ru.access.provide': 'access',
  'ru.access.refuse': 'access',
  'ru.access.repeat-request': 'access',
  'kz.correction.change': 'correction',
  'ru.correction.change': 'correction',
  'ru.inaccuracy.clarify-unblock': 'correction',
  'kz.block': 'blocking',
  'ru.block': 'blocking',
  'kz.unblock': 'unblocking',
  'kz.destruction.demand': 'destruction',
  'kz.destroy': 'destruction',
  'kz.correction.destroy': 'destruction',
  'ru.destruction.destroy': 'destruction',
  'ru.unlawful.destroy': 'destruction',
  'ru.purpose-achieved.destroy': 'destruction',
  'ru.destruction-impossible.destroy': 'destruction',
  'ru.destruction.keep-act': 'destruction',
  'kz.consent-withdrawal.stop': 'stop',
  'ru.consent-withdrawal.stop': 'stop',
  'ru.stop-processing.stop': 'stop',
  'ru.unlawful.stop': 'stop',
  'kz.public-source.exclude': 'public-source',
  'kz.objection-automated.answer': 'objection',
  'kz.third-party-transfer.notify': 'transfer-notice',
  'kz.breach.notify-authority': 'breach-kz',
  'kz.breach.notice-content': 'breach-kz',
  'ru.breach.notify-24h': 'breach-ru-24h',
  'ru.breach.notify-72h': 'breach-ru-72h',
  'kz.retention.aml': 'destruction',
  'kz.retention.limitation': 'destruction',
  'ru.authority-request.answer': 'authority',
  'kz.authority-request.answer': 'authority-kz',
  'kz.consent-proof.provide': 'consent-proof',
  'kz.purpose-achieved.destroy': 'destruction',
};
