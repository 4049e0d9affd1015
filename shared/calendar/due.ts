/**
 * The hot path: the due instant of a term as plain integer arithmetic over a compiled calendar. No
 * strings are parsed, no Intl call is made and nothing is allocated for working-day and calendar-day
 * terms. The full API (deadline.ts) and the benchmark both use these functions.
 */
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, addMonths } from '../time/civil-date';
import type { TimeZone } from '../time/zone';
import type { CompiledCalendar } from './compiled-calendar';
import type { TermUnit } from './term';

/**
 * The last day of a day-based term (a day number), counted from the local date of the trigger.
 *
 * - working days: the count starts on the day after the trigger (KZ Civil Code Art. 173; RF Art. 191);
 *   the result is the N-th working day after the trigger date. A trigger on a non-working day changes
 *   nothing: the next day is the start and non-working days are not counted.
 * - calendar days: the last day is trigger date + N; a non-working last day moves to the next working
 *   day (KZ Art. 175; RF Art. 193).
 * - months / years: the corresponding date of the last month, or that month's last day (KZ Art. 174;
 *   RF Art. 192 p.3), then Art. 175 / 193 as above.
 */
export function dueDayNumber(calendar: CompiledCalendar, triggerDay: number, unit: Exclude<TermUnit, 'hours'>, count: number): number {
  switch (unit) {
    case 'working-days':
      return calendar.nthWorkingDayAfter(triggerDay, count);
    case 'calendar-days':
      return calendar.firstWorkingDayOnOrAfter(triggerDay + count);
    case 'months':
      return calendar.firstWorkingDayOnOrAfter(addMonths(triggerDay, count));
    case 'years':
      return calendar.firstWorkingDayOnOrAfter(addMonths(triggerDay, count * 12));
  }
}

/**
 * Due instant (epoch ms, UTC) of a term triggered at `fromMs`.
 *
 * Hours are exact: from + N h, no calendar (the 24 h / 72 h of 152-FZ Art. 21 part 3.1). Day-based
 * terms end at close of business (`closeMinutes` after local midnight in `zone`) of the last day: the
 * action is done in the organisation, so the term ends when it stops operations (KZ Civil Code Art. 176
 * p.1; RF Civil Code Art. 194 p.1).
 */
export function computeDueMs(calendar: CompiledCalendar, zone: TimeZone, fromMs: number, unit: TermUnit, count: number, closeMinutes: number): number {
  if (unit === 'hours') return fromMs + count * MS_PER_HOUR;
  const triggerDay = Math.floor((fromMs + zone.offsetMsAt(fromMs)) / MS_PER_DAY);
  const dueDay = dueDayNumber(calendar, triggerDay, unit, count);
  return zone.utcFromLocal(dueDay * MS_PER_DAY + closeMinutes * MS_PER_MINUTE);
}

/**
 * Due instant of a working-day term that runs "from the moment" of an event, in the 'same-time'
 * reading (legal-reference §11.1): the same wall-clock time on the N-th working day after the event's
 * local date; an event on a non-working day ends at close of business of that day instead (there is no
 * working-day moment to repeat). Returns the instant and whether the same-time rule applied.
 */
export function computeMomentDue(
  calendar: CompiledCalendar,
  zone: TimeZone,
  fromMs: number,
  count: number,
  closeMinutes: number,
): { readonly dueMs: number; readonly dueDay: number; readonly sameTime: boolean } {
  const local = fromMs + zone.offsetMsAt(fromMs);
  const triggerDay = Math.floor(local / MS_PER_DAY);
  const dueDay = calendar.nthWorkingDayAfter(triggerDay, count);
  const sameTime = calendar.isWorkingDayNumber(triggerDay);
  const inDay = sameTime ? local - triggerDay * MS_PER_DAY : closeMinutes * MS_PER_MINUTE;
  return { dueMs: zone.utcFromLocal(dueDay * MS_PER_DAY + inDay), dueDay, sameTime };
}
