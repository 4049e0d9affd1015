/**
 * Reporting periods of the overview: a month, a quarter or a year, as local dates in the
 * organisation's zone, with the UTC instants that bound them ([start, end)).
 */
import { daysFromCivil, type DateKey } from '../time/civil-date';
import type { TimeZone } from '../time/zone';

export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  readonly kind: PeriodKind;
  readonly year: number;
  /** 1–12 for a month, 1–4 for a quarter, 1 for a year. */
  readonly index: number;
}

export interface PeriodBounds {
  /** First local day, inclusive. */
  readonly from: DateKey;
  /** Local day after the last, exclusive. */
  readonly to: DateKey;
  readonly startAt: string;
  readonly endAt: string;
}

const key = (year: number, month: number): DateKey => `${year}-${String(month).padStart(2, '0')}-01`;

export function periodBounds(period: Period, zone: TimeZone): PeriodBounds {
  const months = period.kind === 'month' ? 1 : period.kind === 'quarter' ? 3 : 12;
  const firstMonth = period.kind === 'month' ? period.index : period.kind === 'quarter' ? (period.index - 1) * 3 + 1 : 1;
  const endMonth = firstMonth + months;
  const from = key(period.year, firstMonth);
  const to = endMonth > 12 ? key(period.year + 1, endMonth - 12) : key(period.year, endMonth);
  const instant = (year: number, month: number): string => new Date(zone.utcFromLocal(daysFromCivil(year, month, 1) * 86_400_000)).toISOString();
  const endYear = endMonth > 12 ? period.year + 1 : period.year;
  return { from, to, startAt: instant(period.year, firstMonth), endAt: instant(endYear, endMonth > 12 ? endMonth - 12 : endMonth) };
}
