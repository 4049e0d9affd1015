/**
 * The straightforward way to count working days, kept as the benchmark's baseline and as an
 * independent oracle for the tests: Date objects, a day-by-day loop and Sets of 'YYYY-MM-DD' strings.
 */
import type { CompiledCalendar } from '../../shared/calendar/compiled-calendar';
import type { TimeZone } from '../../shared/time/zone';

export interface NaiveCalendar {
  readonly daysOff: ReadonlySet<string>;
  readonly workingWeekendDays: ReadonlySet<string>;
}

/** Sets of date strings for the given years, read from a compiled calendar's yearDays. */
export function naiveCalendarFrom(calendar: CompiledCalendar, years: readonly number[]): NaiveCalendar {
  const daysOff = new Set<string>();
  const workingWeekendDays = new Set<string>();
  for (const year of years) {
    for (const d of calendar.yearDays(year)) {
      if (!d.working) daysOff.add(d.date);
      else if (d.weekday >= 6) workingWeekendDays.add(d.date);
    }
  }
  return { daysOff, workingWeekendDays };
}

/** N working days from `fromMs` (next-day start), due at close of business in the zone. */
export function naiveDueMs(calendar: NaiveCalendar, zone: TimeZone, fromMs: number, workingDays: number, closeMinutes: number): number {
  const local = new Date(fromMs + zone.offsetMsAt(fromMs));
  const day = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
  let remaining = workingDays;
  while (remaining > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    const key = day.toISOString().slice(0, 10);
    const weekday = day.getUTCDay();
    const working = calendar.workingWeekendDays.has(key) || (!calendar.daysOff.has(key) && weekday !== 0 && weekday !== 6);
    if (working) remaining--;
  }
  const localDue = day.getTime() + closeMinutes * 60_000;
  return localDue - zone.offsetMsAt(localDue - zone.offsetMsAt(localDue));
}
