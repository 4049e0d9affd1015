/**
 * Bench page of the retention figures (bundled by test/bench/retention.bench.ts, never part of the app build):
 * the app's import of relationships into its Dexie database against plain IndexedDB puts of the same rows into
 * a store with the same indexes, in the same page; then the destruction queue as its screen first reads it (the
 * groups counted, the first page of the groups opened at first) and a next-page read, at 100 000 relationships.
 */
import { QorgauDatabase } from '../../../renderer/db/database';
import { readQueueGroups, readQueuePage } from '../../../renderer/db/destruction-queue-queries';
import { initiallyExpanded } from '../../../shared/processing/destruction-queue';
import { saveRegisterVersion } from '../../../renderer/db/processing-register-repository';
import { importRelationships } from '../../../renderer/db/relationship-repository';
import type { RelationshipDraft } from '../../../shared/processing/relationship-import';
import { STARTERS } from '../../../shared/processing/starters';

const ACTIVITIES = ['microloan-contract', 'identification', 'aml-fraud', 'debt-recovery', 'complaints'] as const;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Deterministic rows: ended relationships spread over 2015–2026, a fifth still in force; a subject has up to three
 * relationships under different activities (so a contract in force holds the subject's other rows back).
 */
const SUBJECTS = 33_333;
export function drafts(total: number): RelationshipDraft[] {
  return Array.from({ length: total }, (_, i) => {
    const year = 2010 + (i % 12);
    const month = pad(1 + (i % 12), 2);
    const day = pad(1 + (i % 28), 2);
    const inForce = i % 5 === 0;
    return {
      line: i + 2,
      subjectIin: `9${pad(i % SUBJECTS, 11)}`,
      subjectName: `Субъект ${i}`,
      rfSubject: i % 7 === 0,
      contractNo: `MK-${pad(i, 7)}`,
      activityId: ACTIVITIES[i % ACTIVITIES.length]!,
      opened: `${year}-${month}-${day}`,
      ...(inForce ? {} : { ended: `${year + 1 + (i % 3)}-${month}-${day}` }),
      lastOperation: `${year + 1}-${month}-${day}`,
    };
  });
}

/** Open cases of every hundredth subject, with the fields the cases' indexes need. */
function openCases(): never[] {
  return Array.from({ length: Math.floor(SUBJECTS / 100) }, (_, k) => {
    const iin = `9${pad(k * 100, 11)}`;
    const seq = k + 1;
    return {
      id: `bench-case-${seq}`,
      number: `DSR-2026-${pad(seq, 6)}`,
      year: 2026,
      seq,
      status: 'open',
      receivedAt: '2026-11-20T05:00:00.000Z',
      nextDueAt: '2026-11-27T13:00:00.000Z',
      subjectName: `субъект ${k * 100}`,
      subjectIin: iin,
      requestTypes: ['access'],
      searchTokens: [],
    } as never;
  });
}

function rawOpen(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('relationships', { keyPath: 'id' });
      for (const index of ['subjectIin', 'activityId', 'contractNo']) store.createIndex(index, index);
      store.createIndex('status+destroyOn', ['status', 'destroyOn']);
      store.createIndex('status+activityId+system+destroyOn+id', ['status', 'activityId', 'system', 'destroyOn', 'id']);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
  });
}

/** Plain puts of the same rows (with the fields the app stores), one transaction. */
async function rawImport(rows: readonly RelationshipDraft[], run: number): Promise<number> {
  const idb = await rawOpen(`raw-relationships-${run}`);
  const now = new Date().toISOString();
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction('relationships', 'readwrite');
    const store = tx.objectStore('relationships');
    for (const d of rows) {
      store.put({ ...d, id: crypto.randomUUID(), system: 'core', createdAt: now, destroyOn: d.ended ?? '', status: 'kept' });
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('raw transaction failed'));
  });
  const ms = performance.now() - t0;
  idb.close();
  return ms;
}

async function appImport(rows: readonly RelationshipDraft[], run: number): Promise<{ ms: number; db: QorgauDatabase }> {
  const db = new QorgauDatabase(`retention-bench-${run}`);
  await db.open();
  await saveRegisterVersion(
    db,
    { activities: STARTERS['microfinance-organisation'], effectiveFrom: '2026-01-01', source: 'starter', note: 'bench' },
    'bench',
    new Date().toISOString(),
  );
  const plan = { system: 'core', fileName: 'bench.csv', bytes: new TextEncoder().encode('bench'), rows: rows.length, drafts: rows, skipped: 0 };
  const t0 = performance.now();
  const stored = await importRelationships(db, plan, 'bench', new Date().toISOString());
  const ms = performance.now() - t0;
  if (stored !== rows.length || (await db.relationships.count()) !== rows.length) throw new Error(`imported ${stored}, expected ${rows.length}`);
  return { ms, db };
}

declare global {
  interface Window {
    qorgauRetentionBench: {
      importPair: (total: number, run: number, rawFirst: boolean) => Promise<{ appMs: number; rawMs: number }>;
      queue: (
        run: number,
        today: string,
        repeats: number,
      ) => Promise<{ ms: number[]; countMs: number[]; pageMs: number[]; due: number; groups: number; opened: number; shown: number; held: number }>;
    };
  }
}

window.qorgauRetentionBench = {
  async importPair(total, run, rawFirst) {
    const rows = drafts(total);
    let rawMs = 0;
    if (rawFirst) rawMs = await rawImport(rows, run);
    const app = await appImport(rows, run);
    app.db.close();
    if (!rawFirst) rawMs = await rawImport(rows, run);
    return { appMs: app.ms, rawMs };
  },
  async queue(run, today, repeats) {
    const db = new QorgauDatabase(`retention-bench-${run}`);
    await db.open();
    // Open requests of some subjects (every hundredth): they hold those subjects back.
    if ((await db.cases.count()) === 0) await db.cases.bulkAdd(openCases());
    const ms: number[] = [];
    const pageMs: number[] = [];
    const countMs: number[] = [];
    let due = 0;
    let groups = 0;
    let opened = 0;
    let shown = 0;
    let held = 0;
    for (let i = 0; i < repeats; i++) {
      // What the screen reads first: every group counted, then the first page of each group it opens at first.
      const t0 = performance.now();
      const counted = await readQueueGroups(db, today);
      countMs.push(performance.now() - t0);
      const open = initiallyExpanded(counted);
      const pages = await Promise.all(open.map((g) => readQueuePage(db, g, today)));
      ms.push(performance.now() - t0);
      due = counted.reduce((n, g) => n + g.count, 0);
      groups = counted.length;
      opened = open.length;
      shown = pages.reduce((n, p) => n + p.entries.length, 0);
      held = pages.reduce((n, p) => n + p.entries.filter((e) => e.holds.length > 0).length, 0);
      // The next page of the first group (keyset after the first page's last row).
      const next = pages[0]?.next;
      const t1 = performance.now();
      if (open[0] !== undefined && next !== undefined) await readQueuePage(db, open[0], today, next);
      pageMs.push(performance.now() - t1);
    }
    db.close();
    return { ms, countMs, pageMs, due, groups, opened, shown, held };
  },
};
