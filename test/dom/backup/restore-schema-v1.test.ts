// @vitest-environment node
/** A backup made by schema version 1 (a real file, committed) restores into the current version. */
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/chain';
import { decodeBackup, inspectBackup } from '../../../shared/backup/codec';
import { restoreBackup } from '../../../renderer/db/backup-restore';
import { QorgauDatabase } from '../../../renderer/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { sampleTables } from '../../fixtures/backup/sample-tables';
import { V1_FIXTURE, V1_SETTINGS, makeSchemaV1Backup } from '../../fixtures/backup/schema-v1-backup';

const fixture = new Uint8Array(readFileSync(V1_FIXTURE));
const exported = V1_SETTINGS.filter((s) => s.key !== 'lastBackup');

describe('restoring a backup made by schema version 1', () => {
  it('the committed file is what the pre-upgrade guard writes for a version-1 database', async () => {
    const inspected = await inspectBackup(fixture);
    if (!inspected.ok) throw new Error(inspected.problem.detail);
    expect(inspected.value.manifest).toMatchObject({ schemaVersion: 1, kind: 'pre-upgrade', counts: { settings: exported.length }, encryption: null });
    const fresh = await decodeBackup(await makeSchemaV1Backup(), { currentSchemaVersion: 1 });
    const committed = await decodeBackup(fixture, { currentSchemaVersion: 1 });
    if (!fresh.ok || !committed.ok) throw new Error('decode failed');
    expect(committed.value.tables).toEqual(fresh.value.tables);
  });

  it('carries it forward to the current schema and replaces a current database with it', async () => {
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThan(1);
    const decoded = await decodeBackup(fixture, { currentSchemaVersion: CURRENT_SCHEMA_VERSION });
    if (!decoded.ok) throw new Error(`${decoded.problem.code}: ${decoded.problem.detail}`);
    expect(decoded.value.counts).toMatchObject({ settings: exported.length, cases: 0, audit: 0 });

    // A current database with cases in it, and a device setting of its own.
    const db = new QorgauDatabase(`current-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    const current = await sampleTables();
    await db.transaction('rw', db.tables, async () => {
      for (const [table, rows] of Object.entries(current)) await db.table(table).bulkPut([...rows]);
    });
    expect(await db.cases.count()).toBe(1);

    await restoreBackup(db, decoded.value, { actor: 'dpo', at: '2026-11-21T10:00:00.000Z', fileName: 'qorgau-backup-schema-v1.json' });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const settings = await db.settings.orderBy('key').toArray();
    // The file's settings, plus this computer's app lock which a restore keeps.
    expect(settings.filter((s) => s.key !== 'appLock')).toEqual([...exported].sort((a, b) => a.key.localeCompare(b.key)));
    expect(await db.settings.get('appLock')).toEqual(current.settings!.find((s) => (s as { key: string }).key === 'appLock'));
    for (const table of ['cases', 'obligations', 'actions', 'attachments', 'documents', 'counters', 'calendarOverrides'] as const) {
      expect(await db.table(table).count(), table).toBe(0);
    }
    const audit = await db.audit.orderBy('seq').toArray();
    expect(audit.map((e) => e.type)).toEqual(['backup.restored']);
    expect(audit[0]!.data).toMatchObject({ schemaVersion: 1, fileName: 'qorgau-backup-schema-v1.json', counts: { settings: exported.length } });
    expect(await verifyChain(audit)).toMatchObject({ ok: true, count: 1 });
    db.close();
  });
});
