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
 * Art. 191). 'from-moment' — the norm says "с момента …" (e.g. a breach notice from detection): the
 * latest limit is still counted in whole days from the next day, but the result is flagged urgent.
 */
export type StartRule = (typeof START_RULES)[number];

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
    readonly code: 'bad-instant' | 'bad-term' | 'bad-close' | 'bad-zone' | 'bad-start-rule' | 'bad-calendar' | 'out-of-range',
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
