// @vitest-environment node
/**
 * The boot script's warm-up of the database (renderer/db/warm-open.ts): it opens an existing database
 * without reading it, never creates one, and never holds back an upgrade or a deletion.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { QorgauDatabase } from '../../../renderer/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { inspectStoredDatabase } from '../../../renderer/db/upgrade-guard';
import { releaseWarmDatabase, resetWarmDatabaseForTests, warmDatabase, warmState } from '../../../renderer/db/warm-open';
import { seedAtVersion } from './migration-harness';

/** Waits until the warm-up has settled (opened, found nothing, or failed); the test's timeout bounds it. */
async function settled(): Promise<void> {
  while (warmState() === 'opening') await new Promise((resolve) => setTimeout(resolve, 5));
}

/** Opens the app's current schema; fails at once if another connection (the warm one) blocks the upgrade. */
async function openUnblocked(run: { name: string; factory: IDBFactory }): Promise<QorgauDatabase> {
  const db = new QorgauDatabase(run.name, { indexedDB: run.factory, IDBKeyRange });
  const blocked = new Promise<never>((_, reject) => {
    db.on('blocked', () => reject(new Error('the upgrade is blocked by another connection')));
  });
  await Promise.race([db.open(), blocked]);
  return db;
}

afterEach(() => resetWarmDatabaseForTests());

describe('warming the database at boot', () => {
  it('creates nothing when there is no database yet (a fresh installation stays fresh)', async () => {
    const factory = new IDBFactory();
    warmDatabase('qorgau-fresh', factory);
    await settled();
    expect(warmState()).toBe('absent');
    expect((await factory.databases()).map((d) => d.name)).not.toContain('qorgau-fresh');
    expect(await inspectStoredDatabase({ name: 'qorgau-fresh', indexedDB: factory, IDBKeyRange })).toMatchObject({ exists: false, version: 0 });
  });

  it('opens an existing database at its stored version, without upgrading it', async () => {
    const run = await seedAtVersion(1, async (db) => {
      await db.settings.put({ key: 'locale', value: 'ru', updatedAt: '2026-03-02T04:00:00.000Z' });
    });
    warmDatabase(run.name, run.factory);
    await settled();
    expect(warmState()).toBe('open');
    expect(await inspectStoredDatabase({ name: run.name, indexedDB: run.factory, IDBKeyRange })).toMatchObject({ exists: true, version: 1, locale: 'ru' });
  });

  it('gives way to the app’s upgrade while it holds its connection', async () => {
    const run = await seedAtVersion(1, async () => undefined);
    warmDatabase(run.name, run.factory);
    await settled();
    expect(warmState()).toBe('open');
    const db = await openUnblocked(run);
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    db.close();
  });

  it('gives way to a deletion of the database', async () => {
    const run = await seedAtVersion(1, async () => undefined);
    warmDatabase(run.name, run.factory);
    await settled();
    await new Promise<void>((resolve, reject) => {
      const request = run.factory.deleteDatabase(run.name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('delete failed'));
      request.onblocked = () => reject(new Error('the deletion is blocked by another connection'));
    });
    expect((await run.factory.databases()).map((d) => d.name)).not.toContain(run.name);
  });

  it('released before its open completes, closes the connection as soon as it opens', async () => {
    const run = await seedAtVersion(1, async () => undefined);
    warmDatabase(run.name, run.factory);
    releaseWarmDatabase();
    expect(warmState()).toBe('released');
    // A closed connection does not hear of the upgrade: it neither blocks it nor is asked to close.
    let blocked = false;
    const db = new QorgauDatabase(run.name, { indexedDB: run.factory, IDBKeyRange });
    db.on('blocked', () => {
      blocked = true;
    });
    await db.open();
    expect(blocked).toBe(false);
    db.close();
  });
});
