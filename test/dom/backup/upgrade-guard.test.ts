// @vitest-environment node
/** The pre-upgrade backup is written before the database is upgraded; if it cannot be, nothing is upgraded. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { decodeBackup } from '../../../shared/backup/codec';
import { BEFORE_RESTORE_PREFIX, KEEP_BROWSER_COPIES, keepPreUpgradeCopy, listKeptCopies, readKeptCopy } from '../../../renderer/db/pre-upgrade-keep';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { PreUpgradeBackupError, backupBeforeUpgrade, inspectStoredDatabase, needsUpgrade } from '../../../renderer/db/upgrade-guard';
import { openCurrent, seedAtVersion } from '../db/migration-harness';

const seedV1 = () =>
  seedAtVersion(1, async (db) => {
    await db.settings.bulkPut([
      { key: 'locale', value: 'ru', updatedAt: '2026-03-02T04:00:00.000Z' },
      { key: 'closeOfBusiness', value: '17:30', updatedAt: '2026-03-02T04:00:00.000Z' },
    ]);
  });

describe('backup before a schema upgrade', () => {
  it('writes a backup of the old version while it is still the old version, then the app upgrades', async () => {
    const run = await seedV1();
    const location = { name: run.name, indexedDB: run.factory, IDBKeyRange };
    const stored = await inspectStoredDatabase(location);
    expect(stored).toMatchObject({ exists: true, version: 1, locale: 'ru', appLock: null });
    expect(needsUpgrade(stored)).toBe(true);
    let written: Uint8Array | undefined;
    let versionWhileWriting: number | undefined;
    const manifest = await backupBeforeUpgrade(location, {
      appVersion: '0.1.0',
      write: async (bytes) => {
        versionWhileWriting = (await inspectStoredDatabase(location)).version;
        written = bytes;
      },
    });
    expect(versionWhileWriting).toBe(1);
    expect(manifest).toMatchObject({ kind: 'pre-upgrade', schemaVersion: 1, counts: { settings: 2 } });
    const decoded = await decodeBackup(written!, { currentSchemaVersion: CURRENT_SCHEMA_VERSION });
    expect(decoded.ok && decoded.value.tables.settings.map((s) => s['key'])).toEqual(['closeOfBusiness', 'locale']);
    const db = await openCurrent(run);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    db.close();
    // Once upgraded, no further pre-upgrade backup is due.
    expect(needsUpgrade(await inspectStoredDatabase(location))).toBe(false);
    await expect(backupBeforeUpgrade(location, { appVersion: '0.1.0', write: () => Promise.reject(new Error('must not be called')) })).resolves.toBeUndefined();
  });

  it('when the backup cannot be written, throws and leaves the database at its old version, untouched', async () => {
    const run = await seedV1();
    const location = { name: run.name, indexedDB: run.factory, IDBKeyRange };
    await expect(backupBeforeUpgrade(location, { appVersion: '0.1.0', write: () => Promise.reject(new Error('ENOSPC: no space left')) })).rejects.toThrow(
      PreUpgradeBackupError,
    );
    expect(await inspectStoredDatabase(location)).toMatchObject({ exists: true, version: 1, locale: 'ru' });
  });

  it('a fresh installation needs no pre-upgrade backup', async () => {
    const location = { name: 'never-created', indexedDB: new IDBFactory(), IDBKeyRange };
    expect(await inspectStoredDatabase(location)).toMatchObject({ exists: false, version: 0 });
    await expect(backupBeforeUpgrade(location, { appVersion: '0.1.0', write: () => Promise.reject(new Error('must not be called')) })).resolves.toBeUndefined();
  });

  it('in a browser, the copy is kept in a separate database, read back, newest three kept', async () => {
    const options = { indexedDB: new IDBFactory(), IDBKeyRange };
    const copies: Uint8Array[] = [];
    for (let i = 0; i < KEEP_BROWSER_COPIES + 2; i++) {
      const bytes = new Uint8Array(100 + i).map((_, j) => (j * 31 + i) % 256);
      copies.push(bytes);
      const manifest = { createdAt: `2026-0${i + 1}-01T00:00:00.000Z`, schemaVersion: 1 } as Parameters<typeof keepPreUpgradeCopy>[2];
      await keepPreUpgradeCopy(`copy-${i}.json`, bytes, manifest, options);
    }
    const kept = await listKeptCopies(options);
    expect(kept.map((c) => c.fileName)).toEqual(['copy-4.json', 'copy-3.json', 'copy-2.json']);
    expect(await readKeptCopy('copy-3.json', options)).toEqual(copies[3]);
    expect(await readKeptCopy('copy-0.json', options)).toBeUndefined();

    // Copies taken before restores keep their own newest three: they never push out the pre-upgrade ones.
    for (let i = 0; i < KEEP_BROWSER_COPIES + 1; i++) {
      const manifest = { createdAt: `2026-1${i}-01T00:00:00.000Z`, schemaVersion: 2 } as Parameters<typeof keepPreUpgradeCopy>[2];
      await keepPreUpgradeCopy(`${BEFORE_RESTORE_PREFIX}${i}.json`, new Uint8Array([i + 1]), manifest, options);
    }
    expect((await listKeptCopies(options)).map((c) => c.fileName)).toEqual([
      `${BEFORE_RESTORE_PREFIX}3.json`,
      `${BEFORE_RESTORE_PREFIX}2.json`,
      `${BEFORE_RESTORE_PREFIX}1.json`,
      'copy-4.json',
      'copy-3.json',
      'copy-2.json',
    ]);
  });
});
