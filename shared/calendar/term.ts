/** Terms (a count of units), start rules and close-of-business times, with validation. */

export const TERM_UNITS = ['working-days', 'calendar-days', 'hours', 'months', 'years'] as const;
export type TermUnit = (typeof TERM_UNITS)[number];

export interface Term {
  readonly unit: TermUnit;
  readonly count: number;
}

export const START_RULES = ['next-day', 'from-moment'] as const;
/**
 * 'next-day' — the term begins on the day after the trigger (KZ Civil Code Art. 173; RF Civil Code
 * Art. 191). 'from-moment' — the norm says "с момента …" (e.g. a breach notice "в течение одного
 * рабочего дня с момента обнаружения"): the result is flagged urgent, and a working-day term is read
 * per the MomentReading setting.
 */
export type StartRule = (typeof START_RULES)[number];

export const MOMENT_READINGS = ['same-time', 'next-day'] as const;
/**
 * How a working-day term that runs "from the moment" of an event ends (legal-reference §11.1, K8):
 * 'same-time' (default) — at the same wall-clock time on the N-th working day after the moment (an
 * event on a non-working day: close of business of the N-th working day after it); 'next-day' — the
 * Civil Code Art. 173 reading: the term starts the next day and ends at close of business. Other units
 * are not affected (hours are exact; calendar days, months and years follow Arts 173–176).
 */
export type MomentReading = (typeof MOMENT_READINGS)[number];

export const DEFAULT_MOMENT_READING: MomentReading = 'same-time';

/** Where each reading comes from, for the settings screen and the documentation. */
export const MOMENT_READING_SOURCES: Readonly<Record<MomentReading, string>> = {
  'same-time':
    'Law 94-V Art. 25 p.2 sub.8 ind.5 "в течение одного рабочего дня с момента обнаружения": the term runs from the moment, so it ends at the same time of the next working day (legal-reference §11.1 [I])',
  'next-day': 'KZ Civil Code Art. 173 (a term begins on the day after the event) and Art. 176 p.1 (ends at close of business); RF Civil Code Arts 191, 194',
};

export const isMomentReading = (value: unknown): value is MomentReading => typeof value === 'string' && (MOMENT_READINGS as readonly string[]).includes(value);

/** Largest count accepted for each unit (keeps every result inside the compiled 2000–2100 range). */
export const MAX_TERM_COUNT: Readonly<Record<TermUnit, number>> = {
  'working-days': 5_000,
  'calendar-days': 7_300,
  hours: 24 * 7_300,
  months: 240,
  years: 20,
};

export const DEFAULT_CLOSE_OF_BUSINESS = '18:00';

export class DeadlineInputError extends Error {
  override readonly name = 'DeadlineInputError';
  constructor(
    readonly code: 'bad-instant' | 'bad-term' | 'bad-close' | 'bad-zone' | 'bad-start-rule' | 'bad-moment-reading' | 'bad-calendar' | 'out-of-range',
    message: string,
  ) {
    super(message);
  }
}

export const isTermUnit = (value: unknown): value is TermUnit => typeof value === 'string' && (TERM_UNITS as readonly string[]).includes(value);

export const isStartRule = (value: unknown): value is StartRule => typeof value === 'string' && (START_RULES as readonly string[]).includes(value);

/** Throws DeadlineInputError unless the count is an integer in range (0 is allowed for hours: "immediately"). */
export function validateTerm(term: Term): void {
  if (!isTermUnit(term.unit)) throw new DeadlineInputError('bad-term', `unknown term unit: ${String(term.unit)}`);
  const min = term.unit === 'hours' ? 0 : 1;
  if (!Number.isInteger(term.count) || term.count < min || term.count > MAX_TERM_COUNT[term.unit]) {
    throw new DeadlineInputError(
      'bad-term',
      `term count must be an integer from ${min} to ${MAX_TERM_COUNT[term.unit]} for ${term.unit}: ${String(term.count)}`,
    );
  }
}

/**
 * Minutes after local midnight of a close-of-business time 'HH:MM' (00:01–24:00; '24:00' is the end of
 * the day, the general rule of KZ Civil Code Art. 176 p.1 / RF Civil Code Art. 194 p.1).
 */
export function parseCloseOfBusiness(value: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value);
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : NaN;
  if (!match || Number(match[2]) > 59 || !(minutes > 0 && minutes <= 24 * 60)) {
    throw new DeadlineInputError('bad-close', `close of business must be HH:MM between 00:01 and 24:00: ${JSON.stringify(value)}`);
  }
  return minutes;
}
