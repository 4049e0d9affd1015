/**
 * Settings of this computer kept by the backup feature (shared/backup DEVICE_SETTING_KEYS: never
 * exported, kept by a restore): the app lock and the record of the last backup.
 */
import { BACKUP_KINDS, type BackupKind } from '../../shared/backup/format';
import { MAX_ITERATIONS, MIN_ITERATIONS } from '../../shared/backup/crypto';

/** The app lock keeps only a PBKDF2 verifier of the passphrase, never the passphrase. */
export interface AppLockSetting {
  /** base64 salt and iteration count of the verifier */
  readonly salt: string;
  readonly iterations: number;
  /** hex PBKDF2-SHA-256(passphrase, salt, iterations), 32 bytes */
  readonly verifier: string;
  /** Lock again after this many minutes without input; 0 = only at start. */
  readonly idleMinutes: number;
  /** Automatic backups are encrypted with a key from the same passphrase and this salt. */
  readonly encryptBackups: boolean;
  readonly backupSalt: string;
}

export interface LastBackup {
  readonly at: string;
  readonly kind: BackupKind;
  readonly size: number;
  /** Read back from disk and its checksum matched (Electron); a browser download cannot be. */
  readonly verified: boolean;
  /** Path or file name. */
  readonly where: string;
  readonly encrypted: boolean;
}

export const IDLE_CHOICES = [0, 5, 10, 15, 30, 60] as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isBase64 = (value: unknown): value is string => typeof value === 'string' && value.length >= 16 && /^[A-Za-z0-9+/]+={0,2}$/.test(value);

export function isAppLockSetting(value: unknown): value is AppLockSetting {
  return (
    isRecord(value) &&
    isBase64(value['salt']) &&
    isBase64(value['backupSalt']) &&
    typeof value['iterations'] === 'number' &&
    Number.isInteger(value['iterations']) &&
    value['iterations'] >= MIN_ITERATIONS &&
    value['iterations'] <= MAX_ITERATIONS &&
    typeof value['verifier'] === 'string' &&
    /^[0-9a-f]{64}$/.test(value['verifier']) &&
    typeof value['idleMinutes'] === 'number' &&
    (IDLE_CHOICES as readonly number[]).includes(value['idleMinutes']) &&
    typeof value['encryptBackups'] === 'boolean'
  );
}

export function isLastBackup(value: unknown): value is LastBackup {
  return (
    isRecord(value) &&
    typeof value['at'] === 'string' &&
    (BACKUP_KINDS as readonly unknown[]).includes(value['kind']) &&
    typeof value['size'] === 'number' &&
    typeof value['verified'] === 'boolean' &&
    typeof value['where'] === 'string' &&
    typeof value['encrypted'] === 'boolean'
  );
}
