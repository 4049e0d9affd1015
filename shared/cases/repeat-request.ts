/**
 * R2/R2a (152-FZ Art. 14 parts 4–6, legal-reference §11.2): an RF citizen's repeat access request may be made
 * not earlier than 30 days after the first one (a DPO setting: the R2 term), unless the information was not given
 * in full or a law or contract sets a shorter period; a repeat request made earlier may be refused, and the
 * refusal must be reasoned (the burden of proof is on the operator). The engine finds the previous access request
 * of the same subject — the same IIN, or the same name when neither case has an IIN — and says when a repeat
 * would have been allowed.
 */
import { zonedDate } from '../format';
import { resolveTerm, ruleById, type DeadlineSettings } from '../rules';
import type { CaseRecord } from './model';

/** The ground a repeat request is refused on (grounds library) and the rule of its waiting period. */
export const REPEAT_REQUEST_GROUND = 'ru-repeat-request';
export const REPEAT_REQUEST_RULE = 'ru.access.repeat-request';

export type RequestFacts = Pick<CaseRecord, 'id' | 'number' | 'receivedAt' | 'requestTypes' | 'rfSubject' | 'subjectIin' | 'subjectName'>;

export interface RepeatRequest {
  /** The subject's earlier access request the waiting period runs from. */
  readonly previous: Pick<CaseRecord, 'id' | 'number' | 'receivedAt'>;
  /** The waiting period in calendar days (the R2 term under the DPO's settings). */
  readonly days: number;
  /** YYYY-MM-DD (organisation zone): the first day a repeat request is allowed. */
  readonly allowedFrom: string;
}

const sameSubject = (a: RequestFacts, b: RequestFacts): boolean =>
  a.subjectIin !== '' || b.subjectIin !== '' ? a.subjectIin === b.subjectIin : a.subjectName !== '' && a.subjectName === b.subjectName;

const addDays = (date: string, days: number): string => {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

/** The waiting period (calendar days) of R2 under the settings. */
export const repeatWaitingDays = (settings: DeadlineSettings = {}): number => {
  const rule = ruleById(REPEAT_REQUEST_RULE);
  if (!rule) throw new Error(`unknown rule ${REPEAT_REQUEST_RULE}`);
  return resolveTerm(rule, settings).term.count;
};

/**
 * Whether `current` is an RF citizen's access request made within the waiting period after an earlier access
 * request of the same subject (the latest such one). `others`: other cases (any order; the current one is skipped).
 */
export function repeatRequestOf(
  current: RequestFacts,
  others: readonly RequestFacts[],
  zone: string,
  settings: DeadlineSettings = {},
): RepeatRequest | undefined {
  if (!current.rfSubject || !current.requestTypes.includes('access')) return undefined;
  const days = repeatWaitingDays(settings);
  const received = zonedDate(current.receivedAt, zone);
  const previous = others
    .filter((o) => o.id !== current.id && o.requestTypes.includes('access') && o.receivedAt < current.receivedAt && sameSubject(o, current))
    .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))[0];
  if (previous === undefined) return undefined;
  const allowedFrom = addDays(zonedDate(previous.receivedAt, zone), days);
  if (received >= allowedFrom) return undefined;
  return { previous: { id: previous.id, number: previous.number, receivedAt: previous.receivedAt }, days, allowedFrom };
}
