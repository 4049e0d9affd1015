/**
 * RF-law deadlines of a Kazakh operator: which working-day calendar applies is not settled
 * (legal-reference §2.2, §10 item 8), so the conservative rule is to count on both the Kazakh and the
 * Russian calendar and keep the earlier due instant, with both computations in the trace.
 */
import type { CompiledCalendar } from './compiled-calendar';
import { type DeadlineInput, type DeadlineResult, computeDeadline } from './deadline';
import type { CountingLaw, DeadlineWarning, TraceStep } from './trace-types';
import type { CalendarId } from './types';

export interface EarliestInput extends Omit<DeadlineInput, 'calendar' | 'law'> {
  /** The calendars to compare; default ['kz', 'ru']. */
  readonly calendars?: readonly [CalendarId | CompiledCalendar, CalendarId | CompiledCalendar];
  /** Whose Civil Code governs the counting; default 'ru' (the deadline comes from RF law). */
  readonly law?: CountingLaw;
}

export interface EarliestResult extends DeadlineResult {
  /** The calendar whose due instant is earlier (the first listed on a tie). */
  readonly chosen: CalendarId;
  /** Both computations, in the order of `calendars`. */
  readonly candidates: readonly [DeadlineResult, DeadlineResult];
}

/** Computes the deadline on both calendars and returns the earlier; the trace holds both computations. */
export function computeEarliest(input: EarliestInput): EarliestResult {
  const [first, second] = input.calendars ?? ['kz', 'ru'];
  const law = input.law ?? 'ru';
  const a = computeDeadline({ ...input, calendar: first, law });
  const b = computeDeadline({ ...input, calendar: second, law });
  const winner = b.dueMs < a.dueMs ? b : a;
  const dueStep = winner.trace.find((s) => s.kind === 'due');
  const earliest: TraceStep = {
    kind: 'earliest',
    calendar: winner.calendar,
    instant: winner.due,
    date: winner.dueDate,
    time: dueStep?.kind === 'due' ? dueStep.time : winner.closeOfBusiness,
    zone: winner.zone,
  };
  const trace: TraceStep[] = [{ kind: 'calendar', calendar: a.calendar }, ...a.trace, { kind: 'calendar', calendar: b.calendar }, ...b.trace, earliest];
  const warnings: DeadlineWarning[] = [...a.warnings, ...b.warnings];
  const estimatedYears = [...new Set([...a.estimatedYears, ...b.estimatedYears])].sort((x, y) => x - y);
  return Object.freeze({
    ...winner,
    chosen: winner.calendar,
    candidates: Object.freeze([a, b] as const),
    estimatedYears: Object.freeze(estimatedYears),
    warnings: Object.freeze(warnings),
    trace: Object.freeze(trace),
  });
}
