/**
 * Reads of the destruction queue, proportional to what the screen shows: each group (bucket × activity ×
 * system) is counted by key range on [status+activityId+system+destroyOn+id]; a group's rows are read a page at
 * a time (keyset on the destruction day, then the id) with the holds of that page's subjects only (their open
 * cases by the cases' subjectIin index, their kept relationships still in force by the relationships' one).
 */
import Dexie from 'dexie';
import {
  bucketDays,
  bucketOf,
  compareGroups,
  holdsOf,
  QUEUE_BUCKETS,
  QUEUE_PAGE_SIZE,
  type QueueCursor,
  type QueueEntry,
  type QueueFacts,
  type QueueGroupCount,
  type QueueGroupKey,
  type QueuePage,
} from '../../shared/processing/destruction-queue';
import type { RelationshipRecord } from '../../shared/processing/relationship';
import type { QorgauDatabase } from './database';

const GROUP_INDEX = '[status+activityId+system+destroyOn+id]';

/** The (activity, system) pairs of the kept relationships: one index lookup per pair, jumping past each one's rows. */
async function keptPairs(db: QorgauDatabase): Promise<{ activityId: string; system: string }[]> {
  const pairs: { activityId: string; system: string }[] = [];
  let lower: unknown[] = ['kept', Dexie.minKey];
  for (;;) {
    const first = await db.relationships.where(GROUP_INDEX).between(lower, ['kept', Dexie.maxKey], false, true).first();
    if (first === undefined || first.status !== 'kept') return pairs;
    pairs.push({ activityId: first.activityId, system: first.system });
    lower = ['kept', first.activityId, first.system, Dexie.maxKey];
  }
}

/** The key range of a group's rows after `cursor` (exclusive) through the bucket's last day; undefined when empty. */
const groupRange = (key: QueueGroupKey, today: string, cursor?: QueueCursor): [unknown[], unknown[]] | undefined => {
  const { after, through } = bucketDays(key.bucket, today);
  const start = cursor === undefined ? [after, Dexie.maxKey] : [cursor.destroyOn, cursor.id];
  if (cursor === undefined ? after >= through : cursor.destroyOn > through) return undefined;
  return [
    ['kept', key.activityId, key.system, ...start],
    ['kept', key.activityId, key.system, through, Dexie.maxKey],
  ];
};

const countGroup = (db: QorgauDatabase, key: QueueGroupKey, today: string): Promise<number> => {
  const range = groupRange(key, today);
  return range === undefined ? Promise.resolve(0) : db.relationships.where(GROUP_INDEX).between(range[0], range[1], false, true).count();
};

/** Every non-empty group of the queue with its number of rows, in queue order. */
export async function readQueueGroups(db: QorgauDatabase, today: string): Promise<QueueGroupCount[]> {
  return db.transaction('r', [db.relationships], async () => {
    const pairs = await keptPairs(db);
    const keys = pairs.flatMap((p) => QUEUE_BUCKETS.map((bucket): QueueGroupKey => ({ bucket, ...p })));
    const counts = await Promise.all(keys.map((key) => countGroup(db, key, today)));
    return keys
      .map((key, i): QueueGroupCount => ({ ...key, count: counts[i] ?? 0 }))
      .filter((g) => g.count > 0)
      .sort(compareGroups);
  });
}

/** What holds the given subjects back: their open cases, their kept relationships still in force. */
async function factsOf(db: QorgauDatabase, iins: readonly string[]): Promise<QueueFacts> {
  const openCases = new Map<string, string[]>();
  const openContracts = new Map<string, string[]>();
  if (iins.length === 0) return { openCases, openContracts };
  // One keyed read per subject, all issued at once (no cursor stepping from one subject to the next).
  const [cases, theirs] = await Promise.all([
    Promise.all(iins.map((iin) => db.cases.where('subjectIin').equals(iin).toArray())).then((lists) => lists.flat()),
    Promise.all(iins.map((iin) => db.relationships.where('subjectIin').equals(iin).toArray())).then((lists) => lists.flat()),
  ]);
  for (const c of cases) if (c.status === 'open') openCases.set(c.subjectIin, [...(openCases.get(c.subjectIin) ?? []), c.number]);
  for (const r of theirs) {
    if (r.status === 'kept' && r.ended === undefined) openContracts.set(r.subjectIin, [...(openContracts.get(r.subjectIin) ?? []), r.contractNo]);
  }
  return { openCases, openContracts };
}

async function entriesOf(db: QorgauDatabase, rows: readonly RelationshipRecord[], today: string): Promise<QueueEntry[]> {
  const facts = await factsOf(db, [...new Set(rows.map((r) => r.subjectIin))]);
  return rows.flatMap((relationship) => {
    const bucket = bucketOf(relationship.destroyOn, today);
    return relationship.status === 'kept' && bucket !== undefined ? [{ relationship, bucket, holds: holdsOf(relationship, facts) }] : [];
  });
}

/** Reads one page of a group (after `cursor`), the rows with their holds; not in a transaction of its own. */
async function pageOf(db: QorgauDatabase, key: QueueGroupKey, today: string, cursor: QueueCursor | undefined, size: number): Promise<QueuePage> {
  const range = groupRange(key, today, cursor);
  if (range === undefined) return { entries: [] };
  const rows = await db.relationships
    .where(GROUP_INDEX)
    .between(range[0], range[1], false, true)
    .limit(size + 1)
    .toArray();
  const shown = rows.slice(0, size);
  const last = shown.at(-1);
  return {
    entries: await entriesOf(db, shown, today),
    next: rows.length > size && last !== undefined ? { destroyOn: last.destroyOn, id: last.id } : undefined,
  };
}

/** One page of a group's rows (after `cursor`), each with what holds its subject back. */
export async function readQueuePage(
  db: QorgauDatabase,
  key: QueueGroupKey,
  today: string,
  cursor?: QueueCursor,
  size: number = QUEUE_PAGE_SIZE,
): Promise<QueuePage> {
  return db.transaction('r', [db.relationships, db.cases], () => pageOf(db, key, today, cursor, size));
}

/** What the DPO chose in the queue: rows one by one, and whole groups. */
export interface QueueSelection {
  readonly ids: readonly string[];
  readonly groups: readonly QueueGroupKey[];
}

export interface ResolvedSelection {
  /** The relationships the act may record: kept, due, no subject held back; in queue order, each once. */
  readonly chosen: readonly RelationshipRecord[];
  /** The rows left out because their subject is held back, with the reasons. */
  readonly held: readonly QueueEntry[];
  /** Rows chosen one by one that are no longer in the queue (destroyed, or no longer due). */
  readonly gone: number;
}

export const RESOLVE_CHUNK = 500;

/**
 * The act step's read of a selection: whole groups are read in chunks with the holds of each chunk's subjects,
 * rows chosen one by one are re-read with theirs; held-back subjects are left out and reported. One read
 * transaction; `onProgress` gets the rows read so far; an aborted `signal` stops between chunks (nothing is
 * written either way).
 */
export async function resolveQueueSelection(
  db: QorgauDatabase,
  today: string,
  selection: QueueSelection,
  onProgress?: (read: number) => void,
  signal?: AbortSignal,
): Promise<ResolvedSelection> {
  return db.transaction('r', [db.relationships, db.cases], async () => {
    const seen = new Set<string>();
    const chosen: RelationshipRecord[] = [];
    const held: QueueEntry[] = [];
    let read = 0;
    const take = (entries: readonly QueueEntry[]) => {
      for (const e of entries) {
        if (seen.has(e.relationship.id)) continue;
        seen.add(e.relationship.id);
        if (e.holds.length === 0) chosen.push(e.relationship);
        else held.push(e);
      }
      read += entries.length;
      onProgress?.(read);
    };
    for (const key of [...selection.groups].sort(compareGroups)) {
      let cursor: QueueCursor | undefined;
      do {
        signal?.throwIfAborted();
        const page = await pageOf(db, key, today, cursor, RESOLVE_CHUNK);
        take(page.entries);
        cursor = page.next;
      } while (cursor !== undefined);
    }
    const ids = selection.ids.filter((id) => !seen.has(id));
    let gone = 0;
    for (let i = 0; i < ids.length; i += RESOLVE_CHUNK) {
      signal?.throwIfAborted();
      const chunk = ids.slice(i, i + RESOLVE_CHUNK);
      const rows = (await db.relationships.bulkGet(chunk)).filter((r): r is RelationshipRecord => r !== undefined);
      const entries = await entriesOf(db, rows, today);
      gone += chunk.length - entries.length;
      take(entries);
    }
    return { chosen, held, gone };
  });
}

/**
 * How many of the relationships an act is about to record are no longer what the preview chose: missing, not kept
 * (scheduled by another act, destroyed), not due on `today`, or their subject now held back. Read in the caller's
 * transaction (which must include relationships and cases).
 */
export async function changedSincePreview(db: QorgauDatabase, rows: readonly (RelationshipRecord | undefined)[], today: string): Promise<number> {
  if (rows.length === 0) return 0;
  const present = rows.filter((r): r is RelationshipRecord => r !== undefined);
  const ready = (await entriesOf(db, present, today)).filter((e) => e.holds.length === 0).length;
  return rows.length - ready;
}
