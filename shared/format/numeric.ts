/**
 * The numeric forms used on screens in all three languages and in tables of documents:
 * 08.07.2025, 08.07.2025 14:30, 14:30, 08.07.2025 14:30:05. Instants are read in a zone through
 * zoned-parts.ts (the engine's zone table); calendar dates are not instants and take no zone.
 */
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, civilFromDays, formatDotDate, pad2, parseDateKey, type DateKey } from '../time/civil-date';
import { wallMs, type InstantInput } from './zoned-parts';

const pad4 = (n: number): string => String(n).padStart(4, '0');

function dotted(localMs: number): { date: string; inDay: number } {
  const days = Math.floor(localMs / MS_PER_DAY);
  const { year, month, day } = civilFromDays(days);
  return { date: `${pad2(day)}.${pad2(month)}.${pad4(year)}`, inDay: localMs - days * MS_PER_DAY };
}

const hhmm = (inDay: number): string => `${pad2(Math.floor(inDay / MS_PER_HOUR))}:${pad2(Math.floor((inDay % MS_PER_HOUR) / MS_PER_MINUTE))}`;

/**
 * A calendar date 'YYYY-MM-DD' as '08.07.2025'. Anything that is not a real date is returned as
 * stored: a screen shows an odd value rather than failing (documents use formatCalendarDate, which throws).
 */
export function formatDate(date: DateKey): string {
  const days = parseDateKey(date);
  return days === undefined ? date : formatDotDate(days);
}

/** An instant in a zone as '08.07.2025 14:30'. */
export function formatDateTime(instant: InstantInput, zone: string): string {
  const { date, inDay } = dotted(wallMs(instant, zone));
  return `${date} ${hhmm(inDay)}`;
}

/** An instant in a zone as '14:30'. */
export function formatTime(instant: InstantInput, zone: string): string {
  return hhmm(dotted(wallMs(instant, zone)).inDay);
}

/** An instant in a zone as '08.07.2025 14:30:05' (tables and logs; the zone goes in the column header). */
export function formatTimestamp(instant: InstantInput, zone: string): string {
  const { date, inDay } = dotted(wallMs(instant, zone));
  return `${date} ${hhmm(inDay)}:${pad2(Math.floor((inDay % MS_PER_MINUTE) / 1000))}`;
}
