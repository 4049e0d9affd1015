import { describe, expect, it } from 'vitest';
import { MAX_CALENDAR_FILE_CHARS, calendarFileChanges, parseCalendarFile, type CalendarFile } from '../../../shared/calendar/calendar-file';
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import { computeDeadline } from '../../../shared/calendar/deadline';
import { generateKzYear } from '../../../shared/calendar/kz-generate';
import { dateKeyFromDays, daysFromCivil, isWeekendDay } from '../../../shared/time/civil-date';

const transfer = [
  {
    date: '2028-03-18',
    working: true,
    kind: 'transfer-working-day',
    name: { kk: 'Жұмыс күні', ru: 'Рабочий день', en: 'Working day' },
    movedTo: '2028-03-24',
    source: 'MLSP Order (test) on the transfer of a day off in 2028',
    status: 'order',
  },
  {
    date: '2028-03-24',
    working: false,
    kind: 'transfer-day-off',
    name: { kk: 'Демалыс күні', ru: 'Выходной день', en: 'Day off' },
    movedFrom: '2028-03-18',
    source: 'MLSP Order (test) on the transfer of a day off in 2028',
    status: 'order',
  },
];

/** The shipped 2028 days plus one MLSP transfer, as a DPO would load it. */
const goodFile = () => ({
  format: 'qorgau-calendar',
  version: 1,
  calendar: 'kz',
  title: 'KZ 2028 with the MLSP transfer order',
  published: '2027-11-20',
  years: [{ year: 2028, status: 'order', sources: ['Holidays Law', 'MLSP Order (test)'] }],
  days: [...generateKzYear(2028), ...transfer].sort((a, b) => (a.date < b.date ? -1 : 1)),
});

const parse = (value: unknown) => parseCalendarFile(JSON.stringify(value));
const loaded = (): CalendarFile => {
  const r = parse(goodFile());
  if (!r.ok) throw new Error(r.problems.join('; '));
  return r.file;
};

describe('calendar file: a good file', () => {
  it('parses, and its years replace the shipped ones', () => {
    const file = loaded();
    const kz = buildCalendar('kz', [], file);
    expect(kz.dayInfo('2028-03-24')).toMatchObject({ working: false, kind: 'transfer-day-off', status: 'order' });
    expect(kz.dayInfo('2028-03-18')).toMatchObject({ working: true, kind: 'transfer-working-day' });
    expect(kz.yearStatus(2028)).toBe('order');
    expect(kz.yearMeta(2028).sources.at(-1)).toBe('calendar file: KZ 2028 with the MLSP transfer order (2027-11-20)');
    // Other years are the shipped ones.
    expect(kz.dayInfo('2027-03-08')).toEqual(buildCalendar('kz').dayInfo('2027-03-08'));
    expect(buildCalendar('kz').isWorkingDay('2028-03-24')).toBe(true);
  });

  it('moves a deadline and no longer warns for an estimated year', () => {
    const from = '2028-03-23T10:00:00+05:00';
    const shipped = computeDeadline({ from, term: { unit: 'working-days', count: 1 }, calendar: 'kz' });
    const withFile = computeDeadline({ from, term: { unit: 'working-days', count: 1 }, calendar: buildCalendar('kz', [], loaded()) });
    expect(shipped.dueLocal).toBe('2028-03-24T18:00:00+05:00');
    expect(withFile.dueLocal).toBe('2028-03-27T18:00:00+05:00');
    expect(withFile.warnings).toEqual([]);
  });

  it("sits under the DPO's overrides", () => {
    const kz = buildCalendar('kz', [{ date: '2028-03-24', working: true, note: 'the order was withdrawn' }], loaded());
    expect(kz.dayInfo('2028-03-24')).toMatchObject({ working: true, kind: 'override-working-day' });
    expect(kz.dayInfo('2028-03-24').overridden).toMatchObject({ kind: 'transfer-day-off' });
  });

  it('lists what it changes against the shipped data', () => {
    const file = loaded();
    const shipped = buildCalendar('kz');
    const next = buildCalendar('kz', [], file);
    const changes = calendarFileChanges(
      file,
      (d) => shipped.dayInfo(d),
      (d) => next.dayInfo(d),
    );
    expect(changes.map((c) => [c.date, c.before.working, c.after.working, c.after.kind])).toEqual([
      ['2028-03-18', false, true, 'transfer-working-day'],
      ['2028-03-24', true, false, 'transfer-day-off'],
    ]);
  });
});

describe('calendar file: hostile and broken files are refused with a reason', () => {
  const problems = (value: unknown): string => {
    const r = typeof value === 'string' ? parseCalendarFile(value) : parse(value);
    expect(r.ok).toBe(false);
    return r.ok ? '' : r.problems.join('\n');
  };
  const withDays = (days: unknown[]) => ({ ...goodFile(), days });
  const day = { ...transfer[1]! };

  it.each<[string, unknown, RegExp]>([
    ['not JSON', '{"format": "qorgau-calendar",', /not JSON/],
    ['another format', { ...goodFile(), format: 'holidays' }, /format/],
    ['a newer version', { ...goodFile(), version: 2 }, /version/],
    ['unknown calendar', { ...goodFile(), calendar: 'uz' }, /calendar/],
    ['unknown top-level field', { ...goodFile(), script: 'alert(1)' }, /script/],
    ['unknown day field', withDays([{ ...day, extra: true }]), /extra/],
    ['impossible date', withDays([{ ...day, date: '2028-02-30' }]), /no such date/],
    ['badly written date', withDays([{ ...day, date: '28.03.2028' }]), /YYYY-MM-DD/],
    ['date outside 2000–2100', withDays([{ ...day, date: '2101-01-03' }]), /2000–2100/],
    ['duplicate day', withDays([day, day]), /listed twice/],
    ['duplicate year', { ...goodFile(), years: [...goodFile().years, ...goodFile().years] }, /year 2028 is listed twice/],
    ['a day outside the listed years', withDays([{ ...day, date: '2029-03-23' }]), /outside the file's years/],
    ['working contradicts kind', withDays([{ ...day, working: true }]), /must have working=false/],
    ['unknown kind', withDays([{ ...day, kind: 'override-day-off' }]), /kind/],
    ['unknown status', withDays([{ ...day, status: 'rumour' }]), /status/],
    ['empty source', withDays([{ ...day, source: ' ' }]), /source/],
    ['a name missing a language', withDays([{ ...day, name: { ru: 'x', en: 'x' } }]), /kk/],
    ['no years', { ...goodFile(), years: [] }, /years/],
    ['a year outside the range', { ...goodFile(), years: [{ year: 1999, status: 'law', sources: ['x'] }] }, /years\.0\.year/],
  ])('%s', (_label, value, message) => {
    expect(problems(value)).toMatch(message);
  });

  it('a year with no weekends (every Saturday and Sunday made working) is refused', () => {
    const days = [];
    for (let d = daysFromCivil(2028, 1, 1); d <= daysFromCivil(2028, 12, 31); d++) {
      if (!isWeekendDay(d)) continue;
      days.push({ ...transfer[0]!, date: dateKeyFromDays(d), movedTo: undefined });
    }
    expect(problems(withDays(days.map(({ movedTo: _m, ...rest }) => rest)))).toMatch(/2028: 106 weekend days made working/);
  });

  it('a year of days off (every weekday off) is refused', () => {
    const days = [];
    for (let d = daysFromCivil(2028, 1, 1); d <= daysFromCivil(2028, 12, 31); d++) if (!isWeekendDay(d)) days.push({ ...day, date: dateKeyFromDays(d) });
    expect(problems(withDays(days))).toMatch(/2028: 260 weekdays off/);
  });

  it('a huge file is refused before it is parsed', () => {
    const huge = JSON.stringify({ ...goodFile(), title: 'x'.repeat(MAX_CALENDAR_FILE_CHARS) });
    expect(problems(huge)).toMatch(/larger than/);
  });

  it('problems are capped at 20 lines', () => {
    const days = Array.from({ length: 50 }, () => ({ ...day, date: '2028-02-30' }));
    const r = parse(withDays(days));
    expect(r.ok || r.problems.length).toBe(20);
  });

  it('a file for the other calendar cannot be merged into this one', () => {
    const ru = { ...goodFile(), calendar: 'ru' };
    const r = parse(ru);
    expect(r.ok).toBe(true);
    if (r.ok) expect(() => buildCalendar('kz', [], r.file)).toThrow(/for ru, not kz/);
  });
});
