/**
 * In a plain browser nothing can be written to disk silently, so the backup taken before a schema
 * upgrade is kept in a separate IndexedDB database of the same origin ("qorgau-pre-upgrade"), which
 * the upgrade never touches. Settings → Backups lists these copies to download or restore from. The
 * newest KEEP_BROWSER_COPIES are kept. (In Electron the main process writes pre-upgrade backups to
 * the backup folder instead, read back and verified.)
 */
import Dexie, { type Table } from 'dexie';
import type { BackupManifest } from '../../shared/backup/format';

export const PRE_UPGRADE_DATABASE = 'qorgau-pre-upgrade';
export const KEEP_BROWSER_COPIES = 3;
/**
 * Copies of the data a restore replaced (renderer/features/backup/backup-actions keepBeforeRestore)
 * are kept here too, under names with this prefix. Each group keeps its own newest three, so a few
 * restores never push out the copy taken before an upgrade.
 */
export const BEFORE_RESTORE_PREFIX = 'qorgau-before-restore-';
const groupOf = (fileName: string): string => (fileName.startsWith(BEFORE_RESTORE_PREFIX) ? 'restore' : 'upgrade');

export interface KeptCopy {
  readonly fileName: string;
  readonly createdAt: string;
  readonly schemaVersion: number;
  readonly size: number;
  readonly bytes: Blob;
}

class PreUpgradeKeep extends Dexie {
  copies!: Table<KeptCopy, string>;
  constructor(options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    super(PRE_UPGRADE_DATABASE, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores({ copies: '&fileName, createdAt' });
  }
}

export type KeepOptions = ConstructorParameters<typeof PreUpgradeKeep>[0];

/** Stores the copy and reads it back: resolves only when the stored bytes equal the file. */
export async function keepPreUpgradeCopy(fileName: string, bytes: Uint8Array, manifest: BackupManifest, options: KeepOptions = {}): Promise<void> {
  const db = new PreUpgradeKeep(options);
  try {
    await db.transaction('rw', db.copies, async () => {
      await db.copies.put({
        fileName,
        createdAt: manifest.createdAt,
        schemaVersion: manifest.schemaVersion,
        size: bytes.length,
        bytes: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/json' }),
      });
      const all = await db.copies.orderBy('createdAt').reverse().primaryKeys();
      const sameGroup = all.filter((name) => groupOf(name) === groupOf(fileName));
      await db.copies.bulkDelete(sameGroup.slice(KEEP_BROWSER_COPIES));
    });
    const back = await db.copies.get(fileName);
    const stored = back ? new Uint8Array(await back.bytes.arrayBuffer()) : undefined;
    if (!stored || stored.length !== bytes.length || !stored.every((b, i) => b === bytes[i])) {
      throw new Error('the pre-upgrade copy did not read back as written');
    }
  } finally {
    db.close();
  }
}

/** Newest first, without the bytes. */
export async function listKeptCopies(options: KeepOptions = {}): Promise<Omit<KeptCopy, 'bytes'>[]> {
  const db = new PreUpgradeKeep(options);
  try {
    const copies = await db.copies.orderBy('createdAt').reverse().toArray();
    return copies.map(({ fileName, createdAt, schemaVersion, size }) => ({ fileName, createdAt, schemaVersion, size }));
  } finally {
    db.close();
  }
}

export async function readKeptCopy(fileName: string, options: KeepOptions = {}): Promise<Uint8Array | undefined> {
  const db = new PreUpgradeKeep(options);
  try {
    const copy = await db.copies.get(fileName);
    return copy ? new Uint8Array(await copy.bytes.arrayBuffer()) : undefined;
  } finally {
    db.close();
  }
}
