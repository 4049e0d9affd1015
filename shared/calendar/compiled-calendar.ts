/**
 * A compiled, immutable working-day calendar. Besides the per-day facts (for explanations) it holds
 * three integer tables over 2000–2100 so that the deadline path is pure index arithmetic:
 * `working[i]` (0/1), `rankBefore[i]` (working days before day i) and `workingDays[r]` (day number of
 * the r-th working day). The N-th working day after day d is `workingDays[rankBefore[d + 1] + N − 1]`.
 */
import { type DateKey, dateKeyFromDays, daysFromCivil, daysFromDateKey, isWeekendDay, isoWeekday, parseDateKey, yearOfDay } from '../time/civil-date';
import { CALENDAR_NAMES, calendarData } from './calendar-data';
import { type CalendarFile, mergeCalendarFile } from './calendar-file';
import type { CalendarEntry, CalendarId, CalendarOverride, DayInfo, FactStatus, Localized, YearMeta } from './types';

/** First and last year the compiled tables cover. Outside the data years, only weekends are days off. */
export const COMPILED_FIRST_YEAR = 2000;
export const COMPILED_LAST_YEAR = 2100;

export class CalendarRangeError extends RangeError {
  override readonly name = 'CalendarRangeError';
}

export class CalendarOverrideError extends Error {
  override readonly name = 'CalendarOverrideError';
}

const NO_DATA_NOTE: Localized = {
  kk: 'Бұл жылға деректер жоқ: тек сенбі мен жексенбі демалыс күні деп есептеледі',
  ru: 'Нет данных за этот год: нерабочими считаются только суббота и воскресенье',
  en: 'No data for this year: only Saturdays and Sundays are treated as days off',
};

interface OverrideRecord {
  readonly override: CalendarOverride;
  readonly base: CalendarEntry | undefined;
}

export class CompiledCalendar {
  readonly id: CalendarId;
  readonly name: Localized;
  readonly overrides: readonly CalendarOverride[];
  /** Years with data (others fall back to weekends only and are 'estimate'). */
  readonly dataYears: readonly number[];
  /** Day number of 1 January of COMPILED_FIRST_YEAR. */
  readonly firstDay: number;
  /** Day number of 31 December of COMPILED_LAST_YEAR. */
  readonly lastDay: number;
  readonly #weekendSource: string;
  readonly #entries: ReadonlyMap<number, CalendarEntry>;
  readonly #overrides: ReadonlyMap<number, OverrideRecord>;
  readonly #years: ReadonlyMap<number, YearMeta>;
  readonly #working: Uint8Array;
  readonly #rankBefore: Int32Array;
  readonly #workingDays: Int32Array;
  readonly #estimatedYear: Uint8Array;

  /** A loaded calendar file whose years replace the shipped ones (under the overrides). */
  readonly file: CalendarFile | undefined;

  constructor(id: CalendarId, overrides: readonly CalendarOverride[] = [], file?: CalendarFile) {
    const data = file ? mergeCalendarFile(calendarData(id), file) : calendarData(id);
    this.file = file;
    this.id = id;
    this.name = CALENDAR_NAMES[id];
    this.#weekendSource = data.weekendSource;
    this.firstDay = daysFromCivil(COMPILED_FIRST_YEAR, 1, 1);
    this.lastDay = daysFromCivil(COMPILED_LAST_YEAR, 12, 31);
    this.#years = new Map(data.years.map((y) => [y.year, y]));
    this.dataYears = Object.freeze(data.years.map((y) => y.year));

    const entries = new Map<number, CalendarEntry>();
    for (const e of data.entries) entries.set(daysFromDateKey(e.date), e);
    this.#entries = entries;

    const byDay = new Map<number, OverrideRecord>();
    for (const o of overrides) {
      const day = parseDateKey(o.date);
      if (day === undefined) throw new CalendarOverrideError(`override date is not a calendar date (YYYY-MM-DD): ${o.date}`);
      if (day < this.firstDay || day > this.lastDay) {
        throw new CalendarOverrideError(`override date ${o.date} is outside ${COMPILED_FIRST_YEAR}–${COMPILED_LAST_YEAR}`);
      }
      if (typeof o.working !== 'boolean') throw new CalendarOverrideError(`override ${o.date}: working must be true or false`);
      if (typeof o.note !== 'string') throw new CalendarOverrideError(`override ${o.date}: a note is required`);
      // A later override of the same date replaces an earlier one.
      byDay.set(day, { override: Object.freeze({ date: o.date, working: o.working, note: o.note }), base: entries.get(day) });
    }
    this.#overrides = byDay;
    this.overrides = Object.freeze([...byDay.values()].map((r) => r.override));

    const length = this.lastDay - this.firstDay + 1;
    const working = new Uint8Array(length);
    const rankBefore = new Int32Array(length + 1);
    const workingDays: number[] = [];
    for (let i = 0; i < length; i++) {
      const day = this.firstDay + i;
      rankBefore[i] = workingDays.length;
      const o = byDay.get(day);
      const e = entries.get(day);
      const isWorking = o ? o.override.working : e ? e.working : !isWeekendDay(day);
      if (isWorking) {
        working[i] = 1;
        workingDays.push(day);
      }
    }
    rankBefore[length] = workingDays.length;
    this.#working = working;
    this.#rankBefore = rankBefore;
    this.#workingDays = Int32Array.from(workingDays);

    const estimated = new Uint8Array(COMPILED_LAST_YEAR - COMPILED_FIRST_YEAR + 1);
    for (let y = COMPILED_FIRST_YEAR; y <= COMPILED_LAST_YEAR; y++) {
      estimated[y - COMPILED_FIRST_YEAR] = (this.#years.get(y)?.status ?? 'estimate') === 'estimate' ? 1 : 0;
    }
    this.#estimatedYear = estimated;
    Object.freeze(this);
  }

  /** Whether a day number lies within the compiled range. */
  covers(day: number): boolean {
    return day >= this.firstDay && day <= this.lastDay;
  }

  #index(day: number): number {
    if (day < this.firstDay || day > this.lastDay) {
      throw new CalendarRangeError(`date ${dateKeyFromDays(day)} is outside the calendar range ${COMPILED_FIRST_YEAR}–${COMPILED_LAST_YEAR}`);
    }
    return day - this.firstDay;
  }

  /** Working day or not, by day number (days since 1970-01-01). */
  isWorkingDayNumber(day: number): boolean {
    return this.#working[this.#index(day)] === 1;
  }

  /** Working day or not, by 'YYYY-MM-DD'. */
  isWorkingDay(date: DateKey): boolean {
    return this.isWorkingDayNumber(daysFromDateKey(date));
  }

  /**
   * The n-th working day strictly after `day` (n ≥ 1): pure table lookup, no allocation.
   * Throws CalendarRangeError past the compiled range.
   */
  nthWorkingDayAfter(day: number, n: number): number {
    const rank = this.#rankBefore[this.#index(day + 1)]! + n - 1;
    const found = this.#workingDays[rank];
    if (found === undefined) throw new CalendarRangeError(`the term runs past ${COMPILED_LAST_YEAR}-12-31`);
    return found;
  }

  /** The first working day on or after `day` (KZ Civil Code Art. 175; RF Civil Code Art. 193). */
  firstWorkingDayOnOrAfter(day: number): number {
    const found = this.#workingDays[this.#rankBefore[this.#index(day)]!];
    if (found === undefined) throw new CalendarRangeError(`no working day before ${COMPILED_LAST_YEAR}-12-31`);
    return found;
  }

  /** What is known about a year; years without data are weekends-only estimates. */
  yearMeta(year: number): YearMeta {
    return (
      this.#years.get(year) ?? {
        year,
        status: 'estimate',
        sources: [`no ${this.id} calendar data for ${year}: weekends only (${this.#weekendSource})`],
        note: NO_DATA_NOTE,
      }
    );
  }

  yearStatus(year: number): FactStatus {
    return this.yearMeta(year).status;
  }

  /** Whether the calendar has data for a year (otherwise it counts weekends only). */
  hasDataFor(year: number): boolean {
    return this.#years.has(year);
  }

  /** The 'estimate' years a span of days touches (both ends included), in order. */
  estimatedYearsBetween(fromDay: number, toDay: number): number[] {
    const out: number[] = [];
    const last = yearOfDay(Math.max(fromDay, toDay));
    for (let y = yearOfDay(Math.min(fromDay, toDay)); y <= last; y++) {
      const inRange = y >= COMPILED_FIRST_YEAR && y <= COMPILED_LAST_YEAR;
      if (!inRange || this.#estimatedYear[y - COMPILED_FIRST_YEAR] === 1) out.push(y);
    }
    return out;
  }

  #baseInfo(day: number, entry: CalendarEntry | undefined): Omit<DayInfo, 'overridden' | 'note'> {
    const date = dateKeyFromDays(day);
    const weekday = isoWeekday(day);
    const yearStatus = this.yearStatus(yearOfDay(day));
    if (!entry) {
      return {
        date,
        weekday,
        working: !isWeekendDay(day),
        kind: isWeekendDay(day) ? 'weekend' : 'working-day',
        source: this.#weekendSource,
        status: 'law',
        yearStatus,
      };
    }
    return {
      date,
      weekday,
      working: entry.working,
      kind: entry.kind,
      name: entry.name,
      ...(entry.movedFrom === undefined ? {} : { movedFrom: entry.movedFrom }),
      ...(entry.movedTo === undefined ? {} : { movedTo: entry.movedTo }),
      source: entry.source,
      status: entry.status,
      yearStatus,
    };
  }

  /** Everything known about a day number: working or not, why, the source and how firmly it is known. */
  dayInfoByNumber(day: number): DayInfo {
    this.#index(day);
    const entry = this.#entries.get(day);
    const base = this.#baseInfo(day, entry);
    const record = this.#overrides.get(day);
    if (!record) return base;
    const { date, weekday, yearStatus, ...before } = base;
    const working = record.override.working;
    return {
      date,
      weekday,
      working,
      kind: working ? 'override-working-day' : 'override-day-off',
      source: 'DPO override',
      status: 'override',
      yearStatus,
      note: record.override.note,
      overridden: before,
    };
  }

  /** Everything known about a day ('YYYY-MM-DD'). */
  dayInfo(date: DateKey): DayInfo {
    return this.dayInfoByNumber(daysFromDateKey(date));
  }

  /**
   * The year's notable days, in date order: non-working weekdays, holidays on weekends, working weekend
   * days, former days off and every DPO override. Empty for a year without data (weekends only).
   */
  yearDays(year: number): DayInfo[] {
    if (year < COMPILED_FIRST_YEAR || year > COMPILED_LAST_YEAR) {
      throw new CalendarRangeError(`year ${year} is outside ${COMPILED_FIRST_YEAR}–${COMPILED_LAST_YEAR}`);
    }
    const from = daysFromCivil(year, 1, 1);
    const to = daysFromCivil(year, 12, 31);
    const days = new Set<number>();
    for (const d of this.#entries.keys()) if (d >= from && d <= to) days.add(d);
    for (const d of this.#overrides.keys()) if (d >= from && d <= to) days.add(d);
    return [...days].sort((a, b) => a - b).map((d) => this.dayInfoByNumber(d));
  }
}

const compiled = new Map<CalendarId, CompiledCalendar>();

/**
 * The compiled calendar for 'kz' or 'ru', with a loaded calendar file's years in place of the shipped
 * ones and the DPO's overrides applied on top (a later override of the same date wins). Calendars
 * without overrides or a file are compiled once and shared.
 */
export function buildCalendar(id: CalendarId, overrides: readonly CalendarOverride[] = [], file?: CalendarFile): CompiledCalendar {
  if (overrides.length > 0 || file) return new CompiledCalendar(id, overrides, file);
  let calendar = compiled.get(id);
  if (!calendar) {
    calendar = new CompiledCalendar(id);
    compiled.set(id, calendar);
  }
  return calendar;
}
