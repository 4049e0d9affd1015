import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import { generateKzYear } from '../../../shared/calendar/kz-generate';
import type { DayInfo } from '../../../shared/calendar/types';
import { daysFromDateKey, isoWeekday } from '../../../shared/time/civil-date';

const kz = buildCalendar('kz');
const WEEKDAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Non-working Monday–Friday days of a year as 'D Mon Wkd' (the notation of legal-reference §3.4). */
function nonWorkingWeekdays(year: number): string[] {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return kz
    .yearDays(year)
    .filter((d) => !d.working && d.weekday <= 5)
    .map((d) => `${Number(d.date.slice(8))} ${months[Number(d.date.slice(5, 7)) - 1]} ${WEEKDAY[d.weekday - 1]}`);
}

const workingWeekendDays = (year: number): string[] =>
  kz
    .yearDays(year)
    .filter((d) => d.working && d.weekday >= 6)
    .map((d) => d.date);

describe('KZ calendar = legal-reference §3.4, verbatim', () => {
  it('2025', () => {
    expect(nonWorkingWeekdays(2025)).toEqual([
      '1 Jan Wed',
      '2 Jan Thu',
      '3 Jan Fri',
      '7 Jan Tue',
      '10 Mar Mon',
      '21 Mar Fri',
      '24 Mar Mon',
      '25 Mar Tue',
      '1 May Thu',
      '7 May Wed',
      '9 May Fri',
      '6 Jun Fri',
      '7 Jul Mon',
      '1 Sep Mon',
      '27 Oct Mon',
      '16 Dec Tue',
    ]);
    expect(workingWeekendDays(2025)).toEqual(['2025-01-05']);
  });

  it('2026', () => {
    expect(nonWorkingWeekdays(2026)).toEqual([
      '1 Jan Thu',
      '2 Jan Fri',
      '7 Jan Wed',
      '9 Mar Mon',
      '23 Mar Mon',
      '24 Mar Tue',
      '25 Mar Wed',
      '1 May Fri',
      '7 May Thu',
      '11 May Mon',
      '27 May Wed',
      '6 Jul Mon',
      '26 Oct Mon',
      '16 Dec Wed',
    ]);
    expect(workingWeekendDays(2026)).toEqual([]);
    expect(kz.isWorkingDay('2026-08-31')).toBe(true);
  });

  it('2027 (provisional)', () => {
    expect(nonWorkingWeekdays(2027)).toEqual([
      '1 Jan Fri',
      '4 Jan Mon',
      '7 Jan Thu',
      '8 Mar Mon',
      '15 Mar Mon',
      '22 Mar Mon',
      '23 Mar Tue',
      '24 Mar Wed',
      '3 May Mon',
      '7 May Fri',
      '10 May Mon',
      '6 Jul Tue',
      '25 Oct Mon',
      '16 Dec Thu',
    ]);
    expect(workingWeekendDays(2027)).toEqual([]);
    expect(kz.isWorkingDay('2027-08-30')).toBe(true);
  });

  it('2028 (provisional: the rules of §3.1, Kurban Ait estimated)', () => {
    expect(nonWorkingWeekdays(2028)).toEqual([
      '3 Jan Mon',
      '4 Jan Tue',
      '7 Jan Fri',
      '8 Mar Wed',
      '15 Mar Wed',
      '21 Mar Tue',
      '22 Mar Wed',
      '23 Mar Thu',
      '1 May Mon',
      '5 May Fri',
      '8 May Mon',
      '9 May Tue',
      '6 Jul Thu',
      '25 Oct Wed',
      '18 Dec Mon',
    ]);
    expect(workingWeekendDays(2028)).toEqual([]);
  });

  it('2028: New Year on Sat–Sun moves to Mon–Tue, 7 May (Sun) to 8 May, 16 Dec (Sat) to 18 Dec (Art. 5 p.3)', () => {
    expect(kz.dayInfo('2028-01-03')).toMatchObject({ kind: 'weekend-move', movedFrom: '2028-01-01', status: 'law' });
    expect(kz.dayInfo('2028-01-04')).toMatchObject({ kind: 'weekend-move', movedFrom: '2028-01-02' });
    expect(kz.dayInfo('2028-05-08')).toMatchObject({ kind: 'weekend-move', movedFrom: '2028-05-07' });
    expect(kz.dayInfo('2028-12-18')).toMatchObject({ kind: 'weekend-move', movedFrom: '2028-12-16' });
  });

  it('2028: Kurban Ait ≈ Fri 5 May is an estimate (Umm al-Qura 10 Dhu al-Hijjah 1449), 7 January never moves', () => {
    expect(kz.dayInfo('2028-05-05')).toMatchObject({ kind: 'religious-day-off', working: false, status: 'estimate' });
    expect(kz.dayInfo('2028-05-05').source).toContain('1449');
    expect(kz.dayInfo('2028-01-07')).toMatchObject({ kind: 'religious-day-off', status: 'law' });
    expect(kz.dayInfo('2028-03-15')).toMatchObject({ kind: 'state-holiday', status: 'reported' });
  });

  it('2024 (rules of §3.1 with the 2024 facts)', () => {
    expect(nonWorkingWeekdays(2024)).toEqual([
      '1 Jan Mon',
      '2 Jan Tue',
      '8 Mar Fri',
      '21 Mar Thu',
      '22 Mar Fri',
      '25 Mar Mon',
      '1 May Wed',
      '7 May Tue',
      '8 May Wed',
      '9 May Thu',
      '8 Jul Mon',
      '30 Aug Fri',
      '25 Oct Fri',
      '16 Dec Mon',
    ]);
    expect(workingWeekendDays(2024)).toEqual(['2024-05-04']);
  });
});

const info = (date: string): DayInfo => kz.dayInfo(date);

describe('KZ rules of legal-reference §3.1', () => {
  it.each([
    // [holiday on a weekend, the day off it moves to]
    ['2025-03-08', '2025-03-10'],
    ['2025-07-06', '2025-07-07'],
    ['2025-08-30', '2025-09-01'],
    ['2025-10-25', '2025-10-27'],
    ['2026-03-08', '2026-03-09'],
    ['2026-05-09', '2026-05-11'],
    ['2026-10-25', '2026-10-26'],
    ['2027-01-02', '2027-01-04'],
    ['2027-05-01', '2027-05-03'],
    ['2027-05-09', '2027-05-10'],
    ['2024-07-06', '2024-07-08'],
  ])('Holidays Law Art. 5 p.3: holiday %s on a weekend → day off on the next working day %s', (holiday, moved) => {
    expect(info(holiday).working).toBe(false);
    expect(isoWeekday(daysFromDateKey(holiday))).toBeGreaterThanOrEqual(6);
    const m = info(moved);
    expect(m).toMatchObject({ working: false, kind: 'weekend-move', movedFrom: holiday, status: 'law' });
    expect(m.source).toContain('Art. 5 p.3');
  });

  it.each([
    // Nauryz 21–23 March: each coinciding day moves separately, after the whole run of holidays.
    [2025, ['2025-03-22', '2025-03-23'], ['2025-03-24', '2025-03-25']],
    [2026, ['2026-03-21', '2026-03-22'], ['2026-03-24', '2026-03-25']],
    [2027, ['2027-03-21'], ['2027-03-24']],
    [2024, ['2024-03-23'], ['2024-03-25']],
  ])('Nauryz %i: %j on a weekend → %j', (_year, holidays, moves) => {
    moves.forEach((date, i) => expect(info(date)).toMatchObject({ kind: 'weekend-move', movedFrom: holidays[i] }));
  });

  it.each([
    ['2024-01-07', 'Orthodox Christmas', 'law'],
    ['2024-06-16', 'Kurban Ait (first day)', 'reported'],
    ['2027-05-16', 'Kurban Ait (first day)', 'estimate'],
  ])('%s (%s) falls on a Sunday and is not moved (Labour Code Art. 84 p.5)', (date, name, status) => {
    expect(info(date)).toMatchObject({ working: false, kind: 'religious-day-off', status });
    expect(info(date).name?.en).toBe(name);
    expect(info(date).source).toContain('Art. 84 p.5');
    expect(info('2024-01-08').working).toBe(true);
    expect(info('2024-06-17').working).toBe(true);
    expect(info('2027-05-17').working).toBe(true);
  });

  it.each([
    ['2025-06-06', 'reported'],
    ['2026-05-27', 'reported'],
  ])('Kurban Ait %s on a weekday is a day off (%s)', (date, status) => {
    expect(info(date)).toMatchObject({ working: false, kind: 'religious-day-off', status });
  });

  it('MLSP Order No. 436 (2025): Sun 5 Jan working, Fri 3 Jan day off [reported]', () => {
    expect(info('2025-01-05')).toMatchObject({ working: true, kind: 'transfer-working-day', movedTo: '2025-01-03', status: 'reported' });
    expect(info('2025-01-03')).toMatchObject({ working: false, kind: 'transfer-day-off', movedFrom: '2025-01-05', status: 'reported' });
    expect(info('2025-01-03').source).toContain('No. 436');
  });

  it('MLSP transfer 2024: Sat 4 May working, Wed 8 May day off [reported]', () => {
    expect(info('2024-05-04')).toMatchObject({ working: true, kind: 'transfer-working-day', status: 'reported' });
    expect(info('2024-05-08')).toMatchObject({ working: false, kind: 'transfer-day-off', movedFrom: '2024-05-04' });
  });

  it('2026: 30 August is no longer a holiday and 31 August is a working day [reported]', () => {
    expect(info('2025-08-30')).toMatchObject({ kind: 'state-holiday', working: false });
    expect(info('2026-08-30')).toMatchObject({ kind: 'weekend', working: false, status: 'law' });
    expect(info('2026-08-31')).toMatchObject({ kind: 'former-day-off', working: true, status: 'reported' });
    expect(info('2026-08-31').source).toContain('306-VIII');
  });

  it('2027: Constitution Day on 15 March [reported]; not on 30 August', () => {
    expect(info('2027-03-15')).toMatchObject({ kind: 'state-holiday', working: false, status: 'reported' });
    expect(info('2027-03-15').name?.en).toBe('Constitution Day');
    expect(info('2026-03-15').kind).toBe('weekend');
    expect(info('2027-08-30')).toMatchObject({ kind: 'working-day', working: true });
  });

  it('Republic Day is the national holiday (Art. 2)', () => {
    expect(info('2024-10-25')).toMatchObject({ kind: 'national-holiday', working: false });
  });

  it('plain days cite the five-day week', () => {
    expect(info('2025-03-12')).toMatchObject({ kind: 'working-day', working: true, status: 'law' });
    expect(info('2025-03-15')).toMatchObject({ kind: 'weekend', working: false });
    expect(info('2025-03-15').source).toContain('Art. 84');
  });
});

describe('KZ calendar data quality', () => {
  it('years: 2024–2026 reported, 2027–2028 estimate; others weekends-only estimates', () => {
    expect([2024, 2025, 2026, 2027, 2028].map((y) => kz.yearStatus(y))).toEqual(['reported', 'reported', 'reported', 'estimate', 'estimate']);
    expect(kz.hasDataFor(2028)).toBe(true);
    expect(kz.yearMeta(2028).note?.en).toContain('provisional');
    expect(kz.hasDataFor(2029)).toBe(false);
    expect(kz.yearStatus(2029)).toBe('estimate');
    expect(kz.yearDays(2029)).toEqual([]);
    expect(kz.isWorkingDay('2029-03-08')).toBe(true);
    expect(kz.isWorkingDay('2029-03-10')).toBe(false);
    expect(kz.estimatedYearsBetween(daysFromDateKey('2025-12-30'), daysFromDateKey('2029-01-03'))).toEqual([2027, 2028, 2029]);
  });

  it('every entry has a source, a status and three names written with Kazakh letters', () => {
    for (const year of [2024, 2025, 2026, 2027, 2028]) {
      for (const e of generateKzYear(year)) {
        expect(e.source.length).toBeGreaterThan(10);
        expect(['law', 'order', 'reported', 'estimate']).toContain(e.status);
        expect(e.name.kk && e.name.ru && e.name.en).toBeTruthy();
      }
    }
    const kk = generateKzYear(2025)
      .map((e) => e.name.kk)
      .join(' ');
    for (const letter of ['ә', 'ұ', 'қ', 'ү', 'і', 'ң', 'ғ']) expect(kk).toContain(letter);
    // No Latin look-alikes inside Kazakh words.
    expect(kk).not.toMatch(/[\u0400-\u04ff][a-z]|[a-z][\u0400-\u04ff]/i);
  });

  it('is immutable', () => {
    expect(Object.isFrozen(kz)).toBe(true);
    expect(buildCalendar('kz')).toBe(kz);
  });
});
