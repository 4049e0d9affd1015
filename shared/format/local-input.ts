/**
 * The wall time of a `<input type="datetime-local">` ('YYYY-MM-DDTHH:mm', in a zone) ⇄ instants,
 * through the engine's zone table. A wall time skipped by a change of the clocks maps one
 * offset-difference later; a repeated one maps to its first occurrence (see TimeZone.utcFromLocal).
 */
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, dateKeyFromDays, daysFromCivil, daysInMonth, pad2 } from '../time/civil-date';
import { getTimeZone } from '../time/zone';
import { wallMs, type InstantInput } from './zoned-parts';

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The instant a wall time 'YYYY-MM-DDTHH:mm' names in a zone, or undefined when it is not a real wall time. */
export function localInputToInstant(value: string, zone: string): Date | undefined {
  const match = LOCAL_INPUT.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59) return undefined;
  const local = daysFromCivil(year, month, day) * MS_PER_DAY + (hour * 60 + minute) * MS_PER_MINUTE;
  return new Date(getTimeZone(zone).utcFromLocal(local));
}

/** 'YYYY-MM-DDTHH:mm' of an instant in a zone (the value of a datetime-local input). */
export function instantToLocalInput(instant: InstantInput, zone: string): string {
  const local = wallMs(instant, zone);
  const days = Math.floor(local / MS_PER_DAY);
  const inDay = local - days * MS_PER_DAY;
  return `${dateKeyFromDays(days)}T${pad2(Math.floor(inDay / MS_PER_HOUR))}:${pad2(Math.floor((inDay % MS_PER_HOUR) / MS_PER_MINUTE))}`;
}
