import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import { computeDeadline } from '../../../shared/calendar/deadline';
import { computeDueMs } from '../../../shared/calendar/due';
import { DeadlineInputError, type Term } from '../../../shared/calendar/term';
import type { CalendarId } from '../../../shared/calendar/types';
import { getTimeZone } from '../../../shared/time/zone';
import { naiveCalendarFrom, naiveDueMs } from '../../bench/naive-deadline';

const WD = (count: number): Term => ({ unit: 'working-days', count });
const CD = (count: number): Term => ({ unit: 'calendar-days', count });
const H = (count: number): Term => ({ unit: 'hours', count });

describe('working-day deadlines (Asia/Almaty, close 18:00)', () => {
  it.each<[string, string, Term, CalendarId, string]>([
    // The three examples of the brief.
    ['8 March on Saturday, moved to Monday', '2025-03-07T16:40:00+05:00', WD(1), 'kz', '2025-03-11T18:00:00+05:00'],
    ['Sunday 5 January 2025 is a working day by transfer', '2025-01-02T10:00:00+05:00', WD(1), 'kz', '2025-01-05T18:00:00+05:00'],
    ['Nauryz 2026 on Sat–Mon, moves to Tue–Wed', '2026-03-20T09:00:00+05:00', WD(1), 'kz', '2026-03-26T18:00:00+05:00'],
    // Nauryz 2025 (Fri–Sun → Mon, Tue).
    ['Nauryz 2025', '2025-03-20T12:00:00+05:00', WD(1), 'kz', '2025-03-26T18:00:00+05:00'],
    ['Nauryz 2027 (Sun–Tue → Wed) and Constitution Day 15.03.2027', '2027-03-12T12:00:00+05:00', WD(1), 'kz', '2027-03-16T18:00:00+05:00'],
    ['Nauryz 2027', '2027-03-19T12:00:00+05:00', WD(1), 'kz', '2027-03-25T18:00:00+05:00'],
    // 7 January and Kurban Ait are days off; on a Sunday they move nothing.
    ['7 January 2025 (Tue) is skipped', '2025-01-06T10:00:00+05:00', WD(1), 'kz', '2025-01-08T18:00:00+05:00'],
    ['7 January 2024 on Sunday: Monday 8 January works (still UTC+6)', '2024-01-05T10:00:00+06:00', WD(1), 'kz', '2024-01-08T18:00:00+06:00'],
    ['Kurban Ait 2025 (Fri 6 June) is skipped', '2025-06-05T10:00:00+05:00', WD(1), 'kz', '2025-06-09T18:00:00+05:00'],
    ['Kurban Ait 2024 on Sunday: Monday 17 June works', '2024-06-14T10:00:00+05:00', WD(1), 'kz', '2024-06-17T18:00:00+05:00'],
    ['Kurban Ait 2026 (Wed 27 May)', '2026-05-26T10:00:00+05:00', WD(1), 'kz', '2026-05-28T18:00:00+05:00'],
    // Transfer orders.
    ['2024: Saturday 4 May is a working day', '2024-05-03T10:00:00+05:00', WD(1), 'kz', '2024-05-04T18:00:00+05:00'],
    ['2024: 7–9 May off (8 May by transfer)', '2024-05-06T10:00:00+05:00', WD(1), 'kz', '2024-05-10T18:00:00+05:00'],
    // 2026: 30 August no longer a holiday, Monday 31 August works.
    ['31 August 2026 is a working day', '2026-08-28T10:00:00+05:00', WD(1), 'kz', '2026-08-31T18:00:00+05:00'],
    ['1 September 2025 is the moved 30 August', '2025-08-29T10:00:00+05:00', WD(1), 'kz', '2025-09-02T18:00:00+05:00'],
    // Year boundaries.
    ['31 Dec 2024 → New Year, transfer of 3 Jan, Sunday 5 Jan works', '2024-12-31T15:00:00+05:00', WD(1), 'kz', '2025-01-05T18:00:00+05:00'],
    ['31 Dec 2025 → 1–2 Jan, weekend, 5 Jan', '2025-12-31T15:00:00+05:00', WD(1), 'kz', '2026-01-05T18:00:00+05:00'],
    ['31 Dec 2026 → 1 Jan, 2 Jan Sat moved to 4 Jan, 5 Jan', '2026-12-31T15:00:00+05:00', WD(1), 'kz', '2027-01-05T18:00:00+05:00'],
    // Receipt on a non-working day: Art. 173 — the next day starts the count.
    ['received on Saturday', '2025-03-15T11:00:00+05:00', WD(1), 'kz', '2025-03-17T18:00:00+05:00'],
    ['received on a holiday (Independence Day 2025)', '2025-12-16T11:00:00+05:00', WD(1), 'kz', '2025-12-17T18:00:00+05:00'],
    ['received late on a working day', '2025-03-12T23:59:00+05:00', WD(1), 'kz', '2025-03-13T18:00:00+05:00'],
    // Longer terms.
    ['K1a access, 3 WD: Thu, Fri, (8–10 March off), Tue', '2025-03-05T10:00:00+05:00', WD(3), 'kz', '2025-03-11T18:00:00+05:00'],
    ['K10 consent withdrawal, 15 WD over Nauryz 2026', '2026-03-10T10:00:00+05:00', WD(15), 'kz', '2026-04-03T18:00:00+05:00'],
    ['RF 10 WD over the May 2025 holidays (1–4 and 8–11 May off)', '2025-04-28T10:00:00+05:00', WD(10), 'ru', '2025-05-16T18:00:00+05:00'],
    ['KZ 10 WD over the May 2025 holidays (1, 7, 9 May off)', '2025-04-28T10:00:00+05:00', WD(10), 'kz', '2025-05-15T18:00:00+05:00'],
    // Instants given in UTC that fall on another local date.
    ['2025-03-06T20:00:00Z is 07.03 01:00 in Almaty', '2025-03-06T20:00:00Z', WD(1), 'kz', '2025-03-11T18:00:00+05:00'],
    ['2025-03-06T18:59:59Z is still 06.03 in Almaty', '2025-03-06T18:59:59Z', WD(1), 'kz', '2025-03-07T18:00:00+05:00'],
    // The 2024-03-01 offset change (UTC+6 → UTC+5).
    ['due before the change: +06:00', '2024-02-27T10:00:00+06:00', WD(1), 'kz', '2024-02-28T18:00:00+06:00'],
    ['received at 00:30 +06 on 1 March: local date 29 Feb 23:30 +05', '2024-02-29T18:30:00Z', WD(1), 'kz', '2024-03-01T18:00:00+05:00'],
    ['received 29 Feb, due 1 March at +05:00', '2024-02-29T10:00:00+06:00', WD(1), 'kz', '2024-03-01T18:00:00+05:00'],
  ])('%s', (_label, from, term, calendar, dueLocal) => {
    const r = computeDeadline({ from, term, calendar });
    expect(r.dueLocal).toBe(dueLocal);
    expect(r.dueMs).toBe(Date.parse(dueLocal));
    expect(r.due).toBe(new Date(dueLocal).toISOString());
  });

  it('returns the due instant in UTC and local wall time', () => {
    const r = computeDeadline({ from: '2025-03-07T16:40:00+05:00', term: WD(1), calendar: 'kz' });
    expect(r).toMatchObject({
      due: '2025-03-11T13:00:00.000Z',
      dueLocal: '2025-03-11T18:00:00+05:00',
      dueDate: '2025-03-11',
      from: '2025-03-07T11:40:00.000Z',
      zone: 'Asia/Almaty',
      closeOfBusiness: '18:00',
      startRule: 'next-day',
      urgentFromStart: false,
      estimatedYears: [],
      warnings: [],
    });
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('accepts a Date, another zone and another close of business (RF: 8 March 2025 moved by decree to 13 June, so 10 March works)', () => {
    const r = computeDeadline({
      from: new Date('2025-03-07T13:40:00Z'),
      term: WD(1),
      calendar: 'ru',
      zone: 'Europe/Moscow',
      closeOfBusiness: '17:30',
    });
    expect(r.dueLocal).toBe('2025-03-10T17:30:00+03:00');
  });

  it('a 24:00 close ends at midnight after the last day (Civil Code Art. 176 p.1)', () => {
    const r = computeDeadline({ from: '2025-03-07T16:40:00+05:00', term: WD(1), calendar: 'kz', closeOfBusiness: '24:00' });
    expect(r.dueLocal).toBe('2025-03-12T00:00:00+05:00');
    expect(r.dueDate).toBe('2025-03-11');
  });

  it("'from-moment' with the 'next-day' reading counts whole days from the next day (Art. 173) and flags urgency", () => {
    const base = computeDeadline({ from: '2025-03-07T16:40:00+05:00', term: WD(1), calendar: 'kz' });
    const urgent = computeDeadline({ from: '2025-03-07T16:40:00+05:00', term: WD(1), calendar: 'kz', startRule: 'from-moment', momentReading: 'next-day' });
    expect(urgent.due).toBe(base.due);
    expect(urgent.urgentFromStart).toBe(true);
    expect(urgent.momentReading).toBe('next-day');
    expect(urgent.trace.some((s) => s.kind === 'urgent')).toBe(true);
  });
});

describe("'from-moment' working days, 'same-time' reading (K8, legal-reference §11.1) — the default", () => {
  const moment = (from: string, count = 1, calendar: CalendarId = 'kz') =>
    computeDeadline({ from, term: WD(count), calendar, startRule: 'from-moment', event: 'detected' });

  it.each([
    ['Tue 14:35 → Wed 14:35', '2026-06-02T14:35:00+05:00', 1, '2026-06-03T14:35:00+05:00'],
    ['Fri 16:40 → Mon 16:40 across the weekend', '2025-03-14T16:40:00+05:00', 1, '2025-03-17T16:40:00+05:00'],
    ['Fri 07.03.2025 → Tue 11.03 (8 March moved to Mon 10.03)', '2025-03-07T16:40:00+05:00', 1, '2025-03-11T16:40:00+05:00'],
    ['Tue 26.05.2026 → Thu 28.05 (Kurban Ait on Wed 27.05)', '2026-05-26T14:35:00+05:00', 1, '2026-05-28T14:35:00+05:00'],
    ['after close of business the same time still applies: Tue 22:10 → Wed 22:10', '2026-06-02T22:10:00+05:00', 1, '2026-06-03T22:10:00+05:00'],
    ['2 working days: Thu 10:00 → Mon 10:00', '2026-06-04T10:00:00+05:00', 2, '2026-06-08T10:00:00+05:00'],
    ['a UTC instant is read in Asia/Almaty: Tue 23:30Z = Wed 04:30 → Thu 04:30', '2026-06-02T23:30:00Z', 1, '2026-06-04T04:30:00+05:00'],
    ['2028 data: Tue 07.03.2028 → Thu 09.03 (8 March)', '2028-03-07T09:15:00+05:00', 1, '2028-03-09T09:15:00+05:00'],
  ])('%s', (_label, from, count, dueLocal) => {
    const r = moment(from, count);
    expect(r.dueLocal).toBe(dueLocal);
    expect(r.urgentFromStart).toBe(true);
    expect(r.momentReading).toBe('same-time');
  });

  it('an event on a non-working day ends at close of business of the first working day after it', () => {
    expect(moment('2026-05-30T10:00:00+05:00').dueLocal).toBe('2026-06-01T18:00:00+05:00');
    expect(
      computeDeadline({ from: '2026-05-30T10:00:00+05:00', term: WD(1), calendar: 'kz', startRule: 'from-moment', closeOfBusiness: '17:00' }).dueLocal,
    ).toBe('2026-06-01T17:00:00+05:00');
  });

  it('the trace says the term runs from the moment and ends at the same time, in en, ru and kk', () => {
    const r = moment('2026-05-26T14:35:00+05:00');
    expect(r.trace.map((s) => s.kind)).toEqual(['trigger', 'urgent', 'start-moment', 'skip', 'working-day', 'due']);
    expect(r.trace.at(-1)).toMatchObject({ kind: 'due', basis: 'same-time', time: '14:35' });
  });

  it('hours and other units are not affected by the reading', () => {
    const h = computeDeadline({ from: '2025-03-07T16:40:00+05:00', term: H(24), calendar: 'ru', startRule: 'from-moment' });
    expect(h.dueLocal).toBe('2025-03-08T16:40:00+05:00');
    expect(h.momentReading).toBeUndefined();
    const cd = computeDeadline({ from: '2025-03-03T10:00:00+05:00', term: CD(30), calendar: 'kz', startRule: 'from-moment' });
    expect(cd.dueLocal).toBe('2025-04-02T18:00:00+05:00');
  });

  it('an unknown reading is refused', () => {
    expect(() =>
      computeDeadline({ from: '2025-03-07T16:40:00+05:00', term: WD(1), calendar: 'kz', startRule: 'from-moment', momentReading: 'later' as never }),
    ).toThrow(/unknown moment reading/);
  });
});

describe('calendar-day, month and hour terms', () => {
  it.each<[string, string, Term, CalendarId, string]>([
    ['30 CD ending on a working day', '2025-03-03T10:00:00+05:00', CD(30), 'kz', '2025-04-02T18:00:00+05:00'],
    ['30 CD ending on Sunday → Monday (Art. 175)', '2025-03-06T20:00:00Z', CD(30), 'kz', '2025-04-07T18:00:00+05:00'],
    ['30 CD ending on Nauryz 2026 → Thursday 26 March', '2026-02-19T10:00:00+05:00', CD(30), 'kz', '2026-03-26T18:00:00+05:00'],
    ['RF 30 CD ending on 1 May 2025 → 5 May (2–4 May off)', '2025-04-01T10:00:00+03:00', CD(30), 'ru', '2025-05-05T18:00:00+05:00'],
    ['6 months (R14) ending on a Saturday → Monday', '2025-03-13T10:00:00+05:00', { unit: 'months', count: 6 }, 'ru', '2025-09-15T18:00:00+05:00'],
    ['6 months from 31 August → 28 February (Art. 174)', '2025-08-31T10:00:00+05:00', { unit: 'months', count: 6 }, 'kz', '2026-03-02T18:00:00+05:00'],
    [
      '3 years (R16): Sat 10.06.2028 → Tue 13.06 (12.06 Russia Day)',
      '2025-06-10T10:00:00+05:00',
      { unit: 'years', count: 3 },
      'ru',
      '2028-06-13T18:00:00+05:00',
    ],
  ])('%s', (_label, from, term, calendar, dueLocal) => {
    expect(computeDeadline({ from, term, calendar }).dueLocal).toBe(dueLocal);
  });

  it.each([
    ['2025-03-07T16:40:00+05:00', 24, '2025-03-08T16:40:00+05:00'],
    ['2025-03-07T16:40:00+05:00', 72, '2025-03-10T16:40:00+05:00'],
    ['2024-02-29T12:00:00+06:00', 24, '2024-03-01T11:00:00+05:00'],
    ['2025-12-31T23:30:00+05:00', 0, '2025-12-31T23:30:00+05:00'],
  ])('hours are exact and ignore the calendar: %s + %i h', (from, count, dueLocal) => {
    const r = computeDeadline({ from, term: H(count), calendar: 'kz' });
    expect(r.dueLocal).toBe(dueLocal);
    expect(r.estimatedYears).toEqual([]);
  });
});

describe('estimated years', () => {
  it('are reported when the counting touches 2027 (KZ data is an estimate)', () => {
    const r = computeDeadline({ from: '2026-12-31T15:00:00+05:00', term: WD(1), calendar: 'kz' });
    expect(r.estimatedYears).toEqual([2027]);
    expect(r.warnings).toEqual([{ code: 'estimated-year', calendar: 'kz', year: 2027, hasData: true }]);
    expect(r.trace.at(-1)).toEqual({ kind: 'estimated-year', calendar: 'kz', year: 2027, hasData: true });
  });

  it('are reported for a year without data (weekends only)', () => {
    const r = computeDeadline({ from: '2029-03-06T10:00:00+05:00', term: WD(1), calendar: 'kz' });
    expect(r.dueLocal).toBe('2029-03-07T18:00:00+05:00');
    expect(r.warnings).toEqual([{ code: 'estimated-year', calendar: 'kz', year: 2029, hasData: false }]);
  });

  it('2028 has data and is an estimate: 8 March 2028 is a holiday, the warning says so', () => {
    const r = computeDeadline({ from: '2028-03-07T10:00:00+05:00', term: WD(1), calendar: 'kz' });
    expect(r.dueLocal).toBe('2028-03-09T18:00:00+05:00');
    expect(r.warnings).toEqual([{ code: 'estimated-year', calendar: 'kz', year: 2028, hasData: true }]);
  });

  it('a term crossing from 2027 into 2028 warns of both estimated years', () => {
    const r = computeDeadline({ from: '2027-12-30T10:00:00+05:00', term: WD(3), calendar: 'kz' });
    // 31.12 Fri, then 1–2 Jan (Sat–Sun holidays) and their moves 3–4 Jan: working days 31.12, 05.01, 06.01.
    expect(r.dueLocal).toBe('2028-01-06T18:00:00+05:00');
    expect(r.estimatedYears).toEqual([2027, 2028]);
  });

  it('are not reported inside years with firm data', () => {
    expect(computeDeadline({ from: '2025-06-01T10:00:00+05:00', term: WD(10), calendar: 'kz' }).warnings).toEqual([]);
  });

  it('RF 2027 is an estimate', () => {
    expect(computeDeadline({ from: '2027-04-28T10:00:00+03:00', term: WD(5), calendar: 'ru' }).estimatedYears).toEqual([2027]);
  });
});

describe('invalid input', () => {
  it.each<[string, Parameters<typeof computeDeadline>[0], DeadlineInputError['code']]>([
    ['no offset', { from: '2025-03-07T16:40:00', term: WD(1), calendar: 'kz' }, 'bad-instant'],
    ['zero working days', { from: '2025-03-07T16:40:00Z', term: WD(0), calendar: 'kz' }, 'bad-term'],
    ['fractional count', { from: '2025-03-07T16:40:00Z', term: WD(1.5), calendar: 'kz' }, 'bad-term'],
    ['unknown unit', { from: '2025-03-07T16:40:00Z', term: { unit: 'weeks' as never, count: 1 }, calendar: 'kz' }, 'bad-term'],
    ['unknown zone', { from: '2025-03-07T16:40:00Z', term: WD(1), calendar: 'kz', zone: 'Mars/Olympus' }, 'bad-zone'],
    ['bad close', { from: '2025-03-07T16:40:00Z', term: WD(1), calendar: 'kz', closeOfBusiness: '25:00' }, 'bad-close'],
    ['bad start rule', { from: '2025-03-07T16:40:00Z', term: WD(1), calendar: 'kz', startRule: 'whenever' as never }, 'bad-start-rule'],
    ['unknown calendar', { from: '2025-03-07T16:40:00Z', term: WD(1), calendar: 'uz' as never }, 'bad-calendar'],
    ['outside 2000–2100', { from: '1999-06-01T10:00:00Z', term: WD(1), calendar: 'kz' }, 'out-of-range'],
  ])('%s', (_label, input, code) => {
    try {
      computeDeadline(input);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DeadlineInputError);
      expect((e as DeadlineInputError).code).toBe(code);
    }
  });
});

describe('hot path', () => {
  const kz = buildCalendar('kz');
  const ru = buildCalendar('ru');
  const zone = getTimeZone('Asia/Almaty');
  const naiveKz = naiveCalendarFrom(kz, [2024, 2025, 2026, 2027, 2028]);
  const naiveRu = naiveCalendarFrom(ru, [2024, 2025, 2026, 2027, 2028]);
  const instant = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 11, 31) });

  it('agrees with the naive day-by-day loop for random instants and terms (kz and ru)', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 30 }), fc.boolean(), (from, n, useRu) => {
        const [cal, naive] = useRu ? [ru, naiveRu] : [kz, naiveKz];
        expect(computeDueMs(cal, zone, from, 'working-days', n, 1080)).toBe(naiveDueMs(naive, zone, from, n, 1080));
      }),
      { numRuns: 2000 },
    );
  });

  it('the full API returns exactly the hot-path instant', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 20 }), fc.constantFrom('working-days' as const, 'calendar-days' as const), (from, n, unit) => {
        const full = computeDeadline({ from: new Date(from), term: { unit, count: n }, calendar: kz });
        expect(full.dueMs).toBe(computeDueMs(kz, zone, from, unit, n, 1080));
      }),
      { numRuns: 500 },
    );
  });
});
