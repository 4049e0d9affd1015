import { describe, expect, it } from 'vitest';
import { decodeBackup, encodeBackup } from '../../../shared/backup/codec';
import { MIN_ITERATIONS } from '../../../shared/backup/crypto';
import { isAppLockSetting } from '../../../renderer/db/backup-settings';
import { automaticBackupKey, checkPassphrase, createAppLock, passphraseStrength } from '../../../renderer/features/backup/app-lock';
import { passphraseAcceptable } from '../../../renderer/features/backup/PassphrasePair';
import { sampleTables } from '../../fixtures/backup/sample-tables';

describe('app lock', () => {
  it('stores a verifier, never the passphrase; the right passphrase passes, any other fails', async () => {
    const lock = await createAppLock('Ёсімдік Қорғау 2026!', { idleMinutes: 15, encryptBackups: true, iterations: MIN_ITERATIONS });
    expect(isAppLockSetting(lock)).toBe(true);
    expect(JSON.stringify(lock)).not.toContain('Ёсімдік');
    expect(await checkPassphrase(lock, 'Ёсімдік Қорғау 2026!')).toBe(true);
    // NFC: the same text typed with a decomposed letter is the same passphrase
    expect(await checkPassphrase(lock, 'Ёсімдік Қорғау 2026!'.normalize('NFD'))).toBe(true);
    expect(await checkPassphrase(lock, 'ёсімдік Қорғау 2026!')).toBe(false);
    expect(await checkPassphrase(lock, '')).toBe(false);
    const other = await createAppLock('Ёсімдік Қорғау 2026!', { idleMinutes: 15, encryptBackups: true, iterations: MIN_ITERATIONS });
    expect(other.verifier).not.toBe(lock.verifier); // fresh salt each time
  });

  it('automatic backups encrypted with the lock passphrase open with it and not with another', async () => {
    const lock = await createAppLock('long enough passphrase', { idleMinutes: 0, encryptBackups: true, iterations: MIN_ITERATIONS });
    const { bytes } = await encodeBackup({
      tables: await sampleTables(),
      appVersion: '0.1.0',
      schemaVersion: 2,
      createdAt: '2026-05-26T05:00:00.000Z',
      kind: 'daily',
      encryptWith: await automaticBackupKey(lock, 'long enough passphrase'),
    });
    expect((await decodeBackup(bytes, { currentSchemaVersion: 2, passphrase: 'long enough passphrase' })).ok).toBe(true);
    const wrong = await decodeBackup(bytes, { currentSchemaVersion: 2, passphrase: 'another passphrase' });
    expect(!wrong.ok && wrong.problem.code).toBe('wrong-passphrase');
  });

  it('rates passphrases', () => {
    expect(passphraseStrength('qwerty')).toBe('too-short');
    expect(passphraseStrength('qwertyui')).toBe('weak');
    expect(passphraseStrength('Qwerty12')).toBe('fair');
    expect(passphraseStrength('алматы таулары көктем жазы')).toBe('strong');
    expect(passphraseStrength('Kz-2026-Almaty!')).toBe('strong');
    // PBKDF2 hashes all of it: a passphrase has a limit too (issue 16.9), and one over it is not accepted.
    expect(passphraseStrength('сөз '.repeat(250))).toBe('strong');
    expect(passphraseStrength('сөз '.repeat(250) + 'x')).toBe('too-long');
    expect(passphraseAcceptable('сөз '.repeat(250) + 'x', 'сөз '.repeat(250) + 'x')).toBe(false);
  });
});
