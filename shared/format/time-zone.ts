/**
 * Wall-clock parts of an instant in an IANA zone, read through Intl (the same code runs in Node and in
 * the renderer). Asia/Almaty is UTC+5 since 1 March 2024 (it was UTC+6 before); the offset is taken from
 * the ICU time-zone data, never assumed.
 */
export interface ZonedParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** '+05:00', '-03:30', '+00:00' */
  readonly offset: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    });
    formatters.set(timeZone, f);
  }
  return f;
};

/** 'GMT+05:00' → '+05:00'; 'GMT' → '+00:00'. */
const normaliseOffset = (gmt: string): string => {
  const m = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(gmt);
  if (m === null) return '+00:00';
  return `${m[1]}${(m[2] ?? '0').padStart(2, '0')}:${m[3] ?? '00'}`;
};

/** Parses an ISO instant ('2025-07-08T09:30:00Z', with an offset or Z). Throws RangeError on garbage. */
export const parseInstant = (instant: string): Date => {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not an ISO instant: ${instant}`);
  return d;
};

export const zonedParts = (instant: string | Date, timeZone: string): ZonedParts => {
  const date = typeof instant === 'string' ? parseInstant(instant) : instant;
  const parts = formatterFor(timeZone).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
    offset: normaliseOffset(get('timeZoneName')),
  };
};

/** Calendar date (YYYY-MM-DD) of an instant in a zone. */
export const zonedDate = (instant: string | Date, timeZone: string): string => {
  const p = zonedParts(instant, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
};

/** Compact numeric timestamp for tables and logs: '08.07.2025 14:30:05' (zone given in the column header). */
export const formatNumericTimestamp = (instant: string | Date, timeZone: string): string => {
  const p = zonedParts(instant, timeZone);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(p.day)}.${two(p.month)}.${p.year} ${two(p.hour)}:${two(p.minute)}:${two(p.second)}`;
};
