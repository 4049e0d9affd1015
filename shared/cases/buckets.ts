/**
 * Dashboard buckets of open obligations, on the organisation's calendar and zone: overdue, due today
 * (until its due instant — a deadline at close of business is still "today" at 17:59 that day), due
 * within the next three working days, later. Counting uses the local date, never UTC calendar days.
 */
import type { CompiledCalendar } from '../calendar/compiled-calendar';
import { MS_PER_DAY } from '../time/civil-date';
import type { TimeZone } from '../time/zone';

export const DUE_BUCKETS = ['overdue', 'today', 'next-3-working-days', 'later'] as const;
export type DueBucket = (typeof DUE_BUCKETS)[number];

/** Day number (days since 1970-01-01) of an instant's local date in the zone. */
export const localDay = (ms: number, zone: TimeZone): number => Math.floor((ms + zone.offsetMsAt(ms)) / MS_PER_DAY);

export interface BucketClock {
  readonly nowMs: number;
  readonly today: number;
  /** Last local day (inclusive) of the next-three-working-days bucket. */
  readonly horizon: number;
}

export function bucketClock(now: Date, calendar: CompiledCalendar, zone: TimeZone): BucketClock {
  const nowMs = now.getTime();
  const today = localDay(nowMs, zone);
  return { nowMs, today, horizon: calendar.nthWorkingDayAfter(today, 3) };
}

export function dueBucket(dueAt: string, clock: BucketClock, zone: TimeZone): DueBucket {
  const dueMs = Date.parse(dueAt);
  if (dueMs < clock.nowMs) return 'overdue';
  const day = localDay(dueMs, zone);
  if (day <= clock.today) return 'today';
  return day <= clock.horizon ? 'next-3-working-days' : 'later';
}

/** The ISO instant bounds of each bucket, for index range queries ([status+dueAt]). */
export function bucketBounds(clock: BucketClock, zone: TimeZone): Readonly<Record<DueBucket, readonly [string, string]>> {
  // The first instant of a local day (its midnight, or the end of a transition that skipped it): the instant
  // from which localDay() names that day, so a range bound and dueBucket agree at every edge.
  const startOf = (day: number): number => zone.utcFromLocal(day * MS_PER_DAY);
  const now = new Date(clock.nowMs).toISOString();
  const tomorrow = new Date(startOf(clock.today + 1)).toISOString();
  const afterHorizon = new Date(startOf(clock.horizon + 1)).toISOString();
  return {
    overdue: ['', now],
    today: [now, tomorrow],
    'next-3-working-days': [tomorrow, afterHorizon],
    later: [afterHorizon, '\uffff'],
  };
}
