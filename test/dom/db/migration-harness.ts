/**
 * Migration-test harness: open a fresh database as release `n` would, fill it with that release's
 * rows, close it, then open it with the current schema and inspect what the upgrades made of it.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { QorgauDatabase } from '../../../renderer/db/database';

export interface MigrationRun {
  readonly name: string;
  readonly factory: IDBFactory;
}

let counter = 0;

export async function seedAtVersion(version: number, fill: (db: QorgauDatabase) => Promise<void>): Promise<MigrationRun> {
  const factory = new IDBFactory();
  const name = `qorgau-migration-${++counter}`;
  const old = new QorgauDatabase(name, { upTo: version, indexedDB: factory, IDBKeyRange });
  await old.open();
  if (old.verno !== version) throw new Error(`expected to open at version ${version}, got ${old.verno}`);
  await fill(old);
  old.close();
  return { name, factory };
}

export async function openCurrent(run: MigrationRun): Promise<QorgauDatabase> {
  const db = new QorgauDatabase(run.name, { indexedDB: run.factory, IDBKeyRange });
  await db.open();
  return db;
}
