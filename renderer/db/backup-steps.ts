/** Backups and restores of the app's own database, as the Backups panel calls them. */
import type { DecodedBackup } from '../../shared/backup/codec';
import { currentActor } from './actor';
import { countAll, recordExport, restoreBackup, type TableCounts } from './backup-restore';
import { takeSnapshot, type SnapshotOptions, type TakenSnapshot } from './backup-snapshot';
import { database } from './database';

/** Every table of the app's database read and encoded as a backup file. */
export const snapshotApp = (options: SnapshotOptions): Promise<TakenSnapshot> => takeSnapshot(database(), options);

/** What the app's database holds now (shown before a restore replaces it). */
export const countAppTables = (): Promise<TableCounts> => countAll(database());

/**
 * Replaces everything with the file's records, in one transaction — refused (RestoreRaceError) when the data
 * no longer matches the safety copy's fingerprint (another window wrote after the copy was read).
 */
export const restoreApp = (backup: DecodedBackup, fileName: string, safetyCopy: string | undefined, now: Date = new Date()): Promise<TableCounts> =>
  restoreBackup(database(), backup, { actor: currentActor(), at: now.toISOString(), fileName, safetyCopy });

/** Records in the audit trail that an export left the machine. */
export const recordAppExport = (details: Parameters<typeof recordExport>[3], now: Date = new Date()): Promise<void> =>
  recordExport(database(), currentActor(), now.toISOString(), details);
