/** How a corrected field and its values read in the interface (the correction form and the case history). */
import { isList, type CorrectableField, type CorrectionValue } from '../../../shared/cases/corrections';
import type { CaseCorrectionProblem } from '../../db/correction-steps';
import { REQUEST_TYPE_DEFINITIONS } from '../../../shared/rules/request-types';
import { CHANNELS } from '../../../shared/cases/model';
import { REQUEST_LANGUAGES, type Locale } from '../../../shared/locale';
import { INTAKE_ERRORS, type IntakeError } from '../../../shared/cases/intake-schema';
import type { MessageArgs, MessageKey } from '../../i18n/messages';
import { formatDate, formatDateTime } from '../../i18n/format';

type Translate = <K extends MessageKey>(key: K, ...args: MessageArgs<K>) => string;

export const FIELD_LABEL: Readonly<Record<CorrectableField, MessageKey>> = {
  'subject.fullName': 'intake.fullName',
  'subject.iin': 'intake.iin',
  'subject.birthDate': 'intake.birthDate',
  'subject.email': 'intake.email',
  'subject.phone': 'intake.phone',
  'subject.address': 'intake.address',
  'representative.fullName': 'intake.representative',
  'representative.authorityDocument': 'intake.authority',
  receivedAt: 'intake.receivedAt',
  channel: 'intake.channel',
  language: 'intake.language',
  requestTypes: 'intake.types',
  rfSubject: 'intake.rfSubject',
  description: 'intake.description',
};

/** A value as the history shows it. */
export function valueText(t: Translate, field: CorrectableField, value: CorrectionValue, zone: string, locale: Locale): string {
  if (typeof value === 'boolean') return t(value ? 'history.yes' : 'history.no');
  if (isList(value)) return value.map((id) => REQUEST_TYPE_DEFINITIONS.find((d) => d.id === id)?.label[locale] ?? id).join(', ');
  const text = typeof value === 'string' ? value : '';
  if (text === '') return t('history.empty');
  if (field === 'receivedAt') return formatDateTime(new Date(text), zone);
  if (field === 'subject.birthDate') return formatDate(text);
  const channel = CHANNELS.find((c) => c === text);
  if (field === 'channel' && channel) return t(`channel.${channel}`);
  const language = REQUEST_LANGUAGES.find((l) => l === text);
  if (field === 'language' && language) return t(`lang.${language}`);
  return text;
}

const isIntakeError = (problem: string): problem is IntakeError => (INTAKE_ERRORS as readonly string[]).includes(problem);

export function correctionProblemText(t: Translate, problem: CaseCorrectionProblem): string {
  return isIntakeError(problem) ? t(problem) : t(`correct.problem.${problem}`);
}
