/**
 * Proleptic Gregorian calendar arithmetic on integer day numbers (days since 1970-01-01), so the
 * deadline path never parses strings or allocates Date objects. Algorithms: H. Hinnant,
 * "chrono-Compatible Low-Level Date Algorithms" (days_from_civil / civil_from_days).
 */

/** A calendar date as 'YYYY-MM-DD' (ISO 8601 extended, no time, no zone). */
export type DateKey = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

/** Day number (days since 1970-01-01) of a proleptic Gregorian date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The calendar date of a day number. */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The year of a day number (no object allocated). */
export function yearOfDay(days: number): number {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp >= 10 ? 1 : 0);
}

/** ISO weekday of a day number (1970-01-01 was a Thursday). */
export function isoWeekday(days: number): IsoWeekday {
  return (((((days + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** Saturday or Sunday: the weekly rest days of a five-day week (KZ Labour Code Art. 84; RF Labour Code Art. 111). */
export function isWeekendDay(days: number): boolean {
  return isoWeekday(days) >= 6;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The day that is `months` months after `days`, on the same day of the month or, when the last month has
 * no such day, on its last day (KZ Civil Code Art. 174; RF Civil Code Art. 192 p.3).
 */
export function addMonths(days: number, months: number): number {
  const { year, month, day } = civilFromDays(days);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return daysFromCivil(y, m, Math.min(day, daysInMonth(y, m)));
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

const pad4 = (n: number): string => String(n).padStart(4, '0');

/** 'YYYY-MM-DD' of a day number. */
export function dateKeyFromDays(days: number): DateKey {
  const { year, month, day } = civilFromDays(days);
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/** 'dd.mm.yyyy' of a day number — the form used in Kazakh and Russian documents. */
export function formatDotDate(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${pad2(day)}.${pad2(month)}.${pad4(year)}`;
}

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a strict 'YYYY-MM-DD' key, or undefined when it is not a real date. */
export function parseDateKey(key: string): number | undefined {
  const match = DATE_KEY.exec(key);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return daysFromCivil(year, month, day);
}

/** Day number of a 'YYYY-MM-DD' key; throws a RangeError naming the bad key. */
export function daysFromDateKey(key: string): number {
  const days = parseDateKey(key);
  if (days === undefined) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${key}`);
  return days;
}

export { pad2 };
