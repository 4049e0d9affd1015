/**
 * Takes a backup of a Dexie database: every table read in one read-only transaction (a consistent
 * snapshot, even while the DPO keeps working), then encoded by shared/backup. Works on the app's
 * QorgauDatabase and on a schema-less Dexie opened on an older version (the pre-upgrade backup).
 */
import type Dexie from 'dexie';
import { encodeBackup, type EncodedBackup, type SnapshotTables } from '../../shared/backup/codec';
import type { BackupKey } from '../../shared/backup/crypto';
import { BACKUP_TABLES, type BackupKind, type BackupTable } from '../../shared/backup/format';

export interface SnapshotOptions {
  readonly appVersion: string;
  readonly kind: BackupKind;
  readonly createdAt?: string;
  readonly encryptWith?: BackupKey | undefined;
}

export async function readAllTables(db: Dexie): Promise<SnapshotTables> {
  const present = db.tables.filter((table) => (BACKUP_TABLES as readonly string[]).includes(table.name));
  const unknown = db.tables.filter((table) => !(BACKUP_TABLES as readonly string[]).includes(table.name));
  if (unknown.length > 0) throw new Error(`the backup format does not know the table(s) ${unknown.map((t) => t.name).join(', ')}`);
  const tables: Partial<Record<BackupTable, object[]>> = {};
  await db.transaction('r', present, async () => {
    await Promise.all(
      present.map(async (table) => {
        tables[table.name as BackupTable] = (await table.toArray()) as object[];
      }),
    );
  });
  return tables;
}

export async function takeSnapshot(db: Dexie, options: SnapshotOptions): Promise<EncodedBackup> {
  const tables = await readAllTables(db);
  return encodeBackup({
    tables,
    appVersion: options.appVersion,
    schemaVersion: db.verno,
    createdAt: options.createdAt ?? new Date().toISOString(),
    kind: options.kind,
    encryptWith: options.encryptWith,
  });
}

/** `qorgau-export-2026-05-26-1030.json` in the given zone (what a download or Save-As offers). */
export function exportFileName(instant: Date, timeZone: string, prefix = 'qorgau-backup'): string {
  const parts: Record<string, string> = {};
  for (const p of new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant)) {
    parts[p.type] = p.value;
  }
  return `${prefix}-${parts['year']}-${parts['month']}-${parts['day']}-${parts['hour']}${parts['minute']}.json`;
}
