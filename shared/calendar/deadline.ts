/**
 * The full deadline API: validates the input, computes the due instant with the hot-path function
 * (due.ts) and builds the trace that explains it.
 */
import { DEFAULT_TIME_ZONE } from '../locale';
import { addMonths, dateKeyFromDays } from '../time/civil-date';
import { InstantParseError, formatClock, formatLocalIso, formatUtcIso, localStamp, parseInstant } from '../time/instant';
import { type TimeZone, getTimeZone, isKnownZone } from '../time/zone';
import { CalendarRangeError, CompiledCalendar, buildCalendar } from './compiled-calendar';
import { computeDueMs, computeMomentDue, dueDayNumber } from './due';
import {
  DEFAULT_CLOSE_OF_BUSINESS,
  DEFAULT_MOMENT_READING,
  DeadlineInputError,
  type MomentReading,
  type StartRule,
  type Term,
  isMomentReading,
  isStartRule,
  parseCloseOfBusiness,
  validateTerm,
} from './term';
import type { CountingLaw, DayReason, DeadlineWarning, TraceStep, TriggerEvent } from './trace-types';
import { type CalendarId, type DayInfo, isCalendarId } from './types';

export interface DeadlineInput {
  /** The triggering instant: a Date or an ISO 8601 string with an offset or Z. */
  readonly from: Date | string;
  readonly term: Term;
  /** 'kz' | 'ru' or a compiled calendar (with the DPO's overrides). */
  readonly calendar: CalendarId | CompiledCalendar;
  /** IANA zone of the organisation; default Asia/Almaty. */
  readonly zone?: string;
  /** 'HH:MM', default '18:00'. */
  readonly closeOfBusiness?: string;
  /** Default 'next-day' (KZ Civil Code Art. 173). */
  readonly startRule?: StartRule;
  /** How a 'from-moment' working-day term ends; default 'same-time' (legal-reference §11.1). */
  readonly momentReading?: MomentReading;
  /** Whose Civil Code governs the count (cited in the trace); default: the calendar's country. */
  readonly law?: CountingLaw;
  /** How to describe the trigger in the trace; default 'received'. */
  readonly event?: TriggerEvent;
}

export interface DeadlineResult {
  /** Due instant in UTC, e.g. '2025-03-11T13:00:00.000Z'. */
  readonly due: string;
  readonly dueMs: number;
  /** The same instant as wall time in the zone, e.g. '2025-03-11T18:00:00+05:00'. */
  readonly dueLocal: string;
  /** Local date of the last day of the term. */
  readonly dueDate: string;
  readonly from: string;
  readonly calendar: CalendarId;
  readonly zone: string;
  readonly term: Term;
  readonly startRule: StartRule;
  /** The reading applied to a 'from-moment' working-day term (absent otherwise). */
  readonly momentReading?: MomentReading;
  readonly closeOfBusiness: string;
  readonly law: CountingLaw;
  /** The norm runs "с момента …": act at once; `due` is only the latest limit. */
  readonly urgentFromStart: boolean;
  /** Years whose calendar data is an estimate (or missing) that the counting touched. */
  readonly estimatedYears: readonly number[];
  readonly warnings: readonly DeadlineWarning[];
  readonly trace: readonly TraceStep[];
}

/** Validated, normalised input. */
interface Prepared {
  readonly fromMs: number;
  readonly calendar: CompiledCalendar;
  readonly zone: TimeZone;
  readonly term: Term;
  readonly closeMinutes: number;
  readonly close: string;
  readonly startRule: StartRule;
  readonly momentReading: MomentReading;
  readonly law: CountingLaw;
  readonly event: TriggerEvent;
}

function prepare(input: DeadlineInput): Prepared {
  let fromMs: number;
  try {
    fromMs = parseInstant(input.from);
  } catch (e) {
    if (e instanceof InstantParseError) throw new DeadlineInputError('bad-instant', e.message);
    throw e;
  }
  let calendar: CompiledCalendar;
  if (input.calendar instanceof CompiledCalendar) calendar = input.calendar;
  else if (isCalendarId(input.calendar)) calendar = buildCalendar(input.calendar);
  else throw new DeadlineInputError('bad-calendar', `unknown calendar: ${String(input.calendar)} (kz or ru)`);
  const zoneId = input.zone ?? DEFAULT_TIME_ZONE;
  if (!isKnownZone(zoneId)) throw new DeadlineInputError('bad-zone', `unknown IANA time zone: ${zoneId}`);
  validateTerm(input.term);
  const close = input.closeOfBusiness ?? DEFAULT_CLOSE_OF_BUSINESS;
  const closeMinutes = parseCloseOfBusiness(close);
  const startRule = input.startRule ?? 'next-day';
  if (!isStartRule(startRule)) throw new DeadlineInputError('bad-start-rule', `unknown start rule: ${String(startRule)}`);
  const momentReading = input.momentReading ?? DEFAULT_MOMENT_READING;
  if (!isMomentReading(momentReading)) throw new DeadlineInputError('bad-moment-reading', `unknown moment reading: ${String(momentReading)}`);
  return {
    fromMs,
    calendar,
    zone: getTimeZone(zoneId),
    term: { unit: input.term.unit, count: input.term.count },
    closeMinutes,
    close,
    startRule,
    momentReading,
    law: input.law ?? calendar.id,
    event: input.event ?? 'received',
  };
}

const reasonOf = (info: DayInfo): DayReason => ({
  kind: info.kind,
  ...(info.name === undefined ? {} : { name: info.name }),
  ...(info.movedFrom === undefined ? {} : { movedFrom: info.movedFrom }),
  ...(info.movedTo === undefined ? {} : { movedTo: info.movedTo }),
  source: info.source,
  status: info.status,
  ...(info.note === undefined ? {} : { note: info.note }),
});

/** Appends skipped non-working days from `from` while they last; returns the first working day. Plain weekend runs are summarised. */
function skipNonWorking(calendar: CompiledCalendar, from: number, steps: TraceStep[]): number {
  let day = from;
  let runStart = -1;
  const flush = (end: number): void => {
    if (runStart < 0) return;
    if (end === runStart) {
      steps.push({ kind: 'skip', date: dateKeyFromDays(runStart), reason: reasonOf(calendar.dayInfoByNumber(runStart)) });
    } else {
      steps.push({ kind: 'skip-weekends', from: dateKeyFromDays(runStart), to: dateKeyFromDays(end), count: end - runStart + 1 });
    }
    runStart = -1;
  };
  for (;;) {
    const info = calendar.dayInfoByNumber(day);
    if (info.working) break;
    if (info.kind === 'weekend') {
      if (runStart < 0) runStart = day;
    } else {
      flush(day - 1);
      steps.push({ kind: 'skip', date: info.date, reason: reasonOf(info) });
    }
    day++;
  }
  flush(day - 1);
  return day;
}

/** Working days whose reason is worth stating (a transfer, an override, a former day off). */
const notableWorking = (info: DayInfo): boolean => info.kind !== 'working-day';

function dayTrace(p: Prepared, triggerDay: number, dueDay: number, steps: TraceStep[], fromMoment = false): void {
  const { calendar, term, law } = p;
  const start = triggerDay + 1;
  if (!fromMoment) steps.push({ kind: 'start', date: dateKeyFromDays(start), law });
  if (term.unit === 'working-days') {
    let day = start;
    for (let k = 1; k <= term.count; k++) {
      day = skipNonWorking(calendar, day, steps);
      const info = calendar.dayInfoByNumber(day);
      steps.push({ kind: 'working-day', k, date: info.date, ...(notableWorking(info) ? { reason: reasonOf(info) } : {}) });
      if (k < term.count) day++;
    }
    if (day !== dueDay) throw new Error(`trace walk ended on ${dateKeyFromDays(day)}, due day is ${dateKeyFromDays(dueDay)}`);
    return;
  }
  const nominal = term.unit === 'calendar-days' ? triggerDay + term.count : addMonths(triggerDay, term.unit === 'years' ? term.count * 12 : term.count);
  if (term.unit === 'calendar-days') steps.push({ kind: 'calendar-day', k: term.count, date: dateKeyFromDays(nominal) });
  else steps.push({ kind: 'period-end', term, date: dateKeyFromDays(nominal), law });
  if (!calendar.isWorkingDayNumber(nominal)) {
    const moved = skipNonWorking(calendar, nominal, steps);
    const info = calendar.dayInfoByNumber(moved);
    steps.push({ kind: 'moved-to-working-day', date: info.date, law, ...(notableWorking(info) ? { reason: reasonOf(info) } : {}) });
    if (moved !== dueDay) throw new Error(`trace walk ended on ${dateKeyFromDays(moved)}, due day is ${dateKeyFromDays(dueDay)}`);
  } else if (nominal !== dueDay) {
    throw new Error(`nominal end ${dateKeyFromDays(nominal)} differs from due day ${dateKeyFromDays(dueDay)}`);
  }
}

/**
 * Computes a deadline with its trace.
 *
 * Day-based terms (KZ Civil Code Arts 173–176; RF Civil Code Arts 191–194): the count starts on the day
 * after the trigger's local date in `zone` (an instant given in UTC that falls on another local date
 * uses the local date); working days are counted on the calendar; a non-working last day of a
 * calendar-day, month or year term moves to the next working day; the term ends at the organisation's
 * close of business on the last day (Art. 176 p.1 / Art. 194 p.1 — the action is done in the
 * organisation), for every day-based unit alike. Hour terms are exact and ignore the calendar.
 *
 * Throws DeadlineInputError on invalid input or when the term leaves the compiled 2000–2100 range.
 */
export function computeDeadline(input: DeadlineInput): DeadlineResult {
  const p = prepare(input);
  const { calendar, zone, term, fromMs } = p;
  // A working-day term "from the moment" of an event (legal-reference §11.1): in the 'same-time'
  // reading it runs from the moment itself and ends at the same wall-clock time on the N-th working day.
  const fromMoment = p.startRule === 'from-moment' && term.unit === 'working-days';
  const sameTimeReading = fromMoment && p.momentReading === 'same-time';
  let dueMs: number;
  let sameTime = false;
  try {
    if (sameTimeReading) {
      const moment = computeMomentDue(calendar, zone, fromMs, term.count, p.closeMinutes);
      dueMs = moment.dueMs;
      sameTime = moment.sameTime;
    } else dueMs = computeDueMs(calendar, zone, fromMs, term.unit, term.count, p.closeMinutes);
  } catch (e) {
    if (e instanceof CalendarRangeError) throw new DeadlineInputError('out-of-range', e.message);
    throw e;
  }
  const trigger = localStamp(fromMs, zone);
  const steps: TraceStep[] = [
    {
      kind: 'trigger',
      event: p.event,
      instant: formatUtcIso(fromMs),
      date: trigger.date,
      time: formatClock(trigger),
      zone: zone.id,
      zoneSource: zone.sourceAt(fromMs),
    },
  ];
  const urgentFromStart = p.startRule === 'from-moment';
  if (urgentFromStart) steps.push({ kind: 'urgent', law: p.law, ...(fromMoment ? { reading: p.momentReading } : {}) });
  if (sameTimeReading) {
    steps.push({ kind: 'start-moment', date: trigger.date, time: formatClock(trigger) });
    if (!sameTime) steps.push({ kind: 'moment-off-day', date: trigger.date, law: p.law });
  }

  let dueDay: number;
  let dueTime: string;
  let estimatedYears: number[] = [];
  if (term.unit === 'hours') {
    steps.push({ kind: 'hours', count: term.count, law: p.law });
    const due = localStamp(dueMs, zone);
    dueDay = due.days;
    dueTime = formatClock(due);
  } else {
    dueDay = dueDayNumber(calendar, trigger.days, term.unit, term.count);
    dueTime = sameTime ? formatClock(trigger) : p.close;
    dayTrace(p, trigger.days, dueDay, steps, sameTimeReading);
    estimatedYears = calendar.estimatedYearsBetween(trigger.days, dueDay);
  }
  steps.push({
    kind: 'due',
    instant: formatUtcIso(dueMs),
    date: dateKeyFromDays(dueDay),
    time: dueTime,
    zone: zone.id,
    basis: term.unit === 'hours' ? 'exact-time' : sameTime ? 'same-time' : 'close-of-business',
    law: p.law,
  });
  const warnings: DeadlineWarning[] = estimatedYears.map((year) => ({
    code: 'estimated-year',
    calendar: calendar.id,
    year,
    hasData: calendar.hasDataFor(year),
  }));
  for (const w of warnings) steps.push({ kind: 'estimated-year', calendar: w.calendar, year: w.year, hasData: w.hasData });

  return Object.freeze({
    due: formatUtcIso(dueMs),
    dueMs,
    dueLocal: formatLocalIso(dueMs, zone),
    dueDate: dateKeyFromDays(dueDay),
    from: formatUtcIso(fromMs),
    calendar: calendar.id,
    zone: zone.id,
    term,
    startRule: p.startRule,
    ...(fromMoment ? { momentReading: p.momentReading } : {}),
    closeOfBusiness: p.close,
    law: p.law,
    urgentFromStart,
    estimatedYears: Object.freeze(estimatedYears),
    warnings: Object.freeze(warnings),
    trace: Object.freeze(steps),
  });
}
