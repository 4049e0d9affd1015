/** The CLI as a pure function of argv: no process, file or console access. */
import { CALENDAR_NAMES } from '../calendar/calendar-data';
import { COMPILED_FIRST_YEAR, COMPILED_LAST_YEAR, buildCalendar } from '../calendar/compiled-calendar';
import { computeDeadline } from '../calendar/deadline';
import { DEFAULT_MOMENT_READING, DeadlineInputError, type StartRule, type TermUnit, isMomentReading, isStartRule } from '../calendar/term';
import { TRIGGER_EVENTS, type TriggerEvent } from '../calendar/trace-types';
import { formatTrace, formatWarning } from '../calendar/trace-format';
import { TRACE_PHRASES } from '../calendar/trace-phrases';
import { type CalendarId, isCalendarId } from '../calendar/types';
import { DEFAULT_TIME_ZONE, type Locale, isLocale } from '../locale';
import { UsageError, parseArgs, parsePositiveInteger } from './args';
import { HELP_TEXT } from './help';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const COMMANDS: Readonly<Record<string, readonly string[]>> = {
  deadline: ['calendar', 'working-days', 'calendar-days', 'hours', 'months', 'from', 'zone', 'close', 'start', 'moment', 'event', 'lang'],
  calendar: ['calendar', 'year', 'lang'],
  help: [],
};

const TERM_FLAGS: readonly TermUnit[] = ['working-days', 'calendar-days', 'hours', 'months'];

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function calendarFlag(flags: ReadonlyMap<string, string>): CalendarId {
  const value = flags.get('calendar');
  if (value === undefined) throw new UsageError('missing --calendar (kz or ru)');
  if (!isCalendarId(value)) throw new UsageError(`unknown calendar: ${value} (kz or ru)`);
  return value;
}

function langFlag(flags: ReadonlyMap<string, string>): Locale {
  const value = flags.get('lang') ?? 'en';
  if (!isLocale(value)) throw new UsageError(`unknown language: ${value} (en, ru or kk)`);
  return value;
}

function deadlineCommand(flags: ReadonlyMap<string, string>): CliResult {
  const calendar = calendarFlag(flags);
  const lang = langFlag(flags);
  const given = TERM_FLAGS.filter((f) => flags.has(f));
  if (given.length === 0) throw new UsageError('missing term: one of --working-days, --calendar-days, --hours, --months');
  if (given.length > 1) throw new UsageError(`give only one term flag, not ${given.map((f) => `--${f}`).join(' and ')}`);
  const unit = given[0]!;
  const count = parsePositiveInteger(unit, flags.get(unit)!);
  const from = flags.get('from');
  if (from === undefined) throw new UsageError('missing --from <ISO 8601 instant with offset or Z>');
  const start = flags.get('start') ?? 'next-day';
  if (!isStartRule(start)) throw new UsageError(`unknown --start: ${start} (next-day or from-moment)`);
  const startRule: StartRule = start;
  const moment = flags.get('moment') ?? DEFAULT_MOMENT_READING;
  if (!isMomentReading(moment)) throw new UsageError(`unknown --moment: ${moment} (same-time or next-day)`);
  if (flags.has('moment') && startRule !== 'from-moment') throw new UsageError('--moment applies only with --start from-moment');
  const event = flags.get('event') ?? (startRule === 'from-moment' ? 'detected' : 'received');
  if (!(TRIGGER_EVENTS as readonly string[]).includes(event)) throw new UsageError(`unknown --event: ${event} (${TRIGGER_EVENTS.join(', ')})`);
  const result = computeDeadline({
    from,
    term: { unit, count },
    calendar,
    zone: flags.get('zone') ?? DEFAULT_TIME_ZONE,
    closeOfBusiness: flags.get('close') ?? '18:00',
    startRule,
    momentReading: moment,
    event: event as TriggerEvent,
  });
  return {
    code: 0,
    stdout: json({
      calendar: result.calendar,
      term: result.term,
      from: result.from,
      zone: result.zone,
      closeOfBusiness: result.closeOfBusiness,
      startRule: result.startRule,
      ...(result.momentReading ? { momentReading: result.momentReading } : {}),
      due: result.due,
      dueLocal: result.dueLocal,
      dueDate: result.dueDate,
      urgentFromStart: result.urgentFromStart,
      estimatedYears: result.estimatedYears,
      warnings: result.warnings.map((w) => formatWarning(w, lang)),
      trace: formatTrace(result.trace, lang),
    }),
    stderr: '',
  };
}

function calendarCommand(flags: ReadonlyMap<string, string>): CliResult {
  const id = calendarFlag(flags);
  const lang = langFlag(flags);
  const yearText = flags.get('year');
  if (yearText === undefined) throw new UsageError('missing --year YYYY');
  if (!/^\d{4}$/.test(yearText)) throw new UsageError(`--year must be a four-digit year: ${JSON.stringify(yearText)}`);
  const year = Number(yearText);
  if (year < COMPILED_FIRST_YEAR || year > COMPILED_LAST_YEAR) {
    throw new UsageError(`--year must be between ${COMPILED_FIRST_YEAR} and ${COMPILED_LAST_YEAR}: ${year}`);
  }
  const calendar = buildCalendar(id);
  const meta = calendar.yearMeta(year);
  const hasData = calendar.hasDataFor(year);
  const warnings = meta.status === 'estimate' ? [formatWarning({ code: 'estimated-year', calendar: id, year, hasData }, lang)] : [];
  const weekdays = TRACE_PHRASES[lang].weekdays;
  return {
    code: 0,
    stdout: json({
      calendar: id,
      name: CALENDAR_NAMES[id][lang],
      year,
      status: meta.status,
      hasData,
      sources: meta.sources,
      ...(meta.note ? { note: meta.note[lang] } : {}),
      warnings,
      days: calendar.yearDays(year).map((d) => ({
        date: d.date,
        weekday: weekdays[d.weekday - 1],
        working: d.working,
        kind: d.kind,
        name: d.name?.[lang] ?? d.note ?? '',
        ...(d.movedFrom ? { movedFrom: d.movedFrom } : {}),
        ...(d.movedTo ? { movedTo: d.movedTo } : {}),
        source: d.source,
        status: d.status,
      })),
    }),
    stderr: '',
  };
}

const usageFailure = (message: string): CliResult => ({
  code: 2,
  stdout: '',
  stderr: `error: ${message}\nRun "qorgau help" for usage.\n`,
});

/** Runs one CLI command. Exit code 0 on success, 2 on bad arguments (message on stderr). */
export function runCli(argv: readonly string[]): CliResult {
  try {
    if (argv.length === 0) throw new UsageError('no command given (deadline, calendar or help)');
    if (argv[0] === '--help' || argv[0] === '-h') return { code: 0, stdout: HELP_TEXT, stderr: '' };
    const { command, flags } = parseArgs(argv, COMMANDS);
    switch (command) {
      case 'help':
        return { code: 0, stdout: HELP_TEXT, stderr: '' };
      case 'deadline':
        return deadlineCommand(flags);
      case 'calendar':
        return calendarCommand(flags);
      default:
        throw new UsageError(`unknown command: ${command}`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof DeadlineInputError) return usageFailure(e.message);
    throw e;
  }
}
