/**
 * The app lock: a passphrase asked at start and after idle time. Only a PBKDF2 verifier is stored
 * (shared/backup/crypto deriveVerifier), never the passphrase. When the DPO also chose to encrypt
 * automatic backups, the passphrase unlocks a session key (kept in memory, not extractable) with
 * which this session's automatic backups are encrypted.
 */
import { TEXT_LIMIT } from '../../../shared/text-limits';
import { base64ToBytes, bytesToBase64 } from '../../../shared/backup/base64';
import { PBKDF2_ITERATIONS, deriveAesKey, deriveVerifier, randomBytes, sameHex, type BackupKey } from '../../../shared/backup/crypto';
import type { AppLockSetting } from '../../db/backup-settings';

export const MIN_PASSPHRASE_LENGTH = 8;

export type PassphraseStrength = 'too-short' | 'too-long' | 'weak' | 'fair' | 'strong';

/** A rough hint, not a guarantee: length and the kinds of characters used. */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const length = [...passphrase].length;
  if (length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  if (passphrase.length > TEXT_LIMIT.passphrase) return 'too-long';
  const kinds = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u].filter((re) => re.test(passphrase)).length;
  const words = passphrase.trim().split(/\s+/).length;
  if (length >= 20 || (length >= 14 && kinds >= 3) || words >= 4) return 'strong';
  if (length >= 12 || kinds >= 3) return 'fair';
  return 'weak';
}

export async function createAppLock(
  passphrase: string,
  options: { idleMinutes: number; encryptBackups: boolean; iterations?: number },
): Promise<AppLockSetting> {
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  const salt = randomBytes(16);
  return {
    salt: bytesToBase64(salt),
    iterations,
    verifier: await deriveVerifier(passphrase, salt, iterations),
    idleMinutes: options.idleMinutes,
    encryptBackups: options.encryptBackups,
    backupSalt: bytesToBase64(randomBytes(16)),
  };
}

export async function checkPassphrase(lock: AppLockSetting, passphrase: string): Promise<boolean> {
  const salt = base64ToBytes(lock.salt);
  if (!salt) return false;
  return sameHex(await deriveVerifier(passphrase, salt, lock.iterations), lock.verifier);
}

/** The key automatic backups are encrypted with (salt from the lock setting, a fresh IV per file). */
export async function automaticBackupKey(lock: AppLockSetting, passphrase: string): Promise<BackupKey> {
  const salt = base64ToBytes(lock.backupSalt);
  if (!salt) throw new Error('the app lock setting has no valid backup salt');
  return { key: await deriveAesKey(passphrase, salt, lock.iterations), salt: lock.backupSalt, iterations: lock.iterations };
}

let sessionKey: BackupKey | undefined;

/** This session's key for automatic backups (set when the DPO unlocks with encryption on). */
export function sessionBackupKey(): BackupKey | undefined {
  return sessionKey;
}

export function setSessionBackupKey(key: BackupKey | undefined): void {
  sessionKey = key;
}

/** Thrown when automatic backups are to be encrypted and this session holds no key (issue 16 finding 11). */
export class BackupKeyMissingError extends Error {
  override readonly name = 'BackupKeyMissingError';
}

/**
 * The key a backup of this computer (manual, pre-restore) is encrypted with: none when "encrypt automatic
 * backups" is off; the session's key when on — and when on but no key is in memory, a refusal, never a
 * silently unencrypted file.
 */
export function requiredBackupKey(lock: { readonly encryptBackups: boolean } | null): BackupKey | undefined {
  if (!lock?.encryptBackups) return undefined;
  const key = sessionBackupKey();
  if (!key) throw new BackupKeyMissingError('automatic backups are encrypted, but the passphrase has not been entered in this session');
  return key;
}
