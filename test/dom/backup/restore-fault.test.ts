// @vitest-environment node
/**
 * A restore that dies half-way — the transaction aborted after some tables were already cleared and
 * rewritten — leaves the database exactly as it was: no half-written case, no audit event, counters
 * unchanged.
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { canonicalRecord, decodeBackup, encodeBackup } from '../../../shared/backup/codec';
import { BACKUP_TABLES, BLOB_FIELDS, type BackupTable } from '../../../shared/backup/format';
import { restoreBackup } from '../../../renderer/db/backup-restore';
import { QorgauDatabase } from '../../../renderer/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { auditChain, sampleTables } from '../../fixtures/backup/sample-tables';

async function everything(db: QorgauDatabase): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of BACKUP_TABLES) {
    out[table] = await Promise.all((await db.table(table).toArray()).map((row: object) => canonicalRecord(row, BLOB_FIELDS[table])));
  }
  return out;
}

/** A database holding the sample case, and a backup file holding three other cases. */
async function setUp() {
  const db = new QorgauDatabase(`fault-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  const here = await sampleTables();
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(here)) await db.table(table).bulkPut([...rows]);
  });
  const other = await sampleTables();
  const fileCases = [1, 2, 3].map((n) => ({ ...(other.cases![0] as object), id: `file-case-${n}`, number: `DSR-2025-00000${n}`, year: 2025, seq: n }));
  const { bytes } = await encodeBackup({
    // The sample case stays in the file too: its obligations, actions, attachments and documents name it.
    tables: {
      ...other,
      cases: [...fileCases, ...other.cases!],
      counters: [
        { key: 'case-seq:2025', value: 3 },
        { key: 'case-seq:2026', value: 1 },
      ],
      audit: await auditChain(5),
    },
    appVersion: '0.1.0',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: '2026-11-01T00:00:00.000Z',
    kind: 'manual',
  });
  const decoded = await decodeBackup(bytes, { currentSchemaVersion: CURRENT_SCHEMA_VERSION });
  if (!decoded.ok) throw new Error(decoded.problem.detail);
  return { db, backup: decoded.value };
}

const FAULTS: readonly { readonly name: string; readonly after: BackupTable; readonly fault: () => void }[] = [
  {
    name: 'an exception thrown after the cases were written',
    after: 'cases',
    fault: () => {
      throw new Error('power cut');
    },
  },
  { name: 'the transaction aborted after the attachments were written', after: 'attachments', fault: () => Dexie.currentTransaction.abort() },
  {
    name: 'an exception on the very last table, before the audit event',
    after: 'audit',
    fault: () => {
      throw new Error('disk full');
    },
  },
];

describe('a restore killed half-way', () => {
  for (const { name, after, fault } of FAULTS) {
    it(`${name}: nothing changes`, async () => {
      const { db, backup } = await setUp();
      const before = await everything(db);
      const written: BackupTable[] = [];
      await expect(
        restoreBackup(db, backup, {
          actor: 'dpo',
          at: '2026-11-21T10:00:00.000Z',
          fileName: 'x.json',
          afterTable: async (table) => {
            written.push(table);
            // Inside the transaction the new rows are really there before the fault …
            if (table === 'cases') expect(await db.cases.get('file-case-1')).toBeDefined();
            if (table === after) fault();
          },
        }),
      ).rejects.toThrow();
      expect(written).toEqual(BACKUP_TABLES.slice(0, BACKUP_TABLES.indexOf(after) + 1));
      // … and after it none of them is, and everything that was there is there again, byte for byte.
      expect(await db.cases.where('id').startsWith('file-case-').count()).toBe(0);
      expect(await db.counters.toArray()).toEqual([{ key: 'case-seq:2026', value: 1 }]);
      expect((await db.audit.toArray()).map((e) => e.type)).not.toContain('backup.restored');
      expect(await everything(db)).toEqual(before);
      db.close();
    });
  }

  it('without a fault the same restore goes through (the faults above are what stopped it)', async () => {
    const { db, backup } = await setUp();
    await restoreBackup(db, backup, { actor: 'dpo', at: '2026-11-21T10:00:00.000Z', fileName: 'x.json' });
    expect(await db.cases.where('id').startsWith('file-case-').count()).toBe(3);
    expect(await db.counters.toArray()).toEqual([
      { key: 'case-seq:2025', value: 3 },
      { key: 'case-seq:2026', value: 1 },
    ]);
    expect((await db.audit.orderBy('seq').last())?.type).toBe('backup.restored');
    db.close();
  });
});
