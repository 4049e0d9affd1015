/**
 * Another window upgrades or deletes the database while this one has it open: this window lets go for good
 * (Dexie alone would reopen it at the next query, or recreate a deleted database) and is told; another window
 * holding an older connection open holds up this window's upgrade, and this window is told that too.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchAppDatabase, type ElsewhereChange } from '../../../renderer/db/connection-watch';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';

const idbOpen = (factory: IDBFactory, name: string, version?: number): Promise<IDBDatabase> =>
  new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  useDatabaseForTests(undefined);
});

function useAppDatabase(factory: IDBFactory, name: string): QorgauDatabase {
  const db = new QorgauDatabase(name, { indexedDB: factory, IDBKeyRange });
  useDatabaseForTests(db);
  return db;
}

describe('the app database and other windows', () => {
  it('another window upgrading it: this window closes for good and is told, the upgrade goes through', async () => {
    const factory = new IDBFactory();
    const db = useAppDatabase(factory, 'watch-upgrade');
    const changes: ElsewhereChange[] = [];
    stop = watchAppDatabase({ blocked: () => expect.unreachable('not blocked'), changedElsewhere: (change) => changes.push(change) });
    await db.open();
    const version = db.verno * 10;
    const other = await idbOpen(factory, 'watch-upgrade', version + 10);
    expect(other.version).toBe(version + 10);
    other.close();
    expect(changes).toEqual(['upgraded']);
    expect(db.isOpen()).toBe(false);
    // No silent reopen at the next query (it would fail on the newer version, or worse, write to it).
    await expect(db.cases.count()).rejects.toThrow(/closed/i);
  });

  it('another window deleting it: told as a deletion, and the database is not recreated behind the DPO', async () => {
    const factory = new IDBFactory();
    const db = useAppDatabase(factory, 'watch-delete');
    const changes: ElsewhereChange[] = [];
    stop = watchAppDatabase({ blocked: () => undefined, changedElsewhere: (change) => changes.push(change) });
    await db.open();
    await new Promise<void>((resolve, reject) => {
      const request = factory.deleteDatabase('watch-delete');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(new Error('delete failed'));
    });
    expect(changes).toEqual(['deleted']);
    await expect(db.settings.count()).rejects.toThrow(/closed/i);
    expect((await factory.databases()).map((d) => d.name)).not.toContain('watch-delete');
  });

  it("an older window that keeps its connection open holds up this window's upgrade: told, and the open goes on once it closes", async () => {
    const factory = new IDBFactory();
    // An old window: a version-1 database, its connection kept open and deaf to versionchange.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('watch-blocked', 10);
      request.onupgradeneeded = () => request.result.createObjectStore('settings', { keyPath: 'key' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error('open failed'));
    });
    const db = useAppDatabase(factory, 'watch-blocked');
    const blocked = vi.fn();
    stop = watchAppDatabase({ blocked, changedElsewhere: () => expect.unreachable('nothing changed elsewhere') });
    const opening = db.open();
    await vi.waitFor(() => expect(blocked).toHaveBeenCalled());
    expect(db.isOpen()).toBe(false);
    old.close();
    await opening;
    expect(db.isOpen()).toBe(true);
    db.close();
  });
});
