/**
 * Passphrase protection with WebCrypto (the renderer's, and Node's in tests): a key derived by
 * PBKDF2-SHA-256 at 600 000 iterations (the OWASP 2023 figure) from a random 16-byte salt, and
 * AES-256-GCM with a random 12-byte IV. The app lock keeps only a PBKDF2 verifier, never the passphrase.
 */
import { bytesToBase64 } from './base64';

export const PBKDF2_ITERATIONS = 600_000;
/** Files naming fewer iterations than this (or absurdly many) are refused before any work. */
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 10_000_000;

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const utf8 = new TextEncoder();
type Bytes = Uint8Array<ArrayBuffer>;

export function randomBytes(length: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

async function passphraseKey(passphrase: string): Promise<CryptoKey> {
  return subtle().importKey('raw', utf8.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
}

/** An AES-256-GCM key (not extractable) from the passphrase and salt. */
export async function deriveAesKey(passphrase: string, salt: Uint8Array, iterations: number = PBKDF2_ITERATIONS): Promise<CryptoKey> {
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Bytes, iterations },
    await passphraseKey(passphrase),
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** 32 bytes of PBKDF2 output (hex): what the app lock stores to check a passphrase. */
export async function deriveVerifier(passphrase: string, salt: Uint8Array, iterations: number = PBKDF2_ITERATIONS): Promise<string> {
  const bits = await subtle().deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as Bytes, iterations }, await passphraseKey(passphrase), 256);
  return Array.from(new Uint8Array(bits), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Compares two hex strings in time independent of where they first differ. */
export function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export async function encryptBytes(key: CryptoKey, iv: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv: iv as Bytes, additionalData: aad as Bytes }, key, plaintext as Bytes));
}

/** Resolves to undefined when the key is wrong or anything authenticated was altered. */
export async function decryptBytes(key: CryptoKey, iv: Uint8Array, ciphertext: Uint8Array, aad: Uint8Array): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv: iv as Bytes, additionalData: aad as Bytes }, key, ciphertext as Bytes));
  } catch {
    return undefined;
  }
}

/** A key with the salt and iteration count it was derived with (what a file header records). */
export interface BackupKey {
  readonly key: CryptoKey;
  readonly salt: string;
  readonly iterations: number;
}

/** A fresh random salt and the key derived from it. */
export async function newBackupKey(passphrase: string, iterations: number = PBKDF2_ITERATIONS): Promise<BackupKey> {
  const salt = randomBytes(16);
  return { key: await deriveAesKey(passphrase, salt, iterations), salt: bytesToBase64(salt), iterations };
}
