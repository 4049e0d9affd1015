/**
 * Time zones as offset functions over epoch milliseconds. Zones listed in zone-table.ts use that
 * explicit table and never touch Intl for instants the table covers; any other IANA zone (and
 * instants before a table starts) is read from Intl, with the transitions of each year computed once
 * and cached.
 */
import { MS_PER_DAY, MS_PER_MINUTE, daysFromCivil, yearOfDay } from './civil-date';
import { ZONE_TABLES, type ZoneSegment } from './zone-table';

export interface TimeZone {
  /** IANA name, e.g. 'Asia/Almaty'. */
  readonly id: string;
  /** Where the offsets come from. */
  readonly basis: 'table' | 'intl';
  /** Offset east of UTC (ms) in force at a UTC instant. */
  offsetMsAt(utcMs: number): number;
  /**
   * The UTC instant at which the wall clock shows `localMs` (a wall time encoded as if it were UTC).
   * A wall time skipped by a transition maps to the instant one offset-difference later; a repeated
   * wall time maps to its first occurrence.
   */
  utcFromLocal(localMs: number): number;
  /** The source of the offset in force at an instant (for traces and audits). */
  sourceAt(utcMs: number): string;
}

/** A RangeError, as Intl throws for an unknown zone. */
export class InvalidZoneError extends RangeError {
  override readonly name = 'InvalidZoneError';
}

function utcFromLocalWith(zone: Pick<TimeZone, 'offsetMsAt'>, localMs: number): number {
  // Assumes at most one transition within a day either side, true of every real zone.
  const early = zone.offsetMsAt(localMs - MS_PER_DAY);
  const late = zone.offsetMsAt(localMs + MS_PER_DAY);
  const a = localMs - early;
  const b = localMs - late;
  const aValid = zone.offsetMsAt(a) === early;
  const bValid = zone.offsetMsAt(b) === late;
  if (aValid && bValid) return Math.min(a, b);
  if (bValid) return b;
  return a;
}

/** Offsets read from the runtime's Intl (ICU) data, one year of transitions at a time. */
class IntlZone implements TimeZone {
  readonly basis = 'intl' as const;
  readonly #format: Intl.DateTimeFormat;
  readonly #years = new Map<number, { at: Float64Array; offset: Float64Array }>();

  constructor(readonly id: string) {
    this.#format = new Intl.DateTimeFormat('en-US', {
      timeZone: id,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** Offset from a single Intl formatting call (slow; used only to build the yearly tables). */
  #probe(utcMs: number): number {
    const parts = this.#format.formatToParts(utcMs);
    const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    const floored = utcMs - (((utcMs % 1000) + 1000) % 1000);
    return Math.round((wall - floored) / MS_PER_MINUTE) * MS_PER_MINUTE;
  }

  #year(year: number): { at: Float64Array; offset: Float64Array } {
    const cached = this.#years.get(year);
    if (cached) return cached;
    const start = daysFromCivil(year, 1, 1) * MS_PER_DAY - MS_PER_DAY;
    const end = daysFromCivil(year + 1, 1, 1) * MS_PER_DAY + MS_PER_DAY;
    const at: number[] = [start];
    const offset: number[] = [this.#probe(start)];
    let previous = offset[0]!;
    for (let t = start + MS_PER_DAY / 4; t <= end; t += MS_PER_DAY / 4) {
      const current = this.#probe(t);
      if (current !== previous) {
        let lo = t - MS_PER_DAY / 4;
        let hi = t;
        while (hi - lo > MS_PER_MINUTE) {
          const mid = Math.floor((lo + hi) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
          if (mid <= lo) break;
          if (this.#probe(mid) === previous) lo = mid;
          else hi = mid;
        }
        at.push(hi);
        offset.push(current);
        previous = current;
      }
    }
    const table = { at: Float64Array.from(at), offset: Float64Array.from(offset) };
    this.#years.set(year, table);
    return table;
  }

  offsetMsAt(utcMs: number): number {
    const { at, offset } = this.#year(yearOfDay(Math.floor(utcMs / MS_PER_DAY)));
    for (let i = at.length - 1; i > 0; i--) if (utcMs >= at[i]!) return offset[i]!;
    return offset[0]!;
  }

  utcFromLocal(localMs: number): number {
    return utcFromLocalWith(this, localMs);
  }

  sourceAt(): string {
    return `runtime Intl/ICU time-zone data for ${this.id}`;
  }
}

/** Offsets from the explicit table in zone-table.ts; Intl (made on first need) before the table's first segment. */
class TableZone implements TimeZone {
  readonly basis = 'table' as const;
  readonly #from: Float64Array;
  readonly #offset: Float64Array;
  readonly #sources: readonly string[];
  #fallback: IntlZone | undefined;

  constructor(
    readonly id: string,
    segments: readonly ZoneSegment[],
  ) {
    this.#from = Float64Array.from(segments.map((s) => (s.fromUtc === null ? -Infinity : Date.parse(s.fromUtc))));
    this.#offset = Float64Array.from(segments.map((s) => s.offsetMinutes * MS_PER_MINUTE));
    this.#sources = segments.map((s) => s.source);
  }

  #intl(): IntlZone {
    this.#fallback ??= new IntlZone(this.id);
    return this.#fallback;
  }

  offsetMsAt(utcMs: number): number {
    const from = this.#from;
    for (let i = from.length - 1; i >= 0; i--) if (utcMs >= from[i]!) return this.#offset[i]!;
    return this.#intl().offsetMsAt(utcMs);
  }

  utcFromLocal(localMs: number): number {
    return utcFromLocalWith(this, localMs);
  }

  sourceAt(utcMs: number): string {
    const from = this.#from;
    for (let i = from.length - 1; i >= 0; i--) if (utcMs >= from[i]!) return this.#sources[i]!;
    return this.#intl().sourceAt();
  }
}

const zones = new Map<string, TimeZone>();

/** Whether the runtime knows an IANA zone name. */
export function isKnownZone(id: string): boolean {
  if (ZONE_TABLES.some((t) => t.zone === id)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: id });
    return true;
  } catch {
    return false;
  }
}

/** The zone for an IANA name (cached). Throws InvalidZoneError for unknown names. */
export function getTimeZone(id: string): TimeZone {
  const cached = zones.get(id);
  if (cached) return cached;
  if (!isKnownZone(id)) throw new InvalidZoneError(`unknown time zone: ${id}`);
  const table = ZONE_TABLES.find((t) => t.zone === id);
  const zone: TimeZone = table ? new TableZone(id, table.segments) : new IntlZone(id);
  zones.set(id, zone);
  return zone;
}

/** The runtime's own (Intl) view of a zone, bypassing the explicit table — used to cross-check it. */
export function getIntlTimeZone(id: string): TimeZone {
  if (!isKnownZone(id)) throw new InvalidZoneError(`unknown time zone: ${id}`);
  return new IntlZone(id);
}
