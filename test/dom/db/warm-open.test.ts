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
import { openCurrent, seedAtVersion } from './migration-harness';

/** Waits until the warm-up has settled (opened, found nothing, or failed). */
async function settled(): Promise<void> {
  for (let i = 0; i < 200 && warmState() === 'opening'; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

const within = <T>(work: Promise<T>, ms = 2_000): Promise<T> =>
  Promise.race([work, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not done within ${ms} ms (blocked?)`)), ms))]);

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
    const db = await within(openCurrent(run));
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    db.close();
  });

  it('gives way to a deletion of the database', async () => {
    const run = await seedAtVersion(1, async () => undefined);
    warmDatabase(run.name, run.factory);
    await settled();
    await within(
      new Promise<void>((resolve, reject) => {
        const request = run.factory.deleteDatabase(run.name);
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error ?? new Error('delete failed'));
      }),
    );
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
    await within(db.open());
    expect(blocked).toBe(false);
    db.close();
  });
});
