/**
 * Before the app opens its database at a newer schema version than the one stored, a backup of the
 * old data must be safely written. The database is first opened *without* a schema (Dexie's
 * dynamic mode, which never upgrades) to read its version; if it is older than the app's, a
 * snapshot is taken through that same schema-less connection, the connection is closed, and the
 * writer must confirm the file is written (and, in Electron, verified) before this returns. Only
 * then may the caller open QorgauDatabase, which runs the upgrade. If the writer fails, this throws
 * and the stored data stays at its old version, untouched.
 */
import Dexie from 'dexie';
import type { BackupKey } from '../../shared/backup/crypto';
import type { BackupManifest } from '../../shared/backup/format';
import { isLocale, type Locale } from '../../shared/locale';
import { isAppLockSetting, type AppLockSetting } from './backup-settings';
import { takeSnapshot } from './backup-snapshot';
import { CURRENT_SCHEMA_VERSION } from './schema';

export interface DatabaseLocation {
  readonly name: string;
  readonly indexedDB?: IDBFactory | undefined;
  readonly IDBKeyRange?: typeof IDBKeyRange | undefined;
}

export interface StoredDatabase {
  readonly exists: boolean;
  /** Schema version on disk (0 when there is no database yet). */
  readonly version: number;
  readonly locale: Locale | undefined;
  /**
   * The app lock; 'damaged' when one is stored but does not validate. That fails closed: the app does not
   * open (renderer/app/startup.tsx), it offers to start over from a backup (eraseStoredDatabase).
   */
  readonly appLock: AppLockSetting | null | 'damaged';
}

function schemaless(location: DatabaseLocation): Dexie {
  return new Dexie(location.name, {
    ...(location.indexedDB ? { indexedDB: location.indexedDB } : {}),
    ...(location.IDBKeyRange ? { IDBKeyRange: location.IDBKeyRange } : {}),
  });
}

async function openSchemaless(location: DatabaseLocation): Promise<Dexie | undefined> {
  const db = schemaless(location);
  try {
    await db.open();
    return db;
  } catch (error) {
    if (error instanceof Dexie.NoSuchDatabaseError) return undefined;
    throw error;
  }
}

/** What is on disk, read without upgrading anything: version, language and app lock. */
export async function inspectStoredDatabase(location: DatabaseLocation): Promise<StoredDatabase> {
  const db = await openSchemaless(location);
  if (!db) return { exists: false, version: 0, locale: undefined, appLock: null };
  try {
    const hasSettings = db.tables.some((t) => t.name === 'settings');
    const read = async (key: string): Promise<unknown> =>
      hasSettings ? ((await db.table('settings').get(key)) as { value?: unknown } | undefined)?.value : undefined;
    const locale = await read('locale');
    const appLock = await read('appLock');
    const lock = appLock === undefined || appLock === null ? null : isAppLockSetting(appLock) ? appLock : 'damaged';
    return { exists: true, version: db.verno, locale: isLocale(locale) ? locale : undefined, appLock: lock };
  } finally {
    db.close();
  }
}

/** A database written by a newer release: this one must not open it (it would read and write a schema it does not know). */
export const isNewerThanApp = (stored: StoredDatabase): boolean => stored.exists && stored.version > CURRENT_SCHEMA_VERSION;

export const needsUpgrade = (stored: StoredDatabase): boolean => stored.exists && stored.version > 0 && stored.version < CURRENT_SCHEMA_VERSION;

export class PreUpgradeBackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PreUpgradeBackupError';
  }
}

export interface PreUpgradeOptions {
  readonly appVersion: string;
  readonly encryptWith?: BackupKey | undefined;
  /** Writes the file; resolves only once it is safely written, throws (or rejects) otherwise. */
  readonly write: (bytes: Uint8Array, manifest: BackupManifest) => Promise<void>;
}

/**
 * Takes and writes the backup of the old version if an upgrade is due. Resolves to the manifest of
 * the backup written, or undefined when no upgrade is due. Never opens the database with a schema.
 */
export async function backupBeforeUpgrade(location: DatabaseLocation, options: PreUpgradeOptions): Promise<BackupManifest | undefined> {
  const db = await openSchemaless(location);
  if (!db) return undefined;
  let snapshot: Awaited<ReturnType<typeof takeSnapshot>>;
  try {
    if (db.verno >= CURRENT_SCHEMA_VERSION || db.verno <= 0) return undefined;
    snapshot = await takeSnapshot(db, { appVersion: options.appVersion, kind: 'pre-upgrade', encryptWith: options.encryptWith });
  } finally {
    db.close();
  }
  try {
    await options.write(snapshot.bytes, snapshot.manifest);
  } catch (error) {
    throw new PreUpgradeBackupError(error instanceof Error ? error.message : String(error));
  }
  return snapshot.manifest;
}

/**
 * The way out of a damaged app lock: deletes the database on this computer, so that the app opens empty and
 * the DPO restores a backup (the backup folder, or the copies kept in this browser, are not touched).
 */
export async function eraseStoredDatabase(location: DatabaseLocation): Promise<void> {
  await schemaless(location).delete();
}
