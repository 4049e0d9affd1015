/**
 * The overview's figures kept by month (issue 13 item 6, at 100 000 cases): each case reduced to its
 * facts (what it adds to the figures of the month it was received in), the facts of a month summed
 * into its totals, and the totals of a period's months turned into the same Overview that
 * computeOverview (overview.ts, the reference) makes of the raw records. Every sum is of integers
 * (milliseconds, counts), so the order of summing cannot change a figure.
 *
 * A month is the local month of the receipt instant in the organisation's zone, bounded exactly as
 * periodBounds bounds a period ([start, end) instants), so a period's cases are its months' cases.
 */
import { CHANNELS, type ActionRecordOf, type CaseRecord, type Channel, type ObligationRecord } from '../cases/model';
import { DUE_BUCKETS, type DueBucket } from '../cases/buckets';
import { REQUEST_TYPES, type RequestType } from '../rules/request-types';
import type { TimeZone } from '../time/zone';
import type { Overview } from './overview';
import { periodBounds, type Period } from './period';

/** `YYYY-MM`: a local month of the organisation's zone. */
export type MonthKey = `${number}-${number}`;

export const monthKey = (year: number, month: number): MonthKey => `${year}-${String(month).padStart(2, '0')}` as MonthKey;

/** The months a period covers, first to last. */
export function monthsOf(period: Period): MonthKey[] {
  const count = period.kind === 'month' ? 1 : period.kind === 'quarter' ? 3 : 12;
  const first = period.kind === 'month' ? period.index : period.kind === 'quarter' ? (period.index - 1) * 3 + 1 : 1;
  return Array.from({ length: count }, (_, i) => monthKey(period.year, first + i));
}

/** The month whose bounds (periodBounds) hold the instant. */
export function monthOfInstant(at: string, zone: TimeZone): MonthKey {
  const ms = Date.parse(at);
  const local = new Date(ms + zone.offsetMsAt(ms));
  let year = local.getUTCFullYear();
  let month = local.getUTCMonth() + 1;
  // The offset read at the instant names the month; the bounds decide at an edge (a transition at midnight).
  for (let guard = 0; guard < 2; guard++) {
    const bounds = periodBounds({ kind: 'month', year, index: month }, zone);
    if (at < bounds.startAt) [year, month] = month === 1 ? [year - 1, 12] : [year, month - 1];
    else if (at >= bounds.endAt) [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
    else break;
  }
  return monthKey(year, month);
}

/** What one case adds to the figures of its month. */
export interface CaseFacts {
  readonly caseId: string;
  readonly month: MonthKey;
  readonly requestTypes: readonly RequestType[];
  readonly channel: Channel;
  /** Receipt → reply in milliseconds, when replied. */
  readonly replyMs?: number | undefined;
  readonly answeredInTime: number;
  readonly answeredLate: number;
  /** Due instants of its open obligations (overdue or pending is decided at read time). */
  readonly openDue: readonly string[];
  /** The grounds of its refusals, one entry per ground of each refusal. */
  readonly refusalGrounds: readonly string[];
  readonly refusals: number;
}

export function caseFacts(
  record: Pick<CaseRecord, 'id' | 'receivedAt' | 'requestTypes' | 'channel' | 'replyAt'>,
  obligations: readonly Pick<ObligationRecord, 'status' | 'dueAt' | 'completedAt'>[],
  refusals: readonly Pick<ActionRecordOf<'refuse'>, 'data'>[],
  zone: TimeZone,
): CaseFacts {
  let answeredInTime = 0;
  let answeredLate = 0;
  const openDue: string[] = [];
  for (const o of obligations) {
    if (o.status === 'done') {
      if (o.completedAt !== undefined && o.completedAt > o.dueAt) answeredLate += 1;
      else answeredInTime += 1;
    } else if (o.status === 'open') openDue.push(o.dueAt);
  }
  return {
    caseId: record.id,
    month: monthOfInstant(record.receivedAt, zone),
    requestTypes: [...record.requestTypes],
    channel: record.channel,
    ...(record.replyAt ? { replyMs: Date.parse(record.replyAt) - Date.parse(record.receivedAt) } : {}),
    answeredInTime,
    answeredLate,
    openDue: openDue.sort(),
    refusalGrounds: refusals.flatMap((r) => r.data.grounds),
    refusals: refusals.length,
  };
}

/** The sums of a month's facts. */
export interface MonthTotals {
  readonly month: MonthKey;
  readonly received: number;
  readonly byType: Readonly<Record<RequestType, number>>;
  readonly byChannel: Readonly<Record<Channel, number>>;
  readonly replied: number;
  readonly replyMsSum: number;
  /** Undefined when nothing of the month was replied to. */
  readonly replyMsMax?: number | undefined;
  readonly answeredInTime: number;
  readonly answeredLate: number;
  /** Due instants of the month's open obligations, ascending. */
  readonly openDue: readonly string[];
  readonly refusalsByGround: Readonly<Record<string, number>>;
  readonly refusals: number;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function monthTotals(month: MonthKey, facts: readonly CaseFacts[]): MonthTotals {
  const byType = zeros(REQUEST_TYPES);
  const byChannel = zeros(CHANNELS);
  const grounds = new Map<string, number>();
  const openDue: string[] = [];
  let replied = 0;
  let replyMsSum = 0;
  let replyMsMax: number | undefined;
  let answeredInTime = 0;
  let answeredLate = 0;
  let refusals = 0;
  for (const f of facts) {
    for (const type of f.requestTypes) byType[type] += 1;
    byChannel[f.channel] += 1;
    if (f.replyMs !== undefined) {
      replied += 1;
      replyMsSum += f.replyMs;
      replyMsMax = replyMsMax === undefined ? f.replyMs : Math.max(replyMsMax, f.replyMs);
    }
    answeredInTime += f.answeredInTime;
    answeredLate += f.answeredLate;
    openDue.push(...f.openDue);
    for (const g of f.refusalGrounds) grounds.set(g, (grounds.get(g) ?? 0) + 1);
    refusals += f.refusals;
  }
  return {
    month,
    received: facts.length,
    byType,
    byChannel,
    replied,
    replyMsSum,
    ...(replyMsMax === undefined ? {} : { replyMsMax }),
    answeredInTime,
    answeredLate,
    openDue: openDue.sort(),
    refusalsByGround: Object.fromEntries(grounds),
    refusals,
  };
}

/** Open obligations due at or before `now` in an ascending list (binary search). */
function dueByNow(sorted: readonly string[], now: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= now) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The Overview of a period from its months' totals (months without a row received nothing). */
export function overviewFromMonths(months: readonly MonthTotals[], now: string, openByBucket: Readonly<Record<DueBucket, number>>): Overview {
  const byType = zeros(REQUEST_TYPES);
  const byChannel = zeros(CHANNELS);
  const grounds = new Map<string, number>();
  let received = 0;
  let replied = 0;
  let totalMs = 0;
  let longestMs: number | undefined;
  let answeredInTime = 0;
  let answeredLate = 0;
  let overdueOpen = 0;
  let pending = 0;
  let refusals = 0;
  for (const m of months) {
    received += m.received;
    for (const type of REQUEST_TYPES) byType[type] += m.byType[type] ?? 0;
    for (const channel of CHANNELS) byChannel[channel] += m.byChannel[channel] ?? 0;
    replied += m.replied;
    totalMs += m.replyMsSum;
    if (m.replyMsMax !== undefined) longestMs = longestMs === undefined ? m.replyMsMax : Math.max(longestMs, m.replyMsMax);
    answeredInTime += m.answeredInTime;
    answeredLate += m.answeredLate;
    const due = dueByNow(m.openDue, now);
    overdueOpen += due;
    pending += m.openDue.length - due;
    for (const [ground, count] of Object.entries(m.refusalsByGround)) grounds.set(ground, (grounds.get(ground) ?? 0) + count);
    refusals += m.refusals;
  }
  const hours = (ms: number): number => ms / 3_600_000;
  return {
    received,
    byType,
    byChannel,
    answeredInTime,
    answeredLate,
    overdueOpen,
    pending,
    replied,
    averageReplyHours: replied > 0 ? hours(totalMs / replied) : undefined,
    longestReplyHours: longestMs === undefined ? undefined : hours(longestMs),
    refusalsByGround: [...grounds].map(([ground, count]) => ({ ground, count })).sort((a, b) => b.count - a.count || (a.ground < b.ground ? -1 : 1)),
    refusals,
    openByBucket: { ...zeros(DUE_BUCKETS), ...openByBucket },
  };
}
