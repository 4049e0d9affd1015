/**
 * Browser side of the case-list benchmark, bundled at bench time (never part of the app build) and
 * loaded by bench.html on the same origin as the built app, so it writes and reads the very database
 * the app opens. The Node side (../case-list.bench.ts) drives it with page.evaluate.
 */
import { countCases, listCases, type CaseFilter } from '../../../renderer/db/case-queries';
import { anyStartsWith, queryTokens, tokensOf } from '../../../shared/cases/search-tokens';
import { QorgauDatabase } from '../../../renderer/db/database';
import { countAll, restoreBackup } from '../../../renderer/db/backup-restore';
import { readAllTables, takeSnapshot } from '../../../renderer/db/backup-snapshot';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { GENESIS_HASH, sealEvent, verifyChain, type AuditEvent } from '../../../shared/audit/chain';
import { decodeBackup, encodeBackup } from '../../../shared/backup/codec';
import { BACKUP_TABLES } from '../../../shared/backup/format';
import type { ActionRecord, ActionRecordOf, CaseRecord, ObligationRecord } from '../../../shared/cases/model';
import { readOverview } from '../../../renderer/db/overview-queries';
import { recordAction } from '../../../renderer/db/case-repository';
import { bucketBounds, bucketClock, dueBucket } from '../../../shared/cases/buckets';
import { computeOverview } from '../../../shared/overview/overview';
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import { periodBounds, type Period } from '../../../shared/overview/period';
import { getTimeZone } from '../../../shared/time/zone';
import { counterRows, generateBundle, generateCase, yearStarts, type GeneratorOptions } from './case-generator';

const PAGE = 100;

let db: QorgauDatabase | undefined;
let options: GeneratorOptions | undefined;
let starts: Map<number, number> | undefined;
/** The audit chain's tail while seeding (the seed runs in one page, chunk after chunk). */
let chainTail = { seq: 0, hash: GENESIS_HASH };

function appDb(): QorgauDatabase {
  db ??= new QorgauDatabase();
  return db;
}

function openRaw(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(appDb().name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
  });
}

let raw: IDBDatabase | undefined;

/** The same page the app reads, with plain IndexedDB: one index, newest first, page size + 1 rows. */
function rawPage(source: 'cursor' | 'getAll', indexName: string, range: IDBKeyRange | null, count: number): Promise<CaseRecord[]> {
  return new Promise((resolve, reject) => {
    const index = raw!.transaction('cases', 'readonly').objectStore('cases').index(indexName);
    if (source === 'getAll') {
      const request = (
        index.getAll as unknown as (options: { query: IDBKeyRange | null; count: number; direction: IDBCursorDirection }) => IDBRequest<CaseRecord[]>
      )({ query: range, count, direction: 'prev' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('getAll failed'));
      return;
    }
    const rows: CaseRecord[] = [];
    const request = index.openCursor(range, 'prev');
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(rows);
      rows.push(cursor.value as CaseRecord);
      if (rows.length === count) return resolve(rows);
      cursor.continue();
    };
    request.onerror = () => reject(request.error ?? new Error('openCursor failed'));
  });
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export interface SearchQuery {
  readonly text: string;
  readonly filter: CaseFilter;
}

/** What the search promises, checked on every returned row. */
function matchesSearch(row: CaseRecord, text: string): boolean {
  const tokens = tokensOf(row.searchTokens);
  return queryTokens(text).every((word) => anyStartsWith(tokens, word));
}

/** Whole-word matches: the rank the list orders by before the receipt instant. */
const rankOf = (row: CaseRecord, text: string): number => queryTokens(text).filter((w) => tokensOf(row.searchTokens).includes(w)).length;

export interface Scenario {
  readonly name: string;
  readonly filter: CaseFilter;
  readonly indexName: string;
  readonly range: () => IDBKeyRange | null;
}

const SCENARIOS: readonly Scenario[] = [
  // What the list opens with: open cases, newest first, through [status+receivedAt].
  { name: 'open', filter: { status: 'open' }, indexName: '[status+receivedAt]', range: () => IDBKeyRange.bound(['open', ''], ['open', '\uffff']) },
  // All statuses: the receivedAt index.
  { name: 'all', filter: {}, indexName: 'receivedAt', range: () => null },
];

/** The last backup file's bytes, kept in the page for the restore (never sent over the wire). */
let backupBytes: Uint8Array | undefined;
const RESTORE_DATABASE = 'qorgau-restore-bench';
const RAW_DATABASE = 'qorgau-raw-write-bench';

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`deleting ${name} failed`));
  });
}

const BARE_DATABASE = 'qorgau-bare-write-bench';

/** Plain IndexedDB puts of the rows of each named store, in one strict transaction; the milliseconds until it committed. */
async function rawWrite(idb: IDBDatabase, rows: Readonly<Record<string, readonly object[]>>): Promise<number> {
  const names = Object.keys(rows);
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction(names, 'readwrite', { durability: 'strict' });
    for (const name of names) {
      const store = tx.objectStore(name);
      for (const row of rows[name]!) store.put(row);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('raw write failed'));
  });
  return performance.now() - t0;
}

/** An empty database with one `cases` store keyed by id and no index. */
async function openBareCases(): Promise<IDBDatabase> {
  await deleteDatabase(BARE_DATABASE);
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(BARE_DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('cases', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`opening ${BARE_DATABASE} failed`));
  });
}

const bench = {
  configure(generator: GeneratorOptions): void {
    options = generator;
    starts = yearStarts(generator);
  },

  /**
   * Writes cases [from, from + count) with their obligations, closing actions and sealed audit events
   * in one transaction; returns the milliseconds the write took (generation and hashing excluded).
   */
  async seed(from: number, count: number): Promise<number> {
    if (!options || !starts) throw new Error('configure first');
    const cases: CaseRecord[] = [];
    const obligations: ObligationRecord[] = [];
    const actions: ActionRecord[] = [];
    const audit: AuditEvent[] = [];
    for (let i = from; i < Math.min(from + count, options.total); i++) {
      const bundle = generateBundle(i, options, starts);
      cases.push(bundle.record);
      obligations.push(bundle.obligation);
      if (bundle.action) actions.push(bundle.action);
      for (const draft of bundle.events) {
        const event = await sealEvent(chainTail.hash, { seq: chainTail.seq + 1, ...draft });
        audit.push(event);
        chainTail = { seq: event.seq, hash: event.hash };
      }
    }
    const db = appDb();
    const t0 = performance.now();
    await db.transaction('rw', [db.cases, db.obligations, db.actions, db.audit], async () => {
      await db.cases.bulkAdd(cases);
      await db.obligations.bulkAdd(obligations);
      await db.actions.bulkAdd(actions);
      await db.audit.bulkAdd(audit);
    });
    return performance.now() - t0;
  },

  async finishSeed(): Promise<{ count: number; open: number }> {
    if (!options || !starts) throw new Error('configure first');
    await appDb().counters.bulkPut(counterRows(options, starts));
    // English UI, so the screenshot reads "… shown of 100000".
    await appDb().settings.put({ key: 'locale', value: 'en', updatedAt: new Date().toISOString() });
    return { count: await countCases(appDb()), open: await countCases(appDb(), 'open') };
  },

  /** Cases the search queries are taken from (so they exist whatever the seed's end instant). */
  sample(indices: readonly number[]): CaseRecord[] {
    if (!options || !starts) throw new Error('configure first');
    return indices.map((i) => generateCase(i, options!, starts!));
  },

  /**
   * Cold first page in a freshly loaded page: open the database (a new connection) and read the first
   * page and the count the list shows, as the list does on mount. Returns the time and the first rows.
   */
  async coldFirstPage(): Promise<{
    ms: number;
    sinceNavigationMs: number;
    openMs: number;
    pageMs: number;
    countMs: number;
    rows: number;
    first: string;
    total: number;
  }> {
    const t0 = performance.now();
    const fresh = new QorgauDatabase();
    await fresh.open();
    const opened = performance.now();
    const timed = async <T>(work: Promise<T>): Promise<[T, number]> => [await work, performance.now() - opened];
    const [[page, pageMs], [total, countMs]] = await Promise.all([
      timed(listCases(fresh, { filter: { status: 'open' }, limit: PAGE })),
      timed(countCases(fresh, 'open')),
    ]);
    const t1 = performance.now();
    fresh.close();
    return { ms: t1 - t0, sinceNavigationMs: t1, openMs: opened - t0, pageMs, countMs, rows: page.rows.length, first: page.rows[0]?.number ?? '', total };
  },

  /**
   * The app's listCases against a raw index read of the same rows (page size + 1, as listCases reads),
   * interleaved, `rounds` times each after a warm-up. Returns medians per scenario and per raw method.
   */
  async compare(rounds: number): Promise<{ scenario: string; app: number; cursor: number; getAll: number }[]> {
    raw ??= await openRaw();
    const out: { scenario: string; app: number; cursor: number; getAll: number }[] = [];
    for (const scenario of SCENARIOS) {
      const app = (): Promise<CaseRecord[]> => listCases(appDb(), { filter: scenario.filter, limit: PAGE }).then((p) => p.rows);
      const cursor = (): Promise<CaseRecord[]> => rawPage('cursor', scenario.indexName, scenario.range(), PAGE + 1);
      const getAll = (): Promise<CaseRecord[]> => rawPage('getAll', scenario.indexName, scenario.range(), PAGE + 1);
      // Same rows: the app's page is the raw read without its look-ahead row.
      const [a, c, g] = [await app(), await cursor(), await getAll()];
      const ids = (rows: CaseRecord[]): string =>
        rows
          .slice(0, PAGE)
          .map((r) => r.id)
          .join();
      if (ids(a) !== ids(c) || ids(a) !== ids(g) || a.length !== PAGE) throw new Error(`${scenario.name}: app and raw read differ`);
      const times = { app: [] as number[], cursor: [] as number[], getAll: [] as number[] };
      const runs: [keyof typeof times, () => Promise<CaseRecord[]>][] = [
        ['app', app],
        ['cursor', cursor],
        ['getAll', getAll],
      ];
      for (let round = 0; round < rounds + 3; round++) {
        // rotate the order so no method always runs first
        for (let k = 0; k < runs.length; k++) {
          const [name, run] = runs[(round + k) % runs.length]!;
          const t0 = performance.now();
          await run();
          if (round >= 3) times[name].push(performance.now() - t0);
        }
      }
      out.push({ scenario: scenario.name, app: median(times.app), cursor: median(times.cursor), getAll: median(times.getAll) });
    }
    return out;
  },

  /**
   * A full backup as the app takes it (renderer/db/backup-snapshot.ts takeSnapshot: every table in one
   * read transaction, encoded to the file's bytes by shared/backup/codec). Returns the time and the
   * file's size and counts; the bytes stay in the page for `restore`.
   */
  async backup(): Promise<{ ms: number; bytes: number; counts: Readonly<Record<string, number>> }> {
    backupBytes = undefined;
    const t0 = performance.now();
    const snapshot = await takeSnapshot(appDb(), { appVersion: 'bench', kind: 'manual', createdAt: new Date().toISOString() });
    const ms = performance.now() - t0;
    backupBytes = snapshot.bytes;
    return { ms, bytes: snapshot.bytes.length, counts: snapshot.manifest.counts };
  },

  /**
   * Where a backup's time goes (for the log, not a figure): the app's read of every table, a raw
   * IndexedDB getAll of every store in one transaction (baseline), and the encoding of the rows read.
   */
  async backupParts(): Promise<{ readMs: number; rawReadMs: number; encodeMs: number }> {
    const t0 = performance.now();
    const tables = await readAllTables(appDb());
    const readMs = performance.now() - t0;
    const t1 = performance.now();
    await encodeBackup({ tables, appVersion: 'bench', schemaVersion: appDb().verno, createdAt: new Date().toISOString(), kind: 'manual' });
    const encodeMs = performance.now() - t1;
    raw ??= await openRaw();
    const idb = raw;
    const t2 = performance.now();
    await new Promise<void>((resolve, reject) => {
      const tx = idb.transaction([...BACKUP_TABLES], 'readonly');
      for (const name of BACKUP_TABLES) tx.objectStore(name).getAll();
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('raw read failed'));
    });
    return { readMs, rawReadMs: performance.now() - t2, encodeMs };
  },

  /**
   * Restore of the last backup into an empty database (opened with the app's schema before the clock
   * starts): decode and validate all of the file (shared/backup/codec decodeBackup: checksum, every
   * record, keys, the audit chain), then renderer/db/backup-restore.ts restoreBackup writes it in one
   * transaction. Afterwards (not timed) the restored counts and audit chain are checked.
   */
  async restore(): Promise<{
    ms: number;
    decodeMs: number;
    tables: Readonly<Record<string, number>>;
    rawCasesMs: number;
    rawAllMs: number;
    rawCasesNoIndexMs: number;
    counts: Readonly<Record<string, number>>;
    chain: number;
  }> {
    if (!backupBytes) throw new Error('back up first');
    await deleteDatabase(RESTORE_DATABASE);
    const target = new QorgauDatabase(RESTORE_DATABASE);
    await target.open();
    try {
      const t0 = performance.now();
      const decoded = await decodeBackup(backupBytes, { currentSchemaVersion: CURRENT_SCHEMA_VERSION });
      if (!decoded.ok) throw new Error(`the backup does not decode: ${decoded.problem.code} ${JSON.stringify(decoded.problem)}`);
      const t1 = performance.now();
      const tables: Record<string, number> = {};
      let mark = t1;
      await restoreBackup(target, decoded.value, {
        actor: 'bench',
        at: new Date().toISOString(),
        fileName: 'bench.json',
        afterTable: (table) => {
          tables[table] = performance.now() - mark;
          mark = performance.now();
        },
      });
      const ms = performance.now() - t0;
      tables['commit'] = performance.now() - mark;
      const counts = await countAll(target);
      // Baseline, same run: the file's case rows written with plain IndexedDB (one transaction of
      // put requests, same schema and indexes) into another empty database.
      await deleteDatabase(RAW_DATABASE);
      const raw = new QorgauDatabase(RAW_DATABASE);
      await raw.open();
      const idb = raw.backendDB();
      const rawCasesMs = await rawWrite(idb, { cases: decoded.value.tables.cases });
      raw.close();
      await deleteDatabase(RAW_DATABASE);
      // The floor of the restore's writes: every row of the file written with plain IndexedDB puts in
      // one transaction (same schema and indexes, all requests issued at once) into an empty database.
      const all = new QorgauDatabase(RAW_DATABASE);
      await all.open();
      const rawAllMs = await rawWrite(all.backendDB(), decoded.value.tables);
      all.close();
      await deleteDatabase(RAW_DATABASE);
      // What the cases' eight indexes cost: the same case rows into a store without indexes.
      const bare = await openBareCases();
      const rawCasesNoIndexMs = await rawWrite(bare, { cases: decoded.value.tables.cases });
      bare.close();
      await deleteDatabase(BARE_DATABASE);
      const verdict = await verifyChain(await target.audit.orderBy('seq').toArray());
      if (!verdict.ok) throw new Error(`the restored audit chain breaks at ${verdict.brokenAt}`);
      return { ms, decodeMs: t1 - t0, tables, rawCasesMs, rawAllMs, rawCasesNoIndexMs, counts, chain: verdict.count };
    } finally {
      target.close();
      await deleteDatabase(RESTORE_DATABASE);
    }
  },

  /**
   * The overview of one period with all its figures (issue 13 item 6), as the Overview screen asks for it
   * (readOverview: the period's months from the derived cache, the open obligations counted per due bucket):
   * - the first read, which builds the cache from the 100 000 cases (the seed wrote them without it);
   * - `rounds` warm reads, the cache current;
   * - `rounds` reads each right after an action was recorded on a case of the period (the cache catches up);
   * - then the figures checked against the reference: computeOverview over every record of the period.
   */
  async overview(
    period: Period,
    rounds: number,
  ): Promise<{ rebuildMs: number; times: number[]; afterChangeTimes: number[]; received: number; open: number; changed: number; checked: boolean }> {
    const zone = getTimeZone('Asia/Almaty');
    const calendar = buildCalendar('kz');
    const request = () => {
      const now = new Date();
      return { period, zone, now, bucketBounds: bucketBounds(bucketClock(now, calendar, zone), zone) };
    };
    const db = appDb();
    const t0 = performance.now();
    const first = await readOverview(db, request());
    const rebuildMs = performance.now() - t0;
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const t1 = performance.now();
      await readOverview(db, request());
      times.push(performance.now() - t1);
    }
    // Open obligations of open cases received in the period, answered one per round (as the case screen records a reply).
    const bounds = periodBounds(period, zone);
    const openCases = await db.cases
      .where('[status+receivedAt]')
      .between(['open', bounds.startAt], ['open', bounds.endAt], true, false)
      .limit(200)
      .primaryKeys();
    const answerable = (await db.obligations.where('caseId').anyOf(openCases).toArray()).filter((o) => o.status === 'open');
    const seen = new Set<string>();
    const oneEach = answerable.filter((o) => !seen.has(o.caseId) && seen.add(o.caseId) !== undefined);
    const afterChangeTimes: number[] = [];
    let changed = 0;
    for (const obligation of oneEach.slice(0, rounds)) {
      const at = new Date().toISOString();
      await recordAction(
        db,
        {
          caseId: obligation.caseId,
          obligationId: obligation.id,
          kind: 'provide',
          at,
          recordedAt: at,
          actor: 'bench',
          note: '',
          data: { grounds: [], ruleId: obligation.ruleId },
        },
        { completes: [obligation.id], spawns: [], reply: true },
        [],
      );
      changed += 1;
      const t1 = performance.now();
      await readOverview(db, request());
      afterChangeTimes.push(performance.now() - t1);
    }
    // The figures are those of the reference over the raw records (the path the screen took before the cache).
    const check = request();
    const cached = await readOverview(db, check);
    const expected = await db.transaction('r', [db.cases, db.obligations, db.actions], async () => {
      const inPeriod = await db.cases.where('receivedAt').between(bounds.startAt, bounds.endAt, true, false).toArray();
      const ids = new Set(inPeriod.map((c) => c.id));
      const [obligations, refusals, open] = await Promise.all([
        db.obligations
          .where('caseId')
          .anyOf([...ids])
          .toArray(),
        db.actions
          .where('kind')
          .equals('refuse')
          .filter((a) => ids.has(a.caseId))
          .toArray(),
        db.obligations.where('[status+dueAt]').between(['open', ''], ['open', '\uffff']).toArray(),
      ]);
      const clock = bucketClock(check.now, calendar, zone);
      return computeOverview({
        cases: inPeriod,
        obligations,
        refusals: refusals as ActionRecordOf<'refuse'>[],
        openBuckets: open.map((o) => dueBucket(o.dueAt, clock, zone)),
        now: check.now.toISOString(),
      });
    });
    if (JSON.stringify(cached) !== JSON.stringify(expected))
      throw new Error(`overview: the cached figures differ from computeOverview over the records: ${JSON.stringify(cached)} vs ${JSON.stringify(expected)}`);
    const open = Object.values(first.openByBucket).reduce((sum, n) => sum + n, 0);
    return { rebuildMs, times, afterChangeTimes, received: first.received, open, changed, checked: true };
  },

  /**
   * Each query through listCases (the first page, as the list asks for it): the first run of the query
   * (nothing of it cached in the page) and the median of `rounds` repeats.
   */
  async search(queries: readonly SearchQuery[], rounds: number): Promise<{ text: string; status: string; firstMs: number; medianMs: number; rows: number }[]> {
    // Warm up the code path (JIT) on a query that is not measured.
    await listCases(appDb(), { search: 'zzz', limit: PAGE });
    const out: { text: string; status: string; firstMs: number; medianMs: number; rows: number }[] = [];
    for (const query of queries) {
      const t0 = performance.now();
      const first = await listCases(appDb(), { search: query.text, filter: query.filter, limit: PAGE });
      const firstMs = performance.now() - t0;
      const hits = first.rows.filter((row) => matchesSearch(row, query.text) && (!query.filter.status || row.status === query.filter.status)).length;
      if (hits !== first.rows.length || first.rows.length === 0) throw new Error(`search ${query.text}: ${first.rows.length} rows, ${hits} matching`);
      // Ranked, newest first among equals (a word too common to rank by: newest first).
      const ordered = first.rows.every((row, k) => {
        const previous = first.rows[k - 1];
        if (!previous) return true;
        const [a, b] = [rankOf(previous, query.text), rankOf(row, query.text)];
        return a > b || (a === b && previous.receivedAt >= row.receivedAt) || (a < b && previous.receivedAt >= row.receivedAt);
      });
      if (!ordered) throw new Error(`search ${query.text}: rows are neither ranked nor newest first`);
      const times: number[] = [];
      for (let round = 0; round < rounds; round++) {
        const t1 = performance.now();
        await listCases(appDb(), { search: query.text, filter: query.filter, limit: PAGE });
        times.push(performance.now() - t1);
      }
      out.push({ text: query.text, status: query.filter.status ?? 'all', firstMs, medianMs: median(times), rows: first.rows.length });
    }
    return out;
  },
};

declare global {
  interface Window {
    qorgauBench: typeof bench;
  }
}

window.qorgauBench = bench;
