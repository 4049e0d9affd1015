import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import { daysFromCivil } from '../../../shared/time/civil-date';

const ru = buildCalendar('ru');

const workingDaysIn = (year: number): number => {
  let n = 0;
  for (let d = daysFromCivil(year, 1, 1); d <= daysFromCivil(year, 12, 31); d++) if (ru.isWorkingDayNumber(d)) n++;
  return n;
};

describe('RF production calendar (Labour Code Art. 112 + Government decrees)', () => {
  it.each([
    [2024, 248],
    [2025, 247],
    [2026, 247],
  ])('%i has %i working days in a five-day week', (year, count) => {
    expect(workingDaysIn(year)).toBe(count);
  });

  it.each([
    // 2024 — Decree 10.08.2023 No. 1314
    ['2024-04-27', true, 'transfer-working-day'],
    ['2024-04-29', false, 'transfer-day-off'],
    ['2024-04-30', false, 'transfer-day-off'],
    ['2024-05-10', false, 'transfer-day-off'],
    ['2024-11-02', true, 'transfer-working-day'],
    ['2024-12-28', true, 'transfer-working-day'],
    ['2024-12-30', false, 'transfer-day-off'],
    ['2024-12-31', false, 'transfer-day-off'],
    // 2025 — Decree 04.10.2024 No. 1335
    ['2025-05-02', false, 'transfer-day-off'],
    ['2025-05-08', false, 'transfer-day-off'],
    ['2025-06-13', false, 'transfer-day-off'],
    ['2025-11-01', true, 'transfer-working-day'],
    ['2025-11-03', false, 'transfer-day-off'],
    ['2025-12-31', false, 'transfer-day-off'],
    // 2026 — Decree 24.09.2025 No. 1466
    ['2026-01-09', false, 'transfer-day-off'],
    ['2026-12-31', false, 'transfer-day-off'],
  ])('%s working=%s (%s)', (date, working, kind) => {
    expect(ru.dayInfo(date)).toMatchObject({ working, kind });
  });

  it('a decree transfer replaces the statutory move: 23.02.2025 (Sun) → 08.05.2025, so 24.02.2025 is working', () => {
    expect(ru.dayInfo('2025-05-08').movedFrom).toBe('2025-02-23');
    expect(ru.isWorkingDay('2025-02-24')).toBe(true);
    expect(ru.isWorkingDay('2025-03-10')).toBe(true);
  });

  it('without a decree entry, a weekend holiday moves to the next working day (Art. 112 part 2)', () => {
    expect(ru.dayInfo('2026-03-09')).toMatchObject({ kind: 'weekend-move', movedFrom: '2026-03-08', status: 'law' });
    expect(ru.dayInfo('2026-05-11')).toMatchObject({ kind: 'weekend-move', movedFrom: '2026-05-09', status: 'law' });
  });

  it('New Year holidays 1–8 January never move by statute', () => {
    expect(ru.dayInfo('2027-01-02')).toMatchObject({ kind: 'new-year-holidays', working: false });
    expect(ru.isWorkingDay('2027-01-11')).toBe(true);
    expect(ru.dayInfo('2027-01-07').kind).toBe('public-holiday');
  });

  it('2027 has no known decree: statutory moves are estimates and the year is an estimate', () => {
    expect(ru.yearStatus(2027)).toBe('estimate');
    expect(ru.dayInfo('2027-05-03')).toMatchObject({ kind: 'weekend-move', status: 'estimate' });
    expect(ru.dayInfo('2027-06-14')).toMatchObject({ kind: 'weekend-move', movedFrom: '2027-06-12', status: 'estimate' });
    expect(ru.yearMeta(2027).sources.join(' ')).toContain('no Government decree for 2027');
  });

  it('2028 has no decree yet: Art. 112 holidays, 4 Nov (Sat) → 6 Nov as an estimate; 1–8 January do not move', () => {
    expect(ru.yearStatus(2028)).toBe('estimate');
    expect(ru.hasDataFor(2028)).toBe(true);
    expect(ru.yearMeta(2028).sources.join(' ')).toContain('no Government decree for 2028');
    expect(ru.dayInfo('2028-11-06')).toMatchObject({ kind: 'weekend-move', movedFrom: '2028-11-04', status: 'estimate' });
    expect(ru.dayInfo('2028-02-23')).toMatchObject({ kind: 'public-holiday', working: false, status: 'law' });
    expect(ru.dayInfo('2028-06-12')).toMatchObject({ kind: 'public-holiday', working: false });
    expect(ru.isWorkingDay('2028-01-10')).toBe(true);
    expect(ru.isWorkingDay('2028-01-06')).toBe(false);
    // 366 days − 106 weekend days − 11 weekday holidays; the decree may still move 1–2 January elsewhere.
    expect(workingDaysIn(2028)).toBe(249);
  });

  it('statuses and sources: 2024 decree text read (order); 2025–2026 press (reported)', () => {
    expect(ru.dayInfo('2024-05-10')).toMatchObject({ status: 'order' });
    expect(ru.dayInfo('2024-05-10').source).toContain('No. 1314');
    expect(ru.dayInfo('2025-05-02').source).toContain('No. 1335');
    expect(ru.dayInfo('2026-01-09')).toMatchObject({ status: 'reported' });
    expect(ru.dayInfo('2026-01-09').source).toContain('No. 1466');
  });
});
