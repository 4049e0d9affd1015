/**
 * The wall clock of an instant in a zone, computed from UTC plus the offset of the engine's own zone
 * table (shared/time/zone.ts, zone-table.ts) — never from the runtime's Intl time-zone data, so the
 * screens, the documents and the deadline engine always agree (an old ICU still puts Asia/Almaty at
 * UTC+6 after 1 March 2024). Pure arithmetic: no formatter is made or used per call.
 */
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, civilFromDays, dateKeyFromDays, type DateKey } from '../time/civil-date';
import { formatOffset, parseInstant } from '../time/instant';
import { getTimeZone } from '../time/zone';

/** An instant: an ISO 8601 string with an offset or Z, a Date, or epoch milliseconds. */
export type InstantInput = string | Date | number;

/** Epoch milliseconds of an instant. Throws a RangeError on a string without an offset, garbage or an invalid Date. */
export function epochMs(instant: InstantInput): number {
  if (typeof instant === 'number') {
    if (!Number.isFinite(instant)) throw new RangeError(`not an instant: ${instant}`);
    return instant;
  }
  return parseInstant(instant);
}

export interface ZonedParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** '+05:00', '-03:30', '+00:00' */
  readonly offset: string;
  readonly offsetMinutes: number;
}

/** Local epoch milliseconds (the wall time encoded as if it were UTC) of an instant in a zone. */
export function wallMs(instant: InstantInput, zone: string): number {
  const ms = epochMs(instant);
  return ms + getTimeZone(zone).offsetMsAt(ms);
}

/** Year, month, day, hour, minute, second and offset of an instant in a zone. Throws RangeError for an unknown zone. */
export function zonedParts(instant: InstantInput, zone: string): ZonedParts {
  const ms = epochMs(instant);
  const offsetMs = getTimeZone(zone).offsetMsAt(ms);
  const local = ms + offsetMs;
  const days = Math.floor(local / MS_PER_DAY);
  const inDay = local - days * MS_PER_DAY;
  const { year, month, day } = civilFromDays(days);
  const offsetMinutes = Math.round(offsetMs / MS_PER_MINUTE);
  return {
    year,
    month,
    day,
    hour: Math.floor(inDay / MS_PER_HOUR),
    minute: Math.floor((inDay % MS_PER_HOUR) / MS_PER_MINUTE),
    second: Math.floor((inDay % MS_PER_MINUTE) / 1000),
    offset: formatOffset(offsetMinutes),
    offsetMinutes,
  };
}

/** The calendar date 'YYYY-MM-DD' an instant falls on in a zone. */
export function zonedDate(instant: InstantInput, zone: string): DateKey {
  return dateKeyFromDays(Math.floor(wallMs(instant, zone) / MS_PER_DAY));
}
