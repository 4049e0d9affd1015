import { describe, expect, it } from 'vitest';
import { CalendarOverrideError, buildCalendar } from '../../../shared/calendar/compiled-calendar';
import { computeDeadline } from '../../../shared/calendar/deadline';
import { formatTrace } from '../../../shared/calendar/trace-format';

const from = '2025-03-07T16:40:00+05:00';
const WD1 = { unit: 'working-days' as const, count: 1 };

describe('DPO overrides', () => {
  it('adding a day off moves the deadline later', () => {
    const calendar = buildCalendar('kz', [{ date: '2025-03-11', working: false, note: 'Office closed: local akimat order' }]);
    const r = computeDeadline({ from, term: WD1, calendar });
    expect(r.dueLocal).toBe('2025-03-12T18:00:00+05:00');
    expect(calendar.dayInfo('2025-03-11')).toMatchObject({
      working: false,
      kind: 'override-day-off',
      status: 'override',
      note: 'Office closed: local akimat order',
      overridden: { working: true, kind: 'working-day', status: 'law' },
    });
    expect(formatTrace(r.trace, 'en')).toContain('skipped Tue 11.03.2025 — day off set by the DPO: Office closed: local akimat order');
  });

  it('making a day off working moves the deadline back', () => {
    const calendar = buildCalendar('kz', [{ date: '2025-03-10', working: true, note: 'Ministry letter: 10 March is a working day' }]);
    const r = computeDeadline({ from, term: WD1, calendar });
    expect(r.dueLocal).toBe('2025-03-10T18:00:00+05:00');
    expect(calendar.dayInfo('2025-03-10')).toMatchObject({
      working: true,
      kind: 'override-working-day',
      status: 'override',
      overridden: { working: false, kind: 'weekend-move', movedFrom: '2025-03-08' },
    });
    expect(formatTrace(r.trace, 'ru')).toContain(
      'рабочий день 1 = пн 10.03.2025 — рабочий день по решению ответственного лица: Ministry letter: 10 March is a working day',
    );
  });

  it('removing a holiday on a working weekday (e.g. a changed Kurban Ait date) and adding the new one', () => {
    const calendar = buildCalendar('kz', [
      { date: '2026-05-27', working: true, note: 'ДУМК moved Kurban Ait by one day' },
      { date: '2026-05-28', working: false, note: 'Kurban Ait (first day), ДУМК' },
    ]);
    const r = computeDeadline({ from: '2026-05-26T10:00:00+05:00', term: WD1, calendar });
    expect(r.dueLocal).toBe('2026-05-27T18:00:00+05:00');
    expect(
      calendar
        .yearDays(2026)
        .filter((d) => d.status === 'override')
        .map((d) => d.date),
    ).toEqual(['2026-05-27', '2026-05-28']);
  });

  it('does not change the shared calendar', () => {
    buildCalendar('kz', [{ date: '2025-03-11', working: false, note: 'x' }]);
    expect(buildCalendar('kz').isWorkingDay('2025-03-11')).toBe(true);
    expect(computeDeadline({ from, term: WD1, calendar: 'kz' }).dueLocal).toBe('2025-03-11T18:00:00+05:00');
  });

  it('a later override of the same date wins', () => {
    const calendar = buildCalendar('kz', [
      { date: '2025-03-11', working: false, note: 'first' },
      { date: '2025-03-11', working: true, note: 'second' },
    ]);
    expect(calendar.overrides).toEqual([{ date: '2025-03-11', working: true, note: 'second' }]);
    expect(calendar.isWorkingDay('2025-03-11')).toBe(true);
  });

  it.each([
    [{ date: '2025-02-30', working: false, note: 'x' }],
    [{ date: '1990-01-01', working: false, note: 'x' }],
    [{ date: '2025-03-11', working: 'no' as unknown as boolean, note: 'x' }],
  ])('rejects an invalid override %j', (override) => {
    expect(() => buildCalendar('kz', [override])).toThrow(CalendarOverrideError);
  });
});
