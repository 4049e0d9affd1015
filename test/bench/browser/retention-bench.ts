/**
 * Bench page of the retention figures (bundled by test/bench/retention.bench.ts, never part of the app build):
 * the app's import of relationships into its Dexie database against plain IndexedDB puts of the same rows into
 * a store with the same indexes, in the same page; then the destruction queue read at 100 000 relationships.
 */
import { QorgauDatabase } from '../../../renderer/db/database';
import { readDestructionQueue } from '../../../renderer/db/destruction-queue-queries';
import { saveRegisterVersion } from '../../../renderer/db/processing-register-repository';
import { importRelationships } from '../../../renderer/db/relationship-repository';
import type { RelationshipDraft } from '../../../shared/processing/relationship-import';
import { STARTERS } from '../../../shared/processing/starters';

const ACTIVITIES = ['microloan-contract', 'identification', 'aml-fraud', 'debt-recovery', 'complaints'] as const;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Deterministic rows: ended relationships spread over 2015–2026, a fifth still in force. */
export function drafts(total: number): RelationshipDraft[] {
  return Array.from({ length: total }, (_, i) => {
    const year = 2010 + (i % 12);
    const month = pad(1 + (i % 12), 2);
    const day = pad(1 + (i % 28), 2);
    const inForce = i % 5 === 0;
    return {
      line: i + 2,
      subjectIin: `9${pad(i % 100_000, 11)}`,
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

function rawOpen(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('relationships', { keyPath: 'id' });
      for (const index of ['subjectIin', 'activityId', 'contractNo']) store.createIndex(index, index);
      store.createIndex('status+destroyOn', ['status', 'destroyOn']);
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
      queue: (run: number, today: string, repeats: number) => Promise<{ ms: number[]; due: number; held: number }>;
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
    const ms: number[] = [];
    let due = 0;
    let held = 0;
    for (let i = 0; i < repeats; i++) {
      const t0 = performance.now();
      const groups = await readDestructionQueue(db, today);
      ms.push(performance.now() - t0);
      due = groups.reduce((n, g) => n + g.entries.length, 0);
      held = groups.reduce((n, g) => n + g.entries.filter((e) => e.holds.length > 0).length, 0);
    }
    db.close();
    return { ms, due, held };
  },
};
