/** Generates the Russian production calendar entries from RF Labour Code Art. 112 and the decrees in ru-facts.ts. */
import { dateKeyFromDays, daysFromCivil, daysFromDateKey, isWeekendDay } from '../time/civil-date';
import { transferDayOffName, transferWorkingDayName, weekendMoveName } from './day-names';
import { RU_HOLIDAYS, RU_HOLIDAY_SOURCE, RU_WEEKEND_MOVE_SOURCE, RU_YEARS } from './ru-facts';
import type { CalendarEntry } from './types';

/**
 * One year of the RF production calendar (five-day week).
 *
 * 1. The non-working public holidays of Art. 112 part 1.
 * 2. The Government decree for the year (Art. 112 part 5): a transfer from a holiday that falls on a
 *    weekend makes the target day a day off and replaces the statutory move; a transfer from a plain
 *    weekend day makes that day working and the target day a day off.
 * 3. Any other holiday on a weekend moves the day off to the next working day after it (Art. 112
 *    part 2) — except 1–8 January, which only the decree moves. In a year without a known decree these
 *    statutory moves are marked 'estimate', since the decree may route them elsewhere (as in 2025).
 */
export function generateRuYear(year: number): CalendarEntry[] {
  const meta = RU_YEARS.find((y) => y.year === year);
  const byDay = new Map<number, CalendarEntry>();
  for (const h of RU_HOLIDAYS) {
    const day = daysFromCivil(year, h.month, h.day);
    byDay.set(day, { date: dateKeyFromDays(day), working: false, kind: h.kind, name: h.name, source: RU_HOLIDAY_SOURCE, status: 'law' });
  }

  const consumed = new Set<number>();
  const decree = meta?.decree;
  if (decree) {
    for (const t of decree.transfers) {
      const from = daysFromDateKey(t.from);
      const to = daysFromDateKey(t.to);
      const holiday = byDay.get(from);
      if (holiday && !holiday.working) consumed.add(from);
      else {
        byDay.set(from, {
          date: t.from,
          working: true,
          kind: 'transfer-working-day',
          name: transferWorkingDayName(t.to),
          movedTo: t.to,
          source: decree.act,
          status: decree.status,
        });
      }
      byDay.set(to, {
        date: t.to,
        working: false,
        kind: 'transfer-day-off',
        name: transferDayOffName(t.from),
        movedFrom: t.from,
        source: decree.act,
        status: decree.status,
      });
    }
  }

  const moveStatus = decree ? 'law' : 'estimate';
  for (const h of RU_HOLIDAYS) {
    if (h.january) continue;
    const day = daysFromCivil(year, h.month, h.day);
    if (!isWeekendDay(day) || consumed.has(day)) continue;
    let target = day + 1;
    for (;;) {
      const entry = byDay.get(target);
      if (entry ? entry.working : !isWeekendDay(target)) break;
      target++;
    }
    byDay.set(target, {
      date: dateKeyFromDays(target),
      working: false,
      kind: 'weekend-move',
      name: weekendMoveName(dateKeyFromDays(day), h.name),
      movedFrom: dateKeyFromDays(day),
      source: decree ? RU_WEEKEND_MOVE_SOURCE : `${RU_WEEKEND_MOVE_SOURCE} (no decree known for ${year}: computed)`,
      status: moveStatus,
    });
  }

  return [...byDay.entries()].sort((a, b) => a[0] - b[0]).map(([, e]) => e);
}

/** All generated Russian entries for the years with data (RU_YEARS). */
export function generateRuEntries(): CalendarEntry[] {
  return RU_YEARS.flatMap((y) => generateRuYear(y.year));
}
