/** Working-day calendars, term arithmetic and deadline traces (pure; no UI, storage or Node imports). */
export * from './types';
export { CALENDAR_NAMES, calendarData } from './calendar-data';
export {
  COMPILED_FIRST_YEAR,
  COMPILED_LAST_YEAR,
  CalendarOverrideError,
  CalendarRangeError,
  CompiledCalendar,
  buildCalendar,
} from './compiled-calendar';
export { generateKzYear } from './kz-generate';
export { generateRuYear } from './ru-generate';
export * from './term';
export { computeDueMs, dueDayNumber } from './due';
export { type DeadlineInput, type DeadlineResult, computeDeadline } from './deadline';
export { type EarliestInput, type EarliestResult, computeEarliest } from './earliest';
export * from './trace-types';
export { COUNTING_CITATIONS, type CountingRule } from './citations';
export { formatDay, formatReason, formatTrace, formatTraceStep, formatWarning } from './trace-format';
