/**
 * Takes a backup of a Dexie database: every table read in one read-only transaction (a consistent
 * snapshot, even while the DPO keeps working), then encoded by shared/backup. Works on the app's
 * QorgauDatabase and on a schema-less Dexie opened on an older version (the pre-upgrade backup).
 */
import type Dexie from 'dexie';
import { encodeTable, encodeTables, headOfRows, type EncodedBackup, type EncodedTable, type SnapshotTables } from '../../shared/backup/codec';
import type { BackupKey } from '../../shared/backup/crypto';
import { BACKUP_TABLES, DERIVED_TABLES, type BackupKind, type BackupTable } from '../../shared/backup/format';
import { fingerprintTables } from './snapshot-fingerprint';

export interface SnapshotOptions {
  readonly appVersion: string;
  readonly kind: BackupKind;
  readonly createdAt?: string;
  readonly encryptWith?: BackupKey | undefined;
}

/**
 * Every table's rows, read in one read-only transaction. `onTable` is called with each table as soon
 * as its rows arrive (the browser reads the tables one after another), inside the transaction.
 */
const withoutSearchWords = (row: object): object => {
  const { searchTokens: _derived, ...kept } = row as { searchTokens?: unknown };
  return kept;
};

export async function readAllTables(db: Dexie, onTable?: (table: BackupTable, rows: object[]) => void): Promise<SnapshotTables> {
  const present = db.tables.filter((table) => (BACKUP_TABLES as readonly string[]).includes(table.name));
  // The derived caches are left out (a restore empties them and they are built again from the records).
  const unknown = db.tables.filter(
    (table) => !(BACKUP_TABLES as readonly string[]).includes(table.name) && !(DERIVED_TABLES as readonly string[]).includes(table.name),
  );
  if (unknown.length > 0) throw new Error(`the backup format does not know the table(s) ${unknown.map((t) => t.name).join(', ')}`);
  const tables: Partial<Record<BackupTable, object[]>> = {};
  await db.transaction('r', present, async () => {
    await Promise.all(
      present.map(async (table) => {
        const read = (await table.toArray()) as object[];
        // A case's search words are derived: the file leaves them out and a restore recomputes them.
        const rows = table.name === 'cases' ? read.map(withoutSearchWords) : read;
        tables[table.name as BackupTable] = rows;
        onTable?.(table.name as BackupTable, rows);
      }),
    );
  });
  return tables;
}

/** The encoded file, and the fingerprint of the rows it was made from (renderer/db/snapshot-fingerprint.ts). */
export interface TakenSnapshot extends EncodedBackup {
  readonly fingerprint: string;
}

export async function takeSnapshot(db: Dexie, options: SnapshotOptions): Promise<TakenSnapshot> {
  // Each table is encoded as soon as it is read, while the browser reads the next ones (a table
  // without blobs is encoded right there; the blob tables finish after the read).
  const encoding: Promise<EncodedTable>[] = [];
  let auditHead: ReturnType<typeof headOfRows>;
  const read = await readAllTables(db, (table, rows) => {
    if (table === 'audit') auditHead = headOfRows(rows);
    const encoded = encodeTable(table, rows);
    encoded.catch(() => undefined); // awaited below; a failed read must not leave it unhandled
    encoding.push(encoded);
  });
  const fingerprint = fingerprintTables(read);
  const encoded = await encodeTables(await Promise.all(encoding), {
    appVersion: options.appVersion,
    schemaVersion: db.verno,
    createdAt: options.createdAt ?? new Date().toISOString(),
    kind: options.kind,
    encryptWith: options.encryptWith,
    auditHead,
  });
  return { ...encoded, fingerprint };
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
