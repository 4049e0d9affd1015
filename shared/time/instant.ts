/**
 * Instants: strict parsing of ISO 8601 strings that carry their own offset, and formatting of an
 * instant as UTC ('…Z') or as wall time in a zone ('…+05:00').
 */
import { MS_PER_DAY, MS_PER_MINUTE, daysInMonth, pad2, type DateKey, dateKeyFromDays } from './civil-date';
import type { TimeZone } from './zone';

/** A RangeError, as the formatting helpers threw before they parsed strictly. */
export class InstantParseError extends RangeError {
  override readonly name = 'InstantParseError';
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}:?\d{2})$/;

/**
 * Epoch milliseconds of an instant. Strings must be ISO 8601 with a time and an explicit offset or Z
 * (e.g. '2025-03-07T16:40:00+05:00'): a wall time without a zone does not name an instant.
 */
export function parseInstant(input: Date | string): number {
  if (input instanceof Date) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) throw new InstantParseError('invalid Date');
    return ms;
  }
  const match = ISO_INSTANT.exec(input.trim());
  if (!match) {
    throw new InstantParseError(`not an ISO 8601 instant with an offset or Z (e.g. 2025-03-07T16:40:00+05:00): ${JSON.stringify(input)}`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  const millis = match[7] === undefined ? 0 : Math.floor(Number(`0.${match[7]}`) * 1000);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new InstantParseError(`no such date: ${JSON.stringify(input)}`);
  }
  if (hour > 23 || minute > 59 || second > 59) throw new InstantParseError(`no such time of day: ${JSON.stringify(input)}`);
  const zone = match[8]!;
  let offsetMinutes = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2, 4));
    if (oh > 18 || om > 59) throw new InstantParseError(`no such UTC offset: ${JSON.stringify(input)}`);
    offsetMinutes = sign * (oh * 60 + om);
  }
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * MS_PER_MINUTE;
}

/** '2025-03-11T13:00:00.000Z'. */
export function formatUtcIso(utcMs: number): string {
  return new Date(utcMs).toISOString();
}

/** Wall-clock reading of an instant in a zone. */
export interface LocalStamp {
  /** Day number (days since 1970-01-01) of the local date. */
  readonly days: number;
  readonly date: DateKey;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly offsetMinutes: number;
}

export function localStamp(utcMs: number, zone: TimeZone): LocalStamp {
  const offset = zone.offsetMsAt(utcMs);
  const local = utcMs + offset;
  const days = Math.floor(local / MS_PER_DAY);
  const inDay = local - days * MS_PER_DAY;
  return {
    days,
    date: dateKeyFromDays(days),
    hour: Math.floor(inDay / 3_600_000),
    minute: Math.floor((inDay % 3_600_000) / MS_PER_MINUTE),
    second: Math.floor((inDay % MS_PER_MINUTE) / 1000),
    offsetMinutes: Math.round(offset / MS_PER_MINUTE),
  };
}

/** '+05:00' for 300 minutes. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** '2025-03-11T18:00:00+05:00': the instant as wall time in the zone, with that zone's offset. */
export function formatLocalIso(utcMs: number, zone: TimeZone): string {
  const s = localStamp(utcMs, zone);
  return `${s.date}T${pad2(s.hour)}:${pad2(s.minute)}:${pad2(s.second)}${formatOffset(s.offsetMinutes)}`;
}

/** 'HH:MM' of a stamp. */
export function formatClock(stamp: Pick<LocalStamp, 'hour' | 'minute'>): string {
  return `${pad2(stamp.hour)}:${pad2(stamp.minute)}`;
}
