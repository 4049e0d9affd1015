import { describe, expect, it } from 'vitest';
import { runCli } from '../../../shared/cli/run-cli';

const parse = (stdout: string): Record<string, unknown> => JSON.parse(stdout) as Record<string, unknown>;

describe('qorgau deadline', () => {
  it('1 WD from Fri 07.03.2025 16:40 Almaty → Tue 11.03.2025 18:00', () => {
    const r = runCli(['deadline', '--calendar', 'kz', '--working-days', '1', '--from', '2025-03-07T16:40:00+05:00']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = parse(r.stdout);
    expect(out).toMatchObject({
      due: '2025-03-11T13:00:00.000Z',
      dueLocal: '2025-03-11T18:00:00+05:00',
      dueDate: '2025-03-11',
      calendar: 'kz',
      zone: 'Asia/Almaty',
      warnings: [],
      estimatedYears: [],
    });
    expect(out.trace).toContain('skipped Mon 10.03.2025 — day off moved from 08.03.2025');
  });

  it.each([
    [['--working-days', '1', '--from', '2025-01-02T10:00:00+05:00'], '2025-01-05T18:00:00+05:00'],
    [['--working-days', '1', '--from', '2026-03-20T09:00:00+05:00'], '2026-03-26T18:00:00+05:00'],
    [['--calendar-days', '30', '--from', '2025-03-06T20:00:00Z'], '2025-04-07T18:00:00+05:00'],
    [['--hours', '24', '--from', '2025-03-07T16:40:00+05:00'], '2025-03-08T16:40:00+05:00'],
    [['--months', '6', '--from', '2025-01-15T10:00:00+05:00'], '2025-07-15T18:00:00+05:00'],
    [['--working-days=1', '--from=2025-03-07T16:40:00+05:00', '--close=17:00'], '2025-03-11T17:00:00+05:00'],
    [['--working-days', '1', '--from', '2025-03-07T13:40:00Z', '--zone', 'Europe/Moscow'], '2025-03-11T18:00:00+03:00'],
  ])('kz %j → %s', (args, dueLocal) => {
    const r = runCli(['deadline', '--calendar', 'kz', ...args]);
    expect(r.code).toBe(0);
    expect(parse(r.stdout).dueLocal).toBe(dueLocal);
  });

  it('RF calendar and Russian trace', () => {
    const r = runCli(['deadline', '--calendar', 'ru', '--working-days', '10', '--from', '2025-04-28T10:00:00+03:00', '--lang', 'ru']);
    const out = parse(r.stdout);
    expect(out.dueLocal).toBe('2025-05-16T18:00:00+05:00');
    expect(out.trace).toContain('не учитывается: пт 02.05.2025 — выходной день, перенесённый с 04.01.2025 (акт о переносе) [по сообщениям СМИ]');
  });

  it('Kazakh trace and the estimated-year warning', () => {
    const out = parse(runCli(['deadline', '--calendar', 'kz', '--working-days', '1', '--from', '2026-12-31T10:00:00+05:00', '--lang', 'kk']).stdout);
    expect(out.estimatedYears).toEqual([2027]);
    expect(out.warnings).toEqual(['назар аударыңыз: Қазақстан күнтізбесі 2027 жылға болжамды (деректер расталмаған) — мерзімді тексеріңіз']);
    expect(out.trace).toContain('1-жұмыс күні = сейсенбі 05.01.2027');
  });

  it('from-moment start flags urgency', () => {
    const out = parse(runCli(['deadline', '--calendar', 'kz', '--working-days', '1', '--from', '2025-03-07T16:40:00+05:00', '--start', 'from-moment']).stdout);
    expect(out.urgentFromStart).toBe(true);
  });

  it('--start from-moment (K8, §11.1): the same wall-clock time on the next working day', () => {
    const r = runCli(['deadline', '--calendar', 'kz', '--working-days', '1', '--start', 'from-moment', '--from', '2026-06-02T14:35:00+05:00']);
    expect(r.code).toBe(0);
    const out = parse(r.stdout);
    expect(out).toMatchObject({ dueLocal: '2026-06-03T14:35:00+05:00', momentReading: 'same-time', urgentFromStart: true });
    expect(out.trace).toContain('detected Tue 02.06.2026 14:35 (Asia/Almaty)');
    // Tue 26.05.2026: Wed 27.05 is Kurban Ait, so Thu 28.05 at 14:35.
    const kurban = parse(
      runCli(['deadline', '--calendar', 'kz', '--working-days', '1', '--start', 'from-moment', '--from', '2026-05-26T14:35:00+05:00']).stdout,
    );
    expect(kurban.dueLocal).toBe('2026-05-28T14:35:00+05:00');
  });

  it('--start from-moment across 2028: Fri 05.05.2028 is Kurban Ait (estimate) and warns', () => {
    const out = parse(runCli(['deadline', '--calendar', 'kz', '--working-days', '1', '--start', 'from-moment', '--from', '2028-05-04T11:00:00+05:00']).stdout);
    // Thu 04.05 → Fri 05.05 Kurban Ait, Sat–Sun, Mon 08.05 (7 May moved), Tue 09.05 Victory Day → Wed 10.05.
    expect(out.dueLocal).toBe('2028-05-10T11:00:00+05:00');
    expect(out.estimatedYears).toEqual([2028]);
  });

  it('--moment next-day gives the Civil Code Art. 173 reading', () => {
    const out = parse(
      runCli([
        'deadline',
        '--calendar',
        'kz',
        '--working-days',
        '1',
        '--start',
        'from-moment',
        '--moment',
        'next-day',
        '--from',
        '2026-06-02T14:35:00+05:00',
        '--lang',
        'ru',
      ]).stdout,
    );
    expect(out).toMatchObject({ dueLocal: '2026-06-03T18:00:00+05:00', momentReading: 'next-day' });
  });
});

describe('qorgau calendar', () => {
  it('lists the year with kinds, names, sources and statuses', () => {
    const r = runCli(['calendar', '--calendar', 'kz', '--year', '2025']);
    expect(r.code).toBe(0);
    const out = parse(r.stdout) as { days: Array<Record<string, unknown>>; status: string; warnings: string[] };
    expect(out.status).toBe('reported');
    expect(out.warnings).toEqual([]);
    expect(out.days.find((d) => d.date === '2025-01-05')).toMatchObject({
      working: true,
      kind: 'transfer-working-day',
      weekday: 'Sun',
      status: 'reported',
    });
    expect(out.days.find((d) => d.date === '2025-03-10')).toMatchObject({
      working: false,
      kind: 'weekend-move',
      movedFrom: '2025-03-08',
      name: "Day off moved from 08.03.2025 (International Women's Day)",
    });
    expect(out.days.every((d) => typeof d.source === 'string' && d.source.length > 0)).toBe(true);
  });

  it('names in Kazakh', () => {
    const out = parse(runCli(['calendar', '--calendar', 'kz', '--year', '2026', '--lang', 'kk']).stdout) as { days: Array<Record<string, unknown>> };
    expect(out.days.find((d) => d.date === '2026-03-21')).toMatchObject({ name: 'Наурыз мейрамы', weekday: 'сенбі' });
  });

  it('2028: KZ data by the Holidays Law rules, Kurban Ait estimated, the year marked estimate', () => {
    const r = runCli(['calendar', '--calendar', 'kz', '--year', '2028']);
    expect(r.code).toBe(0);
    const out = parse(r.stdout) as { days: Array<Record<string, unknown>>; status: string; hasData: boolean; warnings: string[]; note: string };
    expect(out).toMatchObject({ status: 'estimate', hasData: true });
    expect(out.note).toContain('2028 is provisional');
    expect(out.warnings).toEqual(['warning: the Kazakhstan calendar for 2028 is an estimate (unconfirmed data) — verify the deadline']);
    expect(out.days.find((d) => d.date === '2028-05-05')).toMatchObject({ kind: 'religious-day-off', weekday: 'Fri', status: 'estimate' });
    expect(out.days.find((d) => d.date === '2028-12-18')).toMatchObject({ kind: 'weekend-move', movedFrom: '2028-12-16' });
  });

  it('2028: RF holidays of Art. 112, weekend moves estimated until the decree', () => {
    const out = parse(runCli(['calendar', '--calendar', 'ru', '--year', '2028', '--lang', 'ru']).stdout) as {
      days: Array<Record<string, unknown>>;
      status: string;
    };
    expect(out.status).toBe('estimate');
    expect(out.days.find((d) => d.date === '2028-11-06')).toMatchObject({ kind: 'weekend-move', weekday: 'пн', status: 'estimate' });
  });

  it('a year without data still answers, with an estimate warning', () => {
    const r = runCli(['calendar', '--calendar', 'ru', '--year', '2030']);
    expect(r.code).toBe(0);
    const out = parse(r.stdout);
    expect(out).toMatchObject({ status: 'estimate', hasData: false, days: [] });
    expect(out.warnings).toEqual([
      'warning: no Russia production calendar data for 2030: only Saturdays and Sundays are treated as days off — verify the deadline',
    ]);
  });
});

describe('help', () => {
  it.each([['help'], ['--help'], ['-h']])('%s prints usage', (arg) => {
    const r = runCli([arg]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('qorgau deadline --calendar kz|ru');
  });
});

describe('bad arguments exit with code 2 and a message on stderr', () => {
  const from = ['--from', '2025-03-07T16:40:00+05:00'];
  it.each<[string, string[], RegExp]>([
    ['no command', [], /no command/],
    ['unknown command', ['deadlines'], /unknown command: deadlines/],
    ['unknown flag', ['deadline', '--calendar', 'kz', '--working-days', '1', ...from, '--colour', 'red'], /unknown flag for deadline: --colour/],
    ['flag given twice', ['deadline', '--calendar', 'kz', '--working-days', '1', '--working-days', '2', ...from], /given twice/],
    ['flag without value', ['deadline', '--calendar', 'kz', '--working-days', ...from], /--working-days needs a value/],
    ['stray argument', ['deadline', 'kz'], /unexpected argument: kz/],
    ['missing --from', ['deadline', '--calendar', 'kz', '--working-days', '1'], /missing --from/],
    ['missing term', ['deadline', '--calendar', 'kz', ...from], /missing term/],
    ['two term flags', ['deadline', '--calendar', 'kz', '--working-days', '1', '--hours', '2', ...from], /only one term flag/],
    ['N zero', ['deadline', '--calendar', 'kz', '--working-days', '0', ...from], /positive integer/],
    ['N negative', ['deadline', '--calendar', 'kz', '--working-days=-1', ...from], /positive integer/],
    ['N fractional', ['deadline', '--calendar', 'kz', '--calendar-days', '1.5', ...from], /positive integer/],
    ['N not a number', ['deadline', '--calendar', 'kz', '--hours', 'ten', ...from], /positive integer/],
    ['N too large', ['deadline', '--calendar', 'kz', '--working-days', '999999', ...from], /term count/],
    ['unparseable date', ['deadline', '--calendar', 'kz', '--working-days', '1', '--from', '07.03.2025'], /not an ISO 8601 instant/],
    ['date without offset', ['deadline', '--calendar', 'kz', '--working-days', '1', '--from', '2025-03-07T16:40:00'], /offset or Z/],
    ['impossible date', ['deadline', '--calendar', 'kz', '--working-days', '1', '--from', '2025-02-30T10:00:00Z'], /no such date/],
    ['unknown calendar', ['deadline', '--calendar', 'uz', '--working-days', '1', ...from], /unknown calendar: uz/],
    ['missing calendar', ['deadline', '--working-days', '1', ...from], /missing --calendar/],
    ['unknown zone', ['deadline', '--calendar', 'kz', '--working-days', '1', ...from, '--zone', 'Asia/Nowhere'], /unknown IANA time zone/],
    ['bad close', ['deadline', '--calendar', 'kz', '--working-days', '1', ...from, '--close', '6pm'], /close of business/],
    ['bad language', ['deadline', '--calendar', 'kz', '--working-days', '1', ...from, '--lang', 'de'], /unknown language: de/],
    ['bad start', ['deadline', '--calendar', 'kz', '--working-days', '1', ...from, '--start', 'later'], /unknown --start/],
    ['bad moment', ['deadline', '--calendar', 'kz', '--working-days', '1', ...from, '--start', 'from-moment', '--moment', 'noon'], /unknown --moment/],
    ['moment without from-moment', ['deadline', '--calendar', 'kz', '--working-days', '1', ...from, '--moment', 'next-day'], /only with --start from-moment/],
    ['bad event', ['deadline', '--calendar', 'kz', '--working-days', '1', ...from, '--event', 'noticed'], /unknown --event/],
    ['outside 2000–2100', ['deadline', '--calendar', 'kz', '--working-days', '1', '--from', '1999-01-01T10:00:00Z'], /outside the calendar range/],
    ['calendar: missing year', ['calendar', '--calendar', 'kz'], /missing --year/],
    ['calendar: bad year', ['calendar', '--calendar', 'kz', '--year', '25'], /four-digit year/],
    ['calendar: year outside range', ['calendar', '--calendar', 'kz', '--year', '2200'], /between 2000 and 2100/],
    ['calendar: unknown calendar', ['calendar', '--calendar', 'xx', '--year', '2025'], /unknown calendar/],
    ['help takes no flags', ['help', '--verbose'], /unknown flag for help/],
  ])('%s', (_label, argv, message) => {
    const r = runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/^error: /);
  });
});
