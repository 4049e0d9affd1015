/**
 * The destruction queue: relationships whose storage term has ended (overdue), ends this month or next month,
 * grouped by activity and information system. A subject with an open request, or with a relationship still in
 * force (an unfulfilled obligation, e.g. an outstanding microloan — Law 94-V Art. 8 p.2), is held back with the
 * reason.
 */
import { addMonths, dateKeyFromDays, parseDateKey } from '../time/civil-date';
import type { RelationshipRecord } from './relationship';

export const QUEUE_BUCKETS = ['overdue', 'this-month', 'next-month'] as const;
export type QueueBucket = (typeof QUEUE_BUCKETS)[number];

export type HoldReason = { readonly kind: 'open-request'; readonly caseNumber: string } | { readonly kind: 'open-contract'; readonly contractNo: string };

export interface QueueEntry {
  readonly relationship: RelationshipRecord;
  readonly bucket: QueueBucket;
  readonly holds: readonly HoldReason[];
}

export interface QueueGroup {
  readonly bucket: QueueBucket;
  readonly activityId: string;
  readonly system: string;
  readonly entries: readonly QueueEntry[];
}

/** The last day of the month after `today`'s (YYYY-MM-DD): the queue reads up to it. */
export const queueHorizon = (today: string): string => {
  const days = parseDateKey(today);
  if (days === undefined) throw new RangeError(`not a calendar date: ${today}`);
  const firstOfMonth = days - (Number(today.slice(8, 10)) - 1);
  return dateKeyFromDays(addMonths(firstOfMonth, 2) - 1);
};

export const bucketOf = (destroyOn: string, today: string): QueueBucket | undefined => {
  if (destroyOn === '') return undefined;
  if (destroyOn <= today) return 'overdue';
  if (destroyOn.slice(0, 7) === today.slice(0, 7)) return 'this-month';
  return destroyOn <= queueHorizon(today) ? 'next-month' : undefined;
};

export interface QueueFacts {
  /** Open cases by subject IIN (their numbers). */
  readonly openCases: ReadonlyMap<string, readonly string[]>;
  /** Kept relationships still in force (no end) by subject IIN. */
  readonly openContracts: ReadonlyMap<string, readonly string[]>;
}

/** Groups the due relationships (any order in) by bucket, activity and system; holds per subject. */
export const destructionQueue = (due: readonly RelationshipRecord[], today: string, facts: QueueFacts): QueueGroup[] => {
  const groups = new Map<string, { bucket: QueueBucket; activityId: string; system: string; entries: QueueEntry[] }>();
  for (const relationship of due) {
    if (relationship.status !== 'kept') continue;
    const bucket = bucketOf(relationship.destroyOn, today);
    if (bucket === undefined) continue;
    const holds: HoldReason[] = [
      ...(facts.openCases.get(relationship.subjectIin) ?? []).map((caseNumber) => ({ kind: 'open-request' as const, caseNumber })),
      ...(facts.openContracts.get(relationship.subjectIin) ?? [])
        .filter((contractNo) => contractNo !== relationship.contractNo)
        .map((contractNo) => ({ kind: 'open-contract' as const, contractNo })),
    ];
    const key = `${bucket}\u0000${relationship.activityId}\u0000${relationship.system}`;
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { bucket, activityId: relationship.activityId, system: relationship.system, entries: [] }));
    group.entries.push({ relationship, bucket, holds });
  }
  const order = (b: QueueBucket) => QUEUE_BUCKETS.indexOf(b);
  return [...groups.values()].sort((a, b) => order(a.bucket) - order(b.bucket) || a.activityId.localeCompare(b.activityId) || a.system.localeCompare(b.system));
};
