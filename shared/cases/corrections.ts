/**
 * Corrections with a trail. A field typed at intake (a misspelt name, a wrong receipt time, a wrong request
 * type …) or an action (when it was done, what was done) is corrected with a stated reason; the record keeps
 * every previous value with who corrected it, when and why, and the audit trail repeats it. Nothing is
 * overwritten silently. A correction of the receipt time re-dates the obligations it started; a correction
 * of the request types or of the subject's citizenship adds the obligations the new values start and marks
 * those they no longer start as not applicable.
 */
import { TEXT_LIMIT, textTooLong } from '../text-limits';
import { crossCheckBirthDate, validateIin } from '../validation';
import { REQUEST_LANGUAGES, type RequestLanguage } from '../locale';
import { isRequestType, type RequestType } from '../rules/request-types';
import type { IntakeError } from './intake-schema';
import { CHANNELS, type CaseRecord, type Channel } from './model';
import { digitsOnly } from './normalize';
import { caseSearchKeys, nameSortKey, tokensOf } from './search-tokens';
import { checkReceivedAt, type ReceivedAtProblem } from './time-bounds';

export const CORRECTABLE_FIELDS = [
  'subject.fullName',
  'subject.iin',
  'subject.birthDate',
  'subject.email',
  'subject.phone',
  'subject.address',
  'representative.fullName',
  'representative.authorityDocument',
  'receivedAt',
  'channel',
  'language',
  'requestTypes',
  'rfSubject',
  'description',
] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/** A field's value as a correction records it: text, a yes/no, or a list (request types). */
export type CorrectionValue = string | boolean | readonly string[];

/** One correction of a case field, kept on the case (oldest first). */
export interface CaseCorrection {
  readonly id: string;
  readonly field: CorrectableField;
  readonly from: CorrectionValue;
  readonly to: CorrectionValue;
  readonly reason: string;
  /** When it was entered. */
  readonly at: string;
  readonly actor: string;
}

export const ACTION_CORRECTABLE_FIELDS = ['at', 'note'] as const;
export type ActionCorrectableField = (typeof ACTION_CORRECTABLE_FIELDS)[number];

/** One correction of a recorded action, kept on the action (oldest first). */
export interface ActionCorrection {
  readonly field: ActionCorrectableField;
  readonly from: string;
  readonly to: string;
  readonly reason: string;
  readonly at: string;
  readonly actor: string;
}

/** A list value (request types): Array.isArray does not narrow a readonly array out of a union. */
export const isList = (value: CorrectionValue): value is readonly string[] => Array.isArray(value);

/** The shortest reason a correction, a waiver, a withdrawal, a reopening or a void accepts. */
export const MIN_REASON = 5;
export const hasReason = (reason: string): boolean => reason.trim().length >= MIN_REASON;

/** The current value of a field. */
export function fieldValue(record: CaseRecord, field: CorrectableField): CorrectionValue {
  switch (field) {
    case 'subject.fullName':
      return record.subject.fullName;
    case 'subject.iin':
      return record.subject.iin ?? '';
    case 'subject.birthDate':
      return record.subject.birthDate ?? '';
    case 'subject.email':
      return record.subject.email ?? '';
    case 'subject.phone':
      return record.subject.phone ?? '';
    case 'subject.address':
      return record.subject.address ?? '';
    case 'representative.fullName':
      return record.representative?.fullName ?? '';
    case 'representative.authorityDocument':
      return record.representative?.authorityDocument ?? '';
    case 'receivedAt':
      return record.receivedAt;
    case 'channel':
      return record.channel;
    case 'language':
      return record.language;
    case 'requestTypes':
      return [...record.requestTypes];
    case 'rfSubject':
      return record.rfSubject;
    case 'description':
      return record.description;
  }
}

const sameValue = (a: CorrectionValue, b: CorrectionValue): boolean =>
  isList(a) && isList(b) ? a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n') : a === b;

export type CorrectionProblem = IntakeError | 'unchanged' | 'reason';

const RECEIVED: Readonly<Record<ReceivedAtProblem, IntakeError>> = {
  format: 'intake.receivedAt.format',
  future: 'intake.receivedAt.future',
  'too-old': 'intake.receivedAt.tooOld',
};

export interface CorrectionContext {
  /** The request types the rule packs offer. */
  readonly requestTypes: readonly RequestType[];
  /** The moment of saving. */
  readonly now: Date;
}

/** Checks a new value of a field the way intake checks it; a problem names the intake message. */
export function checkCorrection(
  record: CaseRecord,
  field: CorrectableField,
  value: CorrectionValue,
  reason: string,
  context: CorrectionContext,
): CorrectionProblem | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  const problem = ((): IntakeError | undefined => {
    switch (field) {
      case 'subject.fullName':
      case 'representative.fullName':
        if (text === '') return 'intake.required';
        if (text.length < 3) return 'intake.name.short';
        return text.length > 200 ? 'intake.name.long' : undefined;
      case 'subject.iin': {
        if (text === '') return undefined;
        const result = validateIin(text.replace(/\s/g, ''));
        if (!result.valid) return `intake.iin.${result.reason}`;
        const birth = record.subject.birthDate;
        return birth && crossCheckBirthDate(text.replace(/\s/g, ''), birth) === 'mismatch' ? 'intake.birthDate.mismatch' : undefined;
      }
      case 'subject.birthDate':
        if (text === '') return undefined;
        if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) return 'intake.birthDate.format';
        if (text > record.receivedAt.slice(0, 10)) return 'intake.birthDate.afterReceipt';
        return record.subject.iin && crossCheckBirthDate(record.subject.iin, text) === 'mismatch' ? 'intake.birthDate.mismatch' : undefined;
      case 'subject.email':
        return text === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? undefined : 'intake.email.format';
      case 'subject.phone':
        return text === '' || /^\+?[\d\s()-]{7,20}$/.test(text) ? undefined : 'intake.phone.format';
      case 'subject.address':
        return text.length > TEXT_LIMIT.line ? textTooLong(TEXT_LIMIT.line) : undefined;
      case 'representative.authorityDocument':
        if (text === '') return 'intake.authority.required';
        return text.length > TEXT_LIMIT.line ? textTooLong(TEXT_LIMIT.line) : undefined;
      case 'description':
        return text.length > TEXT_LIMIT.request ? textTooLong(TEXT_LIMIT.request) : undefined;
      case 'receivedAt': {
        const problem = checkReceivedAt(text === '' ? undefined : new Date(text), context.now);
        return problem === undefined ? undefined : RECEIVED[problem];
      }
      case 'channel':
        return (CHANNELS as readonly string[]).includes(text) ? undefined : 'intake.required';
      case 'language':
        return (REQUEST_LANGUAGES as readonly string[]).includes(text) ? undefined : 'intake.required';
      case 'requestTypes': {
        if (!isList(value) || value.length === 0) return 'intake.types.none';
        const offered = new Set<string>(context.requestTypes);
        return value.every((t) => offered.has(t)) ? undefined : 'intake.types.unknown';
      }
      case 'rfSubject':
        return typeof value === 'boolean' ? undefined : 'intake.required';
    }
  })();
  if (problem) return problem;
  if (field === 'subject.email' || field === 'subject.phone' || field === 'subject.address') {
    const after = applyCorrection(record, field, value);
    if (!after.subject.email && !after.subject.phone && !after.subject.address) return 'intake.contact.missing';
  }
  if (sameValue(normalizedValue(field, value), fieldValue(record, field))) return 'unchanged';
  if (!hasReason(reason)) return 'reason';
  return undefined;
}

/** The value as it is stored (trimmed text, an IIN without spaces, an instant in ISO form). */
export function normalizedValue(field: CorrectableField, value: CorrectionValue): CorrectionValue {
  if (typeof value !== 'string') return isList(value) ? [...value] : value;
  const text = value.trim();
  if (field === 'subject.iin') return text.replace(/\s/g, '');
  if (field === 'receivedAt') return new Date(text).toISOString();
  return text;
}

const optional = (value: string): string | undefined => (value === '' ? undefined : value);

/**
 * The case with one field changed; its derived search keys and name sort key follow (the words of issued documents'
 * numbers, which the case's own fields do not give, are kept). Call with a checked value.
 */
export function applyCorrection(record: CaseRecord, field: CorrectableField, raw: CorrectionValue): CaseRecord {
  const next = correctedFields(record, field, raw);
  const own = new Set(tokensOf(caseSearchKeys(record)));
  const fromDocuments = tokensOf(record.searchTokens).filter((token) => !own.has(token));
  const keys = caseSearchKeys(next);
  const ms = Date.parse(next.receivedAt);
  const have = new Set(tokensOf(keys));
  return {
    ...next,
    subjectName: nameSortKey(next.subject.fullName),
    searchTokens: [...keys, ...fromDocuments.filter((token) => !have.has(token)).map((token) => [token, ms] as const)],
  };
}

function correctedFields(record: CaseRecord, field: CorrectableField, raw: CorrectionValue): CaseRecord {
  const value = normalizedValue(field, raw);
  const str = typeof value === 'string' ? value : '';
  const subject = (over: Partial<CaseRecord['subject']>): CaseRecord => {
    const next = { ...record.subject, ...over };
    return { ...record, subject: next, subjectIin: digitsOnly(next.iin ?? '') };
  };
  const representative = { fullName: record.representative?.fullName ?? '', authorityDocument: record.representative?.authorityDocument ?? '' };
  switch (field) {
    case 'subject.fullName':
      return subject({ fullName: str });
    case 'subject.iin':
      return subject({ iin: optional(str) });
    case 'subject.birthDate':
      return subject({ birthDate: optional(str) });
    case 'subject.email':
      return subject({ email: optional(str) });
    case 'subject.phone':
      return subject({ phone: optional(str) });
    case 'subject.address':
      return subject({ address: optional(str) });
    case 'representative.fullName':
      return { ...record, representative: { ...record.representative, ...representative, fullName: str } };
    case 'representative.authorityDocument':
      return { ...record, representative: { ...record.representative, ...representative, authorityDocument: str } };
    case 'receivedAt':
      return { ...record, receivedAt: str };
    case 'channel':
      return { ...record, channel: CHANNELS.find((c): c is Channel => c === str) ?? record.channel };
    case 'language':
      return { ...record, language: REQUEST_LANGUAGES.find((l): l is RequestLanguage => l === str) ?? record.language };
    case 'requestTypes':
      return { ...record, requestTypes: isList(value) ? value.filter(isRequestType) : record.requestTypes };
    case 'rfSubject':
      return { ...record, rfSubject: value === true };
    case 'description':
      return { ...record, description: str };
  }
}

/** Fields whose correction changes which obligations run or when (their clock's trigger). */
export const DEADLINE_FIELDS: ReadonlySet<CorrectableField> = new Set<CorrectableField>(['receivedAt', 'requestTypes', 'rfSubject']);
