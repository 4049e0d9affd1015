/**
 * What the Backups panel and the automatic backups do: take a snapshot, hand it to the platform,
 * record the last backup; read a file, validate all of it, and only then restore.
 */
import { decodeInspected, inspectBackup, type DecodedBackup, type Outcome } from '../../../shared/backup/codec';
import { newBackupKey, type BackupKey } from '../../../shared/backup/crypto';
import type { BackupManifest, BackupTable } from '../../../shared/backup/format';
import { problem } from '../../../shared/backup/problems';
import type { BackupWriteKind } from '../../../shared/ipc';
import { err, ok, type Result } from '../../../shared/result';
import type { TableCounts } from '../../db/backup-restore';
import type { LastBackup } from '../../db/backup-settings';
import { exportFileName, type TakenSnapshot } from '../../db/backup-snapshot';
import { countAppTables, recordAppExport, restoreApp, snapshotApp } from '../../db/backup-steps';
import { BEFORE_RESTORE_PREFIX, keepPreUpgradeCopy } from '../../db/pre-upgrade-keep';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';
import type { Platform, PlatformError } from '../../platform/platform';

export type WriteFailure = PlatformError | 'canceled';

/**
 * Writes a backup of the current database. `daily` and `manual` go to the backup folder (Electron;
 * the browser downloads a manual backup), `export` to a file the DPO picks. Resolves to the record
 * of the last backup to keep in settings.
 */
export async function writeBackup(
  platform: Platform,
  kind: Exclude<BackupWriteKind, 'pre-upgrade'>,
  options: { appVersion: string; timeZone: string; encryptWith?: BackupKey | undefined; now?: Date },
): Promise<Result<LastBackup, WriteFailure>> {
  const now = options.now ?? new Date();
  const snapshot = await snapshotApp({ appVersion: options.appVersion, kind, createdAt: now.toISOString(), encryptWith: options.encryptWith });
  return writeTakenBackup(platform, kind, snapshot, { timeZone: options.timeZone, now });
}

async function writeTakenBackup(
  platform: Platform,
  kind: Exclude<BackupWriteKind, 'pre-upgrade'>,
  snapshot: TakenSnapshot,
  options: { timeZone: string; now: Date },
): Promise<Result<LastBackup, WriteFailure>> {
  const { now } = options;
  const fileName = exportFileName(now, options.timeZone, kind === 'export' ? 'qorgau-export' : 'qorgau-backup');
  const written = await platform.writeBackup(kind, fileName, snapshot.bytes);
  if (!written.ok) return written;
  const outcome = written.value;
  if (outcome.status === 'canceled') return err('canceled', 'the DPO closed the Save dialog');
  const last: LastBackup =
    outcome.status === 'written'
      ? {
          at: outcome.written.createdAt,
          kind,
          size: outcome.written.size,
          verified: outcome.written.verified,
          where: outcome.written.path,
          encrypted: snapshot.manifest.encryption !== null,
        }
      : { at: now.toISOString(), kind, size: outcome.size, verified: false, where: outcome.fileName, encrypted: snapshot.manifest.encryption !== null };
  if (kind === 'export') {
    await recordAppExport(
      {
        fileName: outcome.status === 'written' ? outcome.written.fileName : outcome.fileName,
        payloadSha256: snapshot.manifest.payloadSha256,
        encrypted: last.encrypted,
        counts: snapshot.manifest.counts,
      },
      now,
    );
  }
  return ok(last);
}

/** An export protected with its own passphrase (fresh salt per file). */
export async function exportKey(passphrase: string): Promise<BackupKey> {
  return newBackupKey(passphrase);
}

export type ReadStage =
  | { readonly stage: 'needs-passphrase'; readonly manifest: BackupManifest }
  | { readonly stage: 'ready'; readonly backup: DecodedBackup; readonly current: TableCounts };

/**
 * Reads a chosen file: layout, manifest and checksum first; when encrypted and no passphrase is
 * given yet, stops to ask for one; otherwise decrypts and validates every record. Writes nothing.
 */
export async function readBackupFile(bytes: Uint8Array, passphrase: string | undefined): Promise<Outcome<ReadStage>> {
  const inspected = await inspectBackup(bytes);
  if (!inspected.ok) return inspected;
  if (inspected.value.manifest.encryption && !passphrase) {
    if (inspected.value.manifest.schemaVersion > CURRENT_SCHEMA_VERSION) {
      const { schemaVersion } = inspected.value.manifest;
      return { ok: false, problem: problem('newer-schema', `schema ${schemaVersion}`, { version: schemaVersion, current: CURRENT_SCHEMA_VERSION }) };
    }
    return { ok: true, value: { stage: 'needs-passphrase', manifest: inspected.value.manifest } };
  }
  const decoded = await decodeInspected(inspected.value, { currentSchemaVersion: CURRENT_SCHEMA_VERSION, passphrase });
  if (!decoded.ok) return decoded;
  return { ok: true, value: { stage: 'ready', backup: decoded.value, current: await countAppTables() } };
}

/**
 * Keeps a safe copy of the data now in the database before a restore replaces it, so a restore of
 * the wrong file can be undone. Electron: a `pre-restore` backup in the backup folder, read back and
 * verified by main (rotation keeps the newest six apart from the daily ones). Browser: kept in the
 * separate IndexedDB database of renderer/db/pre-upgrade-keep.ts, read back. Throws unless the copy
 * is safely stored — the restore must not go ahead then. Resolves to where the copy is and the
 * fingerprint of the data it holds (for restoreFromFile).
 */
export async function keepBeforeRestore(
  platform: Platform,
  options: { appVersion: string; timeZone: string; encryptWith?: BackupKey | undefined; now?: Date },
): Promise<SafetyCopy> {
  const now = options.now ?? new Date();
  const snapshot = await snapshotApp({ appVersion: options.appVersion, kind: 'pre-restore', createdAt: now.toISOString(), encryptWith: options.encryptWith });
  if (platform.automaticBackups) {
    const written = await writeTakenBackup(platform, 'pre-restore', snapshot, { timeZone: options.timeZone, now });
    if (!written.ok) throw new Error(`${written.error}: ${written.message}`);
    if (!written.value.verified) throw new Error('the copy was not verified');
    return { where: written.value.where, fingerprint: snapshot.fingerprint };
  }
  // To the millisecond: a second restore a minute later must not overwrite the first copy.
  const name = `${BEFORE_RESTORE_PREFIX}${now.toISOString().replace(/:/g, '-').replace('.', '-')}.json`;
  await keepPreUpgradeCopy(name, snapshot.bytes, snapshot.manifest);
  return { where: name, fingerprint: snapshot.fingerprint };
}

export interface SafetyCopy {
  /** The backup file (Electron) or the kept copy's name (browser). */
  readonly where: string;
  /** What the copy was made from (renderer/db/snapshot-fingerprint.ts). */
  readonly fingerprint: string;
}

/**
 * Replaces everything with the file's records, in one transaction — only if the data is still what the
 * safety copy holds (another window may have written meanwhile): RestoreRaceError otherwise, nothing changed.
 */
export async function restoreFromFile(
  backup: DecodedBackup,
  fileName: string,
  safetyCopy: SafetyCopy,
  now: Date = new Date(),
): Promise<Readonly<Record<BackupTable, number>>> {
  return restoreApp(backup, fileName, safetyCopy.fingerprint, now);
}

/** The flash shown once after the page reloads on a restore. */
export const RESTORED_FLASH_KEY = 'qorgau.restored';

export interface RestoredFlash {
  readonly fileName: string;
  readonly cases: number;
  readonly documents: number;
  readonly attachments: number;
}
