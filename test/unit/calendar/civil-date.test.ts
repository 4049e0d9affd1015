import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addMonths,
  civilFromDays,
  dateKeyFromDays,
  daysFromCivil,
  daysFromDateKey,
  formatDotDate,
  isoWeekday,
  parseDateKey,
  yearOfDay,
} from '../../../shared/time/civil-date';

describe('civil date arithmetic', () => {
  it.each([
    ['1970-01-01', 0, 4],
    ['2000-02-29', 11_016, 2],
    ['2024-03-01', 19_783, 5],
    ['2025-03-07', 20_154, 5],
    ['2025-01-05', 20_093, 7],
    ['2027-12-31', 21_183, 5],
  ])('%s is day %i, ISO weekday %i', (key, days, weekday) => {
    expect(daysFromDateKey(key)).toBe(days);
    expect(dateKeyFromDays(days)).toBe(key);
    expect(isoWeekday(days)).toBe(weekday);
  });

  it('round-trips every day and agrees with Date for years 1900–2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 84_000 }), (days) => {
        const { year, month, day } = civilFromDays(days);
        const d = new Date(days * 86_400_000);
        expect([year, month, day]).toEqual([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);
        expect(daysFromCivil(year, month, day)).toBe(days);
        expect(yearOfDay(days)).toBe(year);
        expect(isoWeekday(days)).toBe(((d.getUTCDay() + 6) % 7) + 1);
      }),
    );
  });

  it.each(['2025-02-29', '2025-13-01', '2025-00-10', '2025-1-1', '07.03.2025', ''])('rejects %j', (key) => {
    expect(parseDateKey(key)).toBeUndefined();
  });

  it.each([
    ['2025-01-15', 6, '2025-07-15'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-12-10', 36, '2028-12-10'],
  ])('%s + %i months = %s (Civil Code Art. 174: last day of a shorter month)', (from, months, to) => {
    expect(dateKeyFromDays(addMonths(daysFromDateKey(from), months))).toBe(to);
  });

  it('formats dd.mm.yyyy', () => {
    expect(formatDotDate(daysFromDateKey('2025-03-08'))).toBe('08.03.2025');
  });
});
