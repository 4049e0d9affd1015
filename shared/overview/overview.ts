/**
 * The overview of a reporting period (issue 13 item 6), as a pure function of the records: requests
 * received in the period by type and by channel; their obligations answered in time or late (and those
 * still open past their due time); the average and longest time from receipt to reply; refusals by
 * ground; and, as of now, the open obligations by due bucket.
 */
import { CHANNELS, type ActionRecordOf, type CaseRecord, type Channel, type ObligationRecord } from '../cases/model';
import { DUE_BUCKETS, type DueBucket } from '../cases/buckets';
import { REQUEST_TYPES, type RequestType } from '../rules/request-types';

export interface OverviewInput {
  /** Cases received in the period. */
  readonly cases: readonly Pick<CaseRecord, 'id' | 'receivedAt' | 'requestTypes' | 'channel' | 'replyAt'>[];
  /** The obligations of those cases. */
  readonly obligations: readonly Pick<ObligationRecord, 'caseId' | 'status' | 'dueAt' | 'completedAt'>[];
  /** Refusals recorded on those cases. */
  readonly refusals: readonly Pick<ActionRecordOf<'refuse'>, 'caseId' | 'data'>[];
  /** Every open obligation today, with its due bucket (the workload as of now, whatever the period). */
  readonly openBuckets: readonly DueBucket[];
  /** The instant the figures are taken at: an open obligation due before it is late. */
  readonly now: string;
}

export interface Overview {
  readonly received: number;
  readonly byType: Readonly<Record<RequestType, number>>;
  readonly byChannel: Readonly<Record<Channel, number>>;
  readonly answeredInTime: number;
  readonly answeredLate: number;
  /** Still open, past their due time. */
  readonly overdueOpen: number;
  /** Still open, not yet due. */
  readonly pending: number;
  readonly replied: number;
  /** Receipt → reply, in hours (undefined without a reply). */
  readonly averageReplyHours: number | undefined;
  readonly longestReplyHours: number | undefined;
  /** Refusals by ground id, most frequent first. */
  readonly refusalsByGround: readonly { readonly ground: string; readonly count: number }[];
  readonly refusals: number;
  readonly openByBucket: Readonly<Record<DueBucket, number>>;
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function computeOverview(input: OverviewInput): Overview {
  const byType = zeros(REQUEST_TYPES);
  const byChannel = zeros(CHANNELS);
  let replied = 0;
  let totalMs = 0;
  let longestMs: number | undefined;
  for (const row of input.cases) {
    for (const type of row.requestTypes) byType[type] += 1;
    byChannel[row.channel] += 1;
    if (row.replyAt) {
      const ms = Date.parse(row.replyAt) - Date.parse(row.receivedAt);
      replied += 1;
      totalMs += ms;
      longestMs = longestMs === undefined ? ms : Math.max(longestMs, ms);
    }
  }
  let answeredInTime = 0;
  let answeredLate = 0;
  let overdueOpen = 0;
  let pending = 0;
  for (const o of input.obligations) {
    if (o.status === 'done') {
      if (o.completedAt !== undefined && o.completedAt > o.dueAt) answeredLate += 1;
      else answeredInTime += 1;
    } else if (o.status === 'open') {
      if (o.dueAt <= input.now) overdueOpen += 1;
      else pending += 1;
    }
  }
  const grounds = new Map<string, number>();
  for (const refusal of input.refusals) for (const ground of refusal.data.grounds) grounds.set(ground, (grounds.get(ground) ?? 0) + 1);
  const openByBucket = zeros(DUE_BUCKETS);
  for (const bucket of input.openBuckets) openByBucket[bucket] += 1;
  const hours = (ms: number): number => ms / 3_600_000;
  return {
    received: input.cases.length,
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
    refusals: input.refusals.length,
    openByBucket,
  };
}
