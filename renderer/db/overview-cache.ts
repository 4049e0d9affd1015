/**
 * The overview's derived cache (schema version 8): each case's facts (shared/overview/month-totals.ts) by
 * the local month it was received in, each month's totals, and a meta row naming the last audit event the
 * cache holds the changes of. Every step that changes a case, its obligations or its actions appends an
 * audit event naming the case (`caseId`; a recomputation of deadlines names its cases in `data.moved`), so
 * the cache is brought up to date by reading the events after that one and computing the facts of the cases
 * they name again — one read-write transaction — and the months those cases were and are in are summed
 * again from their facts. When the event the meta names is gone or different (a restore, another trail),
 * the zone or the schema version changed (an upgrade step may rewrite records without an audit event) or there
 * is no meta (first use, a restore emptied the cache), the cache is built again
 * from all the records, in chunks, with progress.
 */
import type { AuditEvent } from '../../shared/audit/chain';
import type { ActionRecordOf } from '../../shared/cases/model';
import { caseFacts, monthTotals, type CaseFacts, type MonthKey } from '../../shared/overview/month-totals';
import type { TimeZone } from '../../shared/time/zone';
import type { OverviewCacheMeta, QorgauDatabase } from './database';

/** Cases read per transaction while building the cache again. */
const REBUILD_CHUNK = 5_000;
/** More cases than this named since the cache was current: building it again is cheaper than catching up. */
const CATCH_UP_LIMIT = 5_000;

export interface BuildProgress {
  readonly done: number;
  readonly total: number;
}

export interface RebuildOptions {
  /** Cases read per transaction (REBUILD_CHUNK). */
  readonly chunkSize?: number;
  /**
   * Awaited after each chunk and its progress: by default one turn of the event loop, so the screen draws the
   * progress and answers input between chunks. A rejection stops the build (no meta is written: it starts over).
   */
  readonly betweenChunks?: () => Promise<void>;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Where the cache stands against the trail. */
export type CacheState = 'current' | 'behind' | 'rebuild';

/**
 * Reads the meta and the trail (inside the caller's transaction over overviewMeta and audit): is the cache of
 * this trail, in this zone, and does it hold every event?
 */
/** The meta row (the table also holds the mark of a build under way). */
async function readMeta(db: QorgauDatabase): Promise<OverviewCacheMeta | undefined> {
  const row = await db.overviewMeta.get('meta');
  return row?.key === 'meta' ? row : undefined;
}

/** The build of the cache this one is no longer the latest of (another window began one, or a restore emptied the cache). */
export class OverviewBuildSuperseded extends Error {
  constructor() {
    super('another build of the overview cache began, or a restore emptied it');
    this.name = 'OverviewBuildSuperseded';
  }
}

/** Is the mark of the build under way still this build's? (inside the caller's transaction over overviewMeta) */
async function stillOurs(db: QorgauDatabase, token: string): Promise<boolean> {
  const row = await db.overviewMeta.get('build');
  return row?.key === 'build' && row.token === token;
}

/**
 * After a build was superseded: waits while another build's mark stands and no meta is written (that build is
 * under way in another window), polling every `pollMs`, at most `polls` times (a window closed mid-build leaves its
 * mark: then this window builds after all). Two windows superseding each other in turn would never finish.
 */
export async function waitForOtherBuild(db: QorgauDatabase, polls = 150, pollMs = 200): Promise<void> {
  for (let i = 0; i < polls; i++) {
    const [meta, mark] = await db.transaction('r', [db.overviewMeta], () => Promise.all([readMeta(db), db.overviewMeta.get('build')]));
    if (meta !== undefined || mark === undefined) return;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

export async function cacheState(db: QorgauDatabase, zone: TimeZone): Promise<CacheState> {
  const meta = await readMeta(db);
  if (!meta || meta.zone !== zone.id || meta.schemaVersion !== db.verno) return 'rebuild';
  if (meta.upToSeq > 0 && (await db.audit.get(meta.upToSeq))?.hash !== meta.headHash) return 'rebuild';
  if (meta.upToSeq === 0 && meta.headHash !== '') return 'rebuild';
  const newer = await db.audit.where('seq').above(meta.upToSeq).count();
  return newer === 0 ? 'current' : 'behind';
}

/** The cases an event changed: the one it names, and those whose deadlines it moved. */
export function casesOfEvent(event: AuditEvent): readonly string[] {
  const named = event.caseId === undefined ? [] : [event.caseId];
  return event.type === 'deadlines.recomputed' ? [...named, ...event.data.moved.map((m) => m.caseId)] : named;
}

/** The facts of each case again, from its records, and the totals of every month they were or are in. */
async function refreshCases(db: QorgauDatabase, caseIds: readonly string[], zone: TimeZone): Promise<void> {
  const months = new Set<MonthKey>();
  const before = await db.overviewFacts.bulkGet([...caseIds]);
  for (const old of before) if (old) months.add(old.month);
  const after = await Promise.all(
    caseIds.map(async (id) => {
      const record = await db.cases.get(id);
      if (!record) return undefined;
      const [obligations, actions] = await Promise.all([db.obligations.where('caseId').equals(id).toArray(), db.actions.where('caseId').equals(id).toArray()]);
      return caseFacts(
        record,
        obligations,
        actions.filter((a): a is ActionRecordOf<'refuse'> => a.kind === 'refuse'),
        zone,
      );
    }),
  );
  const kept = after.filter((f): f is CaseFacts => f !== undefined);
  for (const f of kept) months.add(f.month);
  const gone = caseIds.filter((_, i) => after[i] === undefined);
  if (gone.length > 0) await db.overviewFacts.bulkDelete(gone);
  await db.overviewFacts.bulkPut(kept);
  await Promise.all(
    [...months].map(async (month) => {
      const facts = await db.overviewFacts.where('month').equals(month).toArray();
      if (facts.length === 0) await db.overviewMonths.delete(month);
      else await db.overviewMonths.put(monthTotals(month, facts));
    }),
  );
}

/**
 * Brings the cache up to the end of the trail in one read-write transaction: the cases named by the events
 * after the meta's, their facts again, their months again, the meta moved on. Says 'rebuild' (and changes
 * nothing) when the cache is not of this trail or too far behind.
 */
export function catchUp(db: QorgauDatabase, zone: TimeZone): Promise<'current' | 'rebuild'> {
  return db.transaction(
    'rw',
    [db.overviewFacts, db.overviewMonths, db.overviewMeta, db.cases, db.obligations, db.actions, db.audit],
    async (): Promise<'current' | 'rebuild'> => {
      const state = await cacheState(db, zone);
      if (state !== 'behind') return state;
      const meta = (await readMeta(db))!;
      if ((await db.audit.where('seq').above(meta.upToSeq).count()) > CATCH_UP_LIMIT) return 'rebuild';
      const events = await db.audit.where('seq').above(meta.upToSeq).toArray();
      const ids = new Set<string>();
      for (const event of events) {
        // A restore replaces every record (and empties the cache in its transaction): never caught up case by case.
        if (event.type === 'backup.restored') return 'rebuild';
        for (const id of casesOfEvent(event)) ids.add(id);
      }
      if (ids.size > CATCH_UP_LIMIT) return 'rebuild';
      await refreshCases(db, [...ids], zone);
      const last = events[events.length - 1]!;
      await db.overviewMeta.put({ key: 'meta', upToSeq: last.seq, headHash: last.hash, zone: zone.id, schemaVersion: db.verno });
      return 'current';
    },
  );
}

/**
 * Builds the cache again from every case, REBUILD_CHUNK (`chunkSize`) cases per transaction. The trail's last event is
 * noted first (and the cache emptied, the meta removed, in the same transaction): a change made while the
 * chunks are read appends a later event, so the catch-up that follows computes its cases again — the cache
 * ends exact whatever was written meanwhile. Stopped half-way (the app closed), it has no meta and starts over.
 * The build marks itself in the meta table: when another build (another window) or a restore begins meanwhile, the
 * mark is no longer its own and it stops (OverviewBuildSuperseded) before its next chunk or its months — the
 * months it summed in memory may hold what that build or restore has since replaced.
 */
export async function rebuildCache(
  db: QorgauDatabase,
  zone: TimeZone,
  onProgress?: (progress: BuildProgress) => void,
  options: RebuildOptions = {},
): Promise<void> {
  const chunkSize = options.chunkSize ?? REBUILD_CHUNK;
  const betweenChunks = options.betweenChunks ?? nextTurn;
  const token = globalThis.crypto.randomUUID();
  const start = await db.transaction('rw', [db.overviewFacts, db.overviewMonths, db.overviewMeta, db.audit], async () => {
    await Promise.all([db.overviewMeta.clear(), db.overviewFacts.clear(), db.overviewMonths.clear()]);
    await db.overviewMeta.put({ key: 'build', token });
    const last = await db.audit.orderBy('seq').last();
    return { seq: last?.seq ?? 0, hash: last?.hash ?? '' };
  });
  const [total, refusals] = await db.transaction('r', [db.cases, db.actions], () =>
    Promise.all([db.cases.count(), db.actions.where('kind').equals('refuse').toArray()]),
  );
  const refusalsOf = new Map<string, ActionRecordOf<'refuse'>[]>();
  for (const action of refusals) {
    if (action.kind !== 'refuse') continue;
    const list = refusalsOf.get(action.caseId);
    if (list) list.push(action);
    else refusalsOf.set(action.caseId, [action]);
  }
  const byMonth = new Map<MonthKey, CaseFacts[]>();
  let after: string | undefined;
  let done = 0;
  onProgress?.({ done, total });
  for (;;) {
    const facts = await db.transaction('rw', [db.overviewFacts, db.overviewMeta, db.cases, db.obligations], async () => {
      if (!(await stillOurs(db, token))) throw new OverviewBuildSuperseded();
      const rows = await (after === undefined ? db.cases.orderBy(':id') : db.cases.where(':id').above(after)).limit(chunkSize).toArray();
      if (rows.length === 0) return [];
      // The chunk is a run of ids: its obligations are those whose caseId lies between its first and last.
      const obligations = await db.obligations
        .where('caseId')
        .between(rows[0]!.id, rows[rows.length - 1]!.id, true, true)
        .toArray();
      const of = new Map<string, typeof obligations>();
      for (const o of obligations) {
        const list = of.get(o.caseId);
        if (list) list.push(o);
        else of.set(o.caseId, [o]);
      }
      const chunk = rows.map((record) => caseFacts(record, of.get(record.id) ?? [], refusalsOf.get(record.id) ?? [], zone));
      await db.overviewFacts.bulkPut(chunk);
      after = rows[rows.length - 1]!.id;
      return chunk;
    });
    if (facts.length === 0) break;
    for (const f of facts) {
      const list = byMonth.get(f.month);
      if (list) list.push(f);
      else byMonth.set(f.month, [f]);
    }
    done += facts.length;
    onProgress?.({ done: Math.min(done, total), total: Math.max(done, total) });
    await betweenChunks();
  }
  await db.transaction('rw', [db.overviewMonths, db.overviewMeta], async () => {
    if (!(await stillOurs(db, token))) throw new OverviewBuildSuperseded();
    await db.overviewMeta.delete('build');
    await db.overviewMonths.bulkPut([...byMonth].map(([month, facts]) => monthTotals(month, facts)));
    await db.overviewMeta.put({ key: 'meta', upToSeq: start.seq, headHash: start.hash, zone: zone.id, schemaVersion: db.verno });
  });
}
