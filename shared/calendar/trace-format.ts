/** Lawyer-readable trace lines: "skipped Sat 08.03.2025 — International Women's Day (holiday)". */
import type { Locale } from '../locale';
import { daysFromDateKey, formatDotDate, isoWeekday } from '../time/civil-date';
import { CALENDAR_NAMES } from './calendar-data';
import { COUNTING_CITATIONS, type CountingRule } from './citations';
import { TRACE_PHRASES, type TracePhrases } from './trace-phrases';
import type { CountingLaw, DayReason, DeadlineWarning, TraceStep } from './trace-types';

/** 'Fri 07.03.2025' / 'пт 07.03.2025' / 'жұма 07.03.2025'. */
export function formatDay(date: string, locale: Locale): string {
  const days = daysFromDateKey(date);
  return `${TRACE_PHRASES[locale].weekdays[isoWeekday(days) - 1]!} ${formatDotDate(days)}`;
}

const dot = (date: string): string => formatDotDate(daysFromDateKey(date));

const cite = (rule: CountingRule, law: CountingLaw, locale: Locale): string => COUNTING_CITATIONS[rule][law][locale];

/** Why a day counts or not, e.g. "International Women's Day (holiday) [reported]". */
export function formatReason(reason: DayReason, locale: Locale): string {
  const L: TracePhrases = TRACE_PHRASES[locale];
  const name = reason.name?.[locale] ?? '';
  let text: string;
  switch (reason.kind) {
    case 'weekend':
      text = L.weekend;
      break;
    case 'working-day':
      text = '';
      break;
    case 'state-holiday':
    case 'national-holiday':
    case 'public-holiday':
    case 'new-year-holidays':
      text = `${name} (${L.holiday})`;
      break;
    case 'religious-day-off':
      text = `${name} (${L.dayOff})`;
      break;
    case 'weekend-move':
      text = reason.movedFrom ? L.movedFrom(dot(reason.movedFrom)) : name;
      break;
    case 'transfer-day-off':
      text = reason.movedFrom ? L.transferredFrom(dot(reason.movedFrom)) : name;
      break;
    case 'transfer-working-day':
      text = reason.movedTo ? L.workingByTransfer(dot(reason.movedTo)) : name;
      break;
    case 'former-day-off':
      text = name;
      break;
    case 'override-day-off':
      text = L.overrideDayOff(reason.note ?? '');
      break;
    case 'override-working-day':
      text = L.overrideWorking(reason.note ?? '');
      break;
  }
  if (reason.status === 'reported') text += ` [${L.reported}]`;
  else if (reason.status === 'estimate') text += ` [${L.estimate}]`;
  return text;
}

/** One line per trace step. */
export function formatTraceStep(step: TraceStep, locale: Locale): string {
  const L = TRACE_PHRASES[locale];
  const day = (date: string): string => formatDay(date, locale);
  switch (step.kind) {
    case 'trigger':
      return L.trigger(L.events[step.event], day(step.date), step.time, step.zone);
    case 'urgent':
      return step.reading === 'same-time' ? L.urgentMoment(cite('start', step.law, locale)) : L.urgent(cite('start', step.law, locale));
    case 'start-moment':
      return L.startMoment(day(step.date), step.time);
    case 'moment-off-day':
      return L.momentOffDay(day(step.date), cite('close-of-business', step.law, locale));
    case 'start':
      return L.start(day(step.date), cite('start', step.law, locale));
    case 'skip':
      return L.skip(day(step.date), formatReason(step.reason, locale));
    case 'skip-weekends':
      return L.skipWeekends(day(step.from), day(step.to), step.count);
    case 'working-day':
      return L.workingDay(step.k, day(step.date), step.reason ? formatReason(step.reason, locale) : undefined);
    case 'calendar-day':
      return L.calendarDay(step.k, day(step.date));
    case 'period-end': {
      const period = step.term.unit === 'years' ? L.years(step.term.count) : L.months(step.term.count);
      return L.periodEnd(period, day(step.date), cite('months-end', step.law, locale));
    }
    case 'moved-to-working-day': {
      const line = L.moved(day(step.date), cite('non-working-end', step.law, locale));
      return step.reason ? `${line} — ${formatReason(step.reason, locale)}` : line;
    }
    case 'hours':
      return L.hours(step.count, cite('period', step.law, locale));
    case 'due':
      return L.due(
        day(step.date),
        step.time,
        step.zone,
        step.basis,
        cite(step.basis === 'close-of-business' ? 'close-of-business' : 'period', step.law, locale),
      );
    case 'estimated-year':
      return L.estimatedYear(CALENDAR_NAMES[step.calendar][locale], step.year, step.hasData);
    case 'calendar':
      return L.calendar(CALENDAR_NAMES[step.calendar][locale]);
    case 'earliest':
      return L.earliest(CALENDAR_NAMES[step.calendar][locale], day(step.date), step.time, step.zone);
  }
}

/** The whole trace as lines in one language. */
export function formatTrace(trace: readonly TraceStep[], locale: Locale): string[] {
  return trace.map((step) => formatTraceStep(step, locale));
}

/** A deadline warning as one line. */
export function formatWarning(warning: DeadlineWarning, locale: Locale): string {
  return TRACE_PHRASES[locale].estimatedYear(CALENDAR_NAMES[warning.calendar][locale], warning.year, warning.hasData);
}
