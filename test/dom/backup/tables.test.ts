// @vitest-environment node
/** The backup format knows every table of every schema version, and can carry each older version forward. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup } from '../../../shared/backup/codec';
import { BACKUP_TABLES, DERIVED_TABLES, TABLES_BY_SCHEMA_VERSION } from '../../../shared/backup/format';
import { SNAPSHOT_UPGRADES } from '../../../shared/backup/upgrade';
import { restoreBackup } from '../../../renderer/db/backup-restore';
import { readAllTables, takeSnapshot } from '../../../renderer/db/backup-snapshot';
import { QorgauDatabase } from '../../../renderer/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_HISTORY } from '../../../renderer/db/schema';
import { sampleTables } from '../../fixtures/backup/sample-tables';

/**
 * The tables a database has at each version: each version's stores on top of the previous (null deletes),
 * the derived caches left out (no file holds them).
 */
function tablesAt(version: number): string[] {
  const tables = new Set<string>();
  for (const step of SCHEMA_HISTORY.filter((v) => v.version <= version)) {
    for (const [name, spec] of Object.entries(step.stores)) {
      if (spec === null) tables.delete(name);
      else tables.add(name);
    }
  }
  for (const derived of DERIVED_TABLES) tables.delete(derived);
  return [...tables].sort();
}

describe('backup tables by schema version', () => {
  it('match renderer/db/schema.ts for every version, and the current one is BACKUP_TABLES', () => {
    for (const { version } of SCHEMA_HISTORY) {
      expect([...(TABLES_BY_SCHEMA_VERSION[version] ?? [])].sort(), `schema version ${version}`).toEqual(tablesAt(version));
      if (version > 1) expect(SNAPSHOT_UPGRADES[version], `snapshot upgrade to ${version}`).toBeTypeOf('function');
    }
    expect([...BACKUP_TABLES].sort()).toEqual(tablesAt(CURRENT_SCHEMA_VERSION));
  });

  it('restoring the same file twice is harmless: the same records, and the trail ends with one restore event', async () => {
    const source = new QorgauDatabase(`twice-src-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    await source.open();
    const tables = await sampleTables();
    await source.transaction('rw', source.tables, async () => {
      for (const [table, rows] of Object.entries(tables)) await source.table(table).bulkPut([...rows]);
    });
    const { bytes } = await takeSnapshot(source, { appVersion: '0.1.0', kind: 'export' });
    const target = new QorgauDatabase(`twice-dst-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    await target.open();
    const snapshotOf = async () =>
      Object.fromEntries(await Promise.all(['cases', 'obligations', 'actions', 'counters', 'settings'].map(async (t) => [t, await target.table(t).toArray()])));
    for (const round of [1, 2]) {
      const decoded = await decodeBackup(bytes, { currentSchemaVersion: CURRENT_SCHEMA_VERSION });
      if (!decoded.ok) throw new Error(decoded.problem.detail);
      await restoreBackup(target, decoded.value, { actor: 'dpo', at: `2026-11-2${round}T10:00:00.000Z`, fileName: 'same.json' });
      const audit = await target.audit.orderBy('seq').toArray();
      expect(audit.length, `round ${round}`).toBe(tables.audit!.length + 1);
      expect(audit.filter((e) => e.type === 'backup.restored')).toHaveLength(1);
      expect(audit.at(-1)).toMatchObject({ type: 'backup.restored', at: `2026-11-2${round}T10:00:00.000Z` });
    }
    const afterTwice = await snapshotOf();
    expect(afterTwice['cases']).toEqual(tables.cases);
    expect(await target.attachments.count()).toBe(1);
    source.close();
    target.close();
  });

  it('a snapshot, which encodes each table as it is read, is the file encodeBackup makes of the same tables', async () => {
    const db = new QorgauDatabase(`encode-while-reading-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    const tables = await sampleTables();
    await db.transaction('rw', db.tables, async () => {
      for (const [table, rows] of Object.entries(tables)) await db.table(table).bulkPut([...rows]);
    });
    const createdAt = '2026-11-21T10:00:00.000Z';
    const snapshot = await takeSnapshot(db, { appVersion: '0.1.0', kind: 'manual', createdAt });
    const read = await readAllTables(db);
    const encoded = await encodeBackup({ tables: read, appVersion: '0.1.0', schemaVersion: db.verno, createdAt, kind: 'manual' });
    expect(new TextDecoder().decode(snapshot.bytes)).toBe(new TextDecoder().decode(encoded.bytes));
    expect(snapshot.manifest.counts).toMatchObject({ cases: 1, attachments: 1, documents: 1, audit: 3 });
    db.close();
  });
});
