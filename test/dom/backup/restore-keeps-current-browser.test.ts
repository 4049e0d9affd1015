// @vitest-environment node
/** In a browser, the copy of the data a restore replaces is kept next to the pre-upgrade copies, read back. */
import 'fake-indexeddb/auto';
import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBackup } from '../../../shared/backup/codec';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { listKeptCopies, readKeptCopy } from '../../../renderer/db/pre-upgrade-keep';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { keepBeforeRestore } from '../../../renderer/features/backup/backup-actions';
import { sampleTables } from '../../fixtures/backup/sample-tables';
import { fakePlatform } from '../fake-platform';

const browser = fakePlatform();

afterEach(() => useDatabaseForTests(undefined));

describe('keeping the current data before a restore, in a browser', () => {
  it('keeps every table (attachments included) under a name of its own for each restore', async () => {
    const db = new QorgauDatabase(`keep-browser-${Math.random()}`, { IDBKeyRange });
    await db.open();
    const tables = await sampleTables();
    await db.transaction('rw', db.tables, async () => {
      for (const [table, rows] of Object.entries(tables)) await db.table(table).bulkPut([...rows]);
    });
    useDatabaseForTests(db);

    const { where: first } = await keepBeforeRestore(browser, { appVersion: '0.2.0', timeZone: 'Asia/Almaty', now: new Date('2026-11-21T10:00:00.000Z') });
    // A second restore in the same minute must not overwrite the first copy.
    const { where: second } = await keepBeforeRestore(browser, { appVersion: '0.2.0', timeZone: 'Asia/Almaty', now: new Date('2026-11-21T10:00:20.000Z') });
    expect(first).not.toBe(second);
    expect((await listKeptCopies()).map((c) => c.fileName)).toEqual([second, first]);

    const copy = await decodeBackup((await readKeptCopy(first))!, { currentSchemaVersion: CURRENT_SCHEMA_VERSION });
    if (!copy.ok) throw new Error(copy.problem.detail);
    expect(copy.value.manifest.kind).toBe('pre-restore');
    expect(copy.value.counts).toMatchObject({ cases: tables.cases!.length, attachments: tables.attachments!.length, audit: tables.audit!.length });
    db.close();
  });
});
