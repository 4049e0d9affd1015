/**
 * The retention clock: the day a relationship's data become due for destruction under its activity's term.
 * The term runs from its event (end of the relationship, the operation, the purpose achieved, consent
 * withdrawn); it expires on the corresponding day of the last year or month (KZ Civil Code Art. 174, RF Civil
 * Code Art. 192 — 29 February → 28 February), and the data are due the day after. No event yet → no date.
 */
import { addMonths, dateKeyFromDays, parseDateKey } from '../time/civil-date';
import type { RetentionEvent, RetentionTerm } from './model';
import type { RelationshipEvents } from './relationship';

/** The day the term starts from, if its event has happened. */
export const startEvent = (runsFrom: RetentionEvent, events: RelationshipEvents): string | undefined => {
  switch (runsFrom) {
    case 'end-of-relationship':
    case 'purpose-achieved':
      return events.ended;
    case 'operation-date':
      return events.lastOperation;
    case 'consent-withdrawn':
      return events.consentWithdrawn;
  }
};

/** The last day of storage: `start` plus the term. */
export const termExpiresOn = (term: Pick<RetentionTerm, 'amount' | 'unit'>, start: string): string => {
  const days = parseDateKey(start);
  if (days === undefined) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${start}`);
  return dateKeyFromDays(addMonths(days, term.unit === 'years' ? term.amount * 12 : term.amount));
};

/** The day the data are due for destruction ('' when the term's event has not happened yet). */
export const destructionDate = (term: Pick<RetentionTerm, 'amount' | 'unit' | 'runsFrom'>, events: RelationshipEvents): string => {
  const start = startEvent(term.runsFrom, events);
  if (start === undefined || start === '') return '';
  const expires = parseDateKey(termExpiresOn(term, start));
  return dateKeyFromDays((expires ?? 0) + 1);
};
