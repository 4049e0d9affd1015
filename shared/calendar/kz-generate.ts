/**
 * Generates the Kazakh calendar entries from the rules of legal-reference §3.1 and the per-year facts
 * in kz-facts.ts.
 */
import { civilFromDays, dateKeyFromDays, daysFromCivil, daysFromDateKey, isWeekendDay } from '../time/civil-date';
import {
  KURBAN_AIT_NAME,
  KZ_FIXED_HOLIDAYS,
  KZ_FORMER_DAYS_OFF,
  KZ_KURBAN_AIT,
  KZ_ORTHODOX_CHRISTMAS,
  KZ_TRANSFERS,
  KZ_WEEKEND_MOVE_SOURCE,
  KZ_YEARS,
  type FixedHoliday,
} from './kz-facts';
import { transferDayOffName, transferWorkingDayName, weekendMoveName } from './day-names';
import type { CalendarEntry } from './types';

const holidaysOf = (year: number): FixedHoliday[] => KZ_FIXED_HOLIDAYS.filter((h) => (h.fromYear ?? -Infinity) <= year && year <= (h.untilYear ?? Infinity));

const yearOfKey = (key: string): number => civilFromDays(daysFromDateKey(key)).year;

/** Whether a day is working given the entries generated so far (plain weekdays work, weekends do not). */
function workingSoFar(byDay: ReadonlyMap<number, CalendarEntry>, day: number): boolean {
  const entry = byDay.get(day);
  return entry ? entry.working : !isWeekendDay(day);
}

/**
 * One year of the Kazakh calendar.
 *
 * 1. National and state holidays (Holidays Law Arts 2–3) are non-working days (Art. 5 parts 1–2).
 * 2. 7 January and the first day of Kurban Ait are days off regardless of the work regime and are never
 *    moved (Labour Code Art. 84 p.5): they are days off, not holidays, so Art. 5 p.3 does not apply.
 * 3. "При совпадении выходного и праздничного дней выходным днем является следующий после праздничного
 *    рабочий день" (Holidays Law Art. 5 p.3): each holiday falling on Saturday or Sunday moves a day off
 *    to the first working day after it, taken separately and in date order, so consecutive holidays on a
 *    weekend (Nauryz 21–23 March) move to consecutive working days after the whole run.
 * 4. Transfer orders of the Minister of Labour (Labour Code Art. 85 p.3) are applied last.
 */
export function generateKzYear(year: number): CalendarEntry[] {
  const byDay = new Map<number, CalendarEntry>();
  const holidays = holidaysOf(year);

  for (const h of holidays) {
    const day = daysFromCivil(year, h.month, h.day);
    byDay.set(day, { date: dateKeyFromDays(day), working: false, kind: h.kind, name: h.name, source: h.source, status: h.status });
  }

  const christmas = daysFromCivil(year, KZ_ORTHODOX_CHRISTMAS.month, KZ_ORTHODOX_CHRISTMAS.day);
  if (!byDay.has(christmas)) {
    byDay.set(christmas, {
      date: dateKeyFromDays(christmas),
      working: false,
      kind: 'religious-day-off',
      name: KZ_ORTHODOX_CHRISTMAS.name,
      source: KZ_ORTHODOX_CHRISTMAS.source,
      status: KZ_ORTHODOX_CHRISTMAS.status,
    });
  }
  for (const k of KZ_KURBAN_AIT) {
    if (yearOfKey(k.date) !== year) continue;
    const day = daysFromDateKey(k.date);
    // On a day that is already a holiday, the holiday's own entry stands (the day is off either way).
    if (!byDay.has(day)) {
      byDay.set(day, { date: k.date, working: false, kind: 'religious-day-off', name: KURBAN_AIT_NAME, source: k.source, status: k.status });
    }
  }

  const onWeekend = holidays
    .map((h) => ({ h, day: daysFromCivil(year, h.month, h.day) }))
    .filter(({ day }) => isWeekendDay(day))
    .sort((a, b) => a.day - b.day);
  for (const { h, day } of onWeekend) {
    let target = day + 1;
    while (!workingSoFar(byDay, target)) target++;
    byDay.set(target, {
      date: dateKeyFromDays(target),
      working: false,
      kind: 'weekend-move',
      name: weekendMoveName(dateKeyFromDays(day), h.name),
      movedFrom: dateKeyFromDays(day),
      source: KZ_WEEKEND_MOVE_SOURCE,
      status: h.status,
    });
  }

  for (const t of KZ_TRANSFERS) {
    if (yearOfKey(t.dayOff) !== year && yearOfKey(t.workingDay) !== year) continue;
    if (yearOfKey(t.workingDay) === year) {
      byDay.set(daysFromDateKey(t.workingDay), {
        date: t.workingDay,
        working: true,
        kind: 'transfer-working-day',
        name: transferWorkingDayName(t.dayOff),
        movedTo: t.dayOff,
        source: t.source,
        status: t.status,
      });
    }
    if (yearOfKey(t.dayOff) === year) {
      byDay.set(daysFromDateKey(t.dayOff), {
        date: t.dayOff,
        working: false,
        kind: 'transfer-day-off',
        name: transferDayOffName(t.workingDay),
        movedFrom: t.workingDay,
        source: t.source,
        status: t.status,
      });
    }
  }

  for (const f of KZ_FORMER_DAYS_OFF) {
    if (yearOfKey(f.date) !== year) continue;
    const day = daysFromDateKey(f.date);
    if (!byDay.has(day)) byDay.set(day, { date: f.date, working: true, kind: 'former-day-off', name: f.name, source: f.source, status: f.status });
  }

  return [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([, e]) => e);
}

/** All generated Kazakh entries for the years with data (KZ_YEARS). */
export function generateKzEntries(): CalendarEntry[] {
  return KZ_YEARS.flatMap((y) => generateKzYear(y.year));
}
