/** The localized message of an instant before its bound: it names the bound and when it was. */
import type { TimeBound } from '../../../shared/cases/time-bounds';
import type { MessageArgs, MessageKey } from '../../i18n/messages';
import { formatDateTime } from '../../i18n/format';

type Translate = <K extends MessageKey>(key: K, ...args: MessageArgs<K>) => string;

export function timeBoundMessage(t: Translate, bound: TimeBound, zone: string): string {
  const at = formatDateTime(new Date(bound.at), zone);
  if (bound.kind === 'step') return t('evidence.tooEarly.step', { at, step: t(`case.action.${bound.step}`) });
  return t(`evidence.tooEarly.${bound.kind}`, { at });
}
