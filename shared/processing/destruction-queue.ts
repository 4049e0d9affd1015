/**
 * The destruction queue: relationships whose storage term has ended (overdue), ends this month or next month,
 * grouped by bucket, activity and information system (each group counted, its rows read a page at a time). A subject with an open request, or with a relationship still in
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

/** One group of the queue as the screen lists it: its rows are counted, not read. */
export interface QueueGroupKey {
  readonly bucket: QueueBucket;
  readonly activityId: string;
  readonly system: string;
}

export interface QueueGroupCount extends QueueGroupKey {
  /** Kept relationships of the activity and system whose destruction day falls in the bucket. */
  readonly count: number;
}

/** Where a page of a group ends: the next page starts after this (destruction day, id). */
export interface QueueCursor {
  readonly destroyOn: string;
  readonly id: string;
}

export interface QueuePage {
  readonly entries: readonly QueueEntry[];
  /** Present when rows follow this page. */
  readonly next?: QueueCursor | undefined;
}

/** Rows of a group shown (and read) at a time. */
export const QUEUE_PAGE_SIZE = 50;

export const groupKeyOf = (g: QueueGroupKey): string => `${g.bucket}:${g.activityId}:${g.system}`;

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

/** The last day of `today`'s month (YYYY-MM-DD). */
export const monthEnd = (today: string): string => {
  const days = parseDateKey(today);
  if (days === undefined) throw new RangeError(`not a calendar date: ${today}`);
  const firstOfMonth = days - (Number(today.slice(8, 10)) - 1);
  return dateKeyFromDays(addMonths(firstOfMonth, 1) - 1);
};

/**
 * The destruction days of a bucket as a half-open range (after, through]: overdue is every day up to today, this
 * month the days after today to the month's end, next month the rest up to the horizon. `after` '' excludes the
 * rows whose term has not started ('').
 */
export const bucketDays = (bucket: QueueBucket, today: string): { readonly after: string; readonly through: string } => {
  switch (bucket) {
    case 'overdue':
      return { after: '', through: today };
    case 'this-month':
      return { after: today, through: monthEnd(today) };
    case 'next-month':
      return { after: monthEnd(today), through: queueHorizon(today) };
  }
};

/**
 * The groups the screen opens at first: in queue order, while the rows their first pages show fit one page in all
 * (a small queue is shown whole), and always the first.
 */
export const initiallyExpanded = (groups: readonly QueueGroupCount[], pageSize: number = QUEUE_PAGE_SIZE): QueueGroupCount[] => {
  const out: QueueGroupCount[] = [];
  let shown = 0;
  for (const g of groups) {
    shown += Math.min(g.count, pageSize);
    if (out.length > 0 && shown > pageSize) break;
    out.push(g);
  }
  return out;
};

/** Queue order: bucket, then activity, then system. */
export const compareGroups = (a: QueueGroupKey, b: QueueGroupKey): number =>
  QUEUE_BUCKETS.indexOf(a.bucket) - QUEUE_BUCKETS.indexOf(b.bucket) || a.activityId.localeCompare(b.activityId) || a.system.localeCompare(b.system);

export interface QueueFacts {
  /** Open cases by subject IIN (their numbers). */
  readonly openCases: ReadonlyMap<string, readonly string[]>;
  /** Kept relationships still in force (no end) by subject IIN. */
  readonly openContracts: ReadonlyMap<string, readonly string[]>;
}

/** Why a relationship cannot be destroyed yet: its subject's open requests, and the subject's other contracts in force. */
export const holdsOf = (relationship: RelationshipRecord, facts: QueueFacts): HoldReason[] => [
  ...(facts.openCases.get(relationship.subjectIin) ?? []).map((caseNumber) => ({ kind: 'open-request' as const, caseNumber })),
  ...(facts.openContracts.get(relationship.subjectIin) ?? [])
    .filter((contractNo) => contractNo !== relationship.contractNo)
    .map((contractNo) => ({ kind: 'open-contract' as const, contractNo })),
];
