/**
 * Restore = replace everything, in one read-write transaction over every table: clear each table,
 * write the file's rows, and append a `backup.restored` event to the restored audit chain. Either
 * all of it commits or none of it does (IndexedDB aborts the whole transaction on any failure).
 * The file was fully validated before (shared/backup decodeBackup), so nothing is checked half-way.
 *
 * The audit trail is REPLACED by the file's (already verified) chain, never merged: two chains cannot
 * be merged without rewriting one of them. The restore event links to the file's last event, so the
 * restored trail verifies and says when, by whom and from which file it was restored. Restoring the
 * same file twice therefore leaves the same records and a trail that ends with one restore event.
 */
import type { Table } from 'dexie';
import type { DecodedBackup } from '../../shared/backup/codec';
import { BACKUP_TABLES, DERIVED_TABLES, DEVICE_SETTING_KEYS, type BackupTable } from '../../shared/backup/format';
import { appendAudit } from './audit-log';
import type { QorgauDatabase } from './database';
import { fingerprintRows } from './snapshot-fingerprint';

export interface RestoreOptions {
  readonly actor: string;
  readonly at: string;
  /** The file, as named in the audit event. */
  readonly fileName: string;
  /**
   * The fingerprint of the safety copy taken just before (renderer/db/snapshot-fingerprint.ts). The tables
   * are compared with it inside the restore's transaction, which holds every other window's writes out;
   * when they differ, something was written after the copy was read, and the restore is refused
   * (RestoreRaceError) — that write would be in neither the copy nor the restored data.
   */
  readonly safetyCopy?: string | undefined;
  /** Called after each table is written, inside the transaction (progress; tests inject faults here). */
  readonly afterTable?: ((table: BackupTable) => void | Promise<void>) | undefined;
}

export type TableCounts = Readonly<Record<BackupTable, number>>;

export async function countAll(db: QorgauDatabase): Promise<TableCounts> {
  const counts = {} as Record<BackupTable, number>;
  await db.transaction(
    'r',
    BACKUP_TABLES.map((t) => db.table(t)),
    async () => {
      for (const table of BACKUP_TABLES) {
        counts[table] =
          table === 'settings'
            ? await db.settings
                .where('key')
                .noneOf([...DEVICE_SETTING_KEYS])
                .count()
            : await db.table(table).count();
      }
    },
  );
  return counts;
}

/** Another window wrote after the safety copy was read: nothing was restored. */
export class RestoreRaceError extends Error {
  constructor() {
    super('the data changed in another window after the safety copy was taken');
    this.name = 'RestoreRaceError';
  }
}

async function fingerprintNow(db: QorgauDatabase): Promise<string> {
  const parts: string[] = [];
  for (const name of BACKUP_TABLES) {
    const table = db.tables.find((t) => t.name === name);
    parts.push(fingerprintRows(name, table ? ((await table.toArray()) as object[]) : []));
  }
  return parts.join('|');
}

export async function restoreBackup(db: QorgauDatabase, backup: DecodedBackup, options: RestoreOptions): Promise<TableCounts> {
  const tables = BACKUP_TABLES.map((t) => db.table(t));
  const derived = DERIVED_TABLES.map((t) => db.table(t));
  await db.transaction('rw', [...tables, ...derived], async () => {
    if (options.safetyCopy !== undefined && (await fingerprintNow(db)) !== options.safetyCopy) throw new RestoreRaceError();
    // The derived caches were of the data being replaced: emptied, they are built again from the restored records.
    for (const table of derived) await table.clear();
    for (const name of BACKUP_TABLES) {
      const table: Table<object, unknown> = db.table<object, unknown>(name);
      const rows = backup.tables[name];
      if (name === 'settings') {
        // Settings of this computer (app lock, last backup) stay as they are.
        await db.settings
          .where('key')
          .noneOf([...DEVICE_SETTING_KEYS])
          .delete();
        await table.bulkPut(rows);
      } else {
        await table.clear();
        await table.bulkAdd(rows);
      }
      await options.afterTable?.(name);
    }
    await appendAudit(
      db,
      options.actor,
      options.at,
      [
        {
          type: 'backup.restored',
          data: {
            fileName: options.fileName,
            payloadSha256: backup.manifest.payloadSha256,
            createdAt: backup.manifest.createdAt,
            appVersion: backup.manifest.appVersion,
            schemaVersion: backup.manifest.schemaVersion,
            encrypted: backup.manifest.encryption !== null,
            counts: backup.counts,
          },
        },
        // The restored records keep the seals of the restored chain.
      ],
      { seal: false },
    );
  });
  return backup.counts;
}

/** Records in the audit trail that data left the app in a file the DPO chose (not for automatic backups). */
export async function recordExport(
  db: QorgauDatabase,
  actor: string,
  at: string,
  details: { readonly fileName: string; readonly payloadSha256: string; readonly encrypted: boolean; readonly counts: Readonly<Record<string, number>> },
): Promise<void> {
  await db.transaction('rw', db.audit, async () => {
    await appendAudit(db, actor, at, [{ type: 'backup.exported', data: details }]);
  });
}
