/**
 * The Qorgau backup / export file (format "qorgau-backup", version 1), documented in
 * docs/backup-format.md. A file is one JSON document laid out on exactly three lines:
 *
 *   {"format":"qorgau-backup","formatVersion":1,"manifest":{…},"payload":
 *   <payload: the tables as one JSON object, or (encrypted) one JSON string of base64 ciphertext>
 *   }
 *
 * The manifest names the payload's length in bytes and its SHA-256, taken over exactly the bytes
 * of line 2. Any JSON tool reads the whole file; a verifier (the main process, which never parses
 * the payload) finds line 2 by its two newlines and hashes it.
 */
import { canonicalJson } from '../audit/canonical-json';

export const BACKUP_FORMAT = 'qorgau-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Largest file Qorgau writes or reads (a JavaScript string cannot hold much more). */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

/**
 * Why a backup was taken; it is part of the file name of automatic backups. `pre-restore` is the
 * data as it was just before a restore replaced it (so a restore of the wrong file can be undone).
 */
export const BACKUP_KINDS = ['daily', 'manual', 'pre-upgrade', 'pre-restore', 'export'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** Every table of the current schema, in the order they are written. */
export const BACKUP_TABLES = [
  'settings',
  'counters',
  'calendarOverrides',
  'cases',
  'obligations',
  'actions',
  'attachments',
  'documents',
  'processingRegister',
  'relationships',
  'actScans',
  'incidents',
  'incidentObligations',
  'incidentDocuments',
  'incidentAttachments',
  'audit',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/**
 * Tables of the database that are caches derived from the backed-up records: never in a backup (nor in
 * its fingerprint); a restore empties them and the app builds them again from the restored records.
 */
export const DERIVED_TABLES = ['overviewFacts', 'overviewMonths', 'overviewMeta'] as const;
export type DerivedTable = (typeof DERIVED_TABLES)[number];

/** The tables of schema versions 2–4 (before the breach register and the register of processing activities). */
const CASE_TABLES: readonly BackupTable[] = [
  'settings',
  'counters',
  'calendarOverrides',
  'cases',
  'obligations',
  'actions',
  'attachments',
  'documents',
  'audit',
];

/** The tables each schema version has (a test checks this against renderer/db/schema.ts). */
export const TABLES_BY_SCHEMA_VERSION: Readonly<Record<number, readonly BackupTable[]>> = {
  1: ['settings'],
  2: CASE_TABLES,
  3: CASE_TABLES,
  4: CASE_TABLES,
  5: [...CASE_TABLES, 'incidents', 'incidentObligations', 'incidentDocuments', 'incidentAttachments'],
  6: BACKUP_TABLES.filter((t) => t !== 'actScans'),
  7: BACKUP_TABLES.filter((t) => t !== 'actScans'),
  // Version 8 added only derived tables (DERIVED_TABLES), which no file holds.
  8: BACKUP_TABLES.filter((t) => t !== 'actScans'),
  9: BACKUP_TABLES.filter((t) => t !== 'actScans'),
  10: BACKUP_TABLES,
};

/** Members holding binary content (a Blob in IndexedDB, {type, base64} in the file). */
export const BLOB_FIELDS: Readonly<Partial<Record<BackupTable, string>>> = {
  attachments: 'blob',
  documents: 'bytes',
  incidentDocuments: 'bytes',
  incidentAttachments: 'blob',
  actScans: 'blob',
};

/** Primary key of each table; unique secondary keys are listed in UNIQUE_FIELDS. */
export const PRIMARY_KEYS: Readonly<Record<BackupTable, string>> = {
  settings: 'key',
  counters: 'key',
  calendarOverrides: 'id',
  cases: 'id',
  obligations: 'id',
  actions: 'id',
  attachments: 'id',
  documents: 'id',
  processingRegister: 'id',
  relationships: 'id',
  actScans: 'id',
  audit: 'seq',
  incidents: 'id',
  incidentObligations: 'id',
  incidentDocuments: 'id',
  incidentAttachments: 'id',
};
export const UNIQUE_FIELDS: Readonly<Partial<Record<BackupTable, readonly string[]>>> = {
  cases: ['number'],
  documents: ['number'],
  incidents: ['number'],
  incidentDocuments: ['number'],
  processingRegister: ['version'],
  actScans: ['sha256'],
};

/**
 * Settings that belong to this computer, not to the case file: the app lock, the record of the
 * last backup and who acts at this computer. They are never exported, and a restore keeps the ones already here.
 */
export const DEVICE_SETTING_KEYS: readonly string[] = ['appLock', 'lastBackup', 'actor'];

export interface EncryptionHeader {
  readonly cipher: 'AES-256-GCM';
  readonly kdf: 'PBKDF2-SHA-256';
  readonly iterations: number;
  /** base64, 16 bytes */
  readonly salt: string;
  /** base64, 12 bytes */
  readonly iv: string;
}

export interface BackupManifest {
  readonly app: 'Qorgau';
  readonly appVersion: string;
  /** Dexie schema version of the database the snapshot was taken from. */
  readonly schemaVersion: number;
  /** UTC ISO instant the snapshot was taken. */
  readonly createdAt: string;
  readonly kind: BackupKind;
  /** Records per table. */
  readonly counts: Readonly<Record<string, number>>;
  /** Length in bytes of line 2 (the payload as stored: plain JSON or the ciphertext string). */
  readonly payloadBytes: number;
  /** SHA-256 (hex) of exactly those bytes. */
  readonly payloadSha256: string;
  readonly encryption: EncryptionHeader | null;
  /** Position and hash of the last audit event in the payload: the audit trail's anchor at the snapshot. */
  readonly auditHead?: { readonly seq: number; readonly hash: string } | undefined;
}

/** A blob member as stored in the payload. */
export interface EncodedBlob {
  readonly type: string;
  readonly base64: string;
}

const NEWLINE = 0x0a;
const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

/** Line 1: the document up to and including `"payload":`. */
export function headerLine(manifest: BackupManifest): string {
  const whole = JSON.stringify({ format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, manifest });
  return `${whole.slice(0, -1)},"payload":`;
}

/** Assembles the file from the manifest and the payload bytes (line 2). */
export function assembleBackupFile(manifest: BackupManifest, payload: Uint8Array): Uint8Array {
  const head = utf8.encode(`${headerLine(manifest)}\n`);
  const tail = utf8.encode('\n}\n');
  const file = new Uint8Array(head.length + payload.length + tail.length);
  file.set(head, 0);
  file.set(payload, head.length);
  file.set(tail, head.length + payload.length);
  return file;
}

/** The header must fit in this many bytes (it holds only the manifest). */
export const MAX_HEADER_BYTES = 64 * 1024;

export type LayoutProblem = 'not-a-backup' | 'unsupported-format-version' | 'truncated' | 'corrupt';

export interface BackupLayout {
  /** The header object (format, formatVersion, manifest) — not yet validated beyond the format name and version. */
  readonly header: { readonly format: string; readonly formatVersion: number; readonly manifest: unknown };
  /** Line 2, exactly as stored. */
  readonly payload: Uint8Array;
}

/**
 * Splits a file into header and payload by its layout alone (no hashing, no payload parsing), so
 * that a truncated file or a file of another kind is named as such. `payloadBytes` comes from the
 * (unvalidated) manifest; the caller validates the manifest and checks the checksum.
 */
export function splitBackupFile(bytes: Uint8Array): { ok: true; layout: BackupLayout } | { ok: false; problem: LayoutProblem; detail: string } {
  const scan = bytes.subarray(0, Math.min(bytes.length, MAX_HEADER_BYTES));
  const firstNewline = scan.indexOf(NEWLINE);
  const startsLikeBackup = startsWith(bytes, `{"format":"${BACKUP_FORMAT}"`);
  if (firstNewline < 0) {
    return startsLikeBackup && bytes.length < MAX_HEADER_BYTES
      ? { ok: false, problem: 'truncated', detail: 'the file ends inside its header' }
      : { ok: false, problem: 'not-a-backup', detail: 'no Qorgau backup header' };
  }
  let header: unknown;
  try {
    const text = utf8Decoder.decode(bytes.subarray(0, firstNewline));
    if (!text.endsWith(',"payload":')) throw new Error('header does not end with "payload":');
    header = JSON.parse(`${text}null}`);
  } catch (cause) {
    return { ok: false, problem: 'not-a-backup', detail: cause instanceof Error ? cause.message : String(cause) };
  }
  if (typeof header !== 'object' || header === null || (header as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, problem: 'not-a-backup', detail: 'the format is not qorgau-backup' };
  }
  const { formatVersion, manifest } = header as { formatVersion?: unknown; manifest?: unknown };
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    return { ok: false, problem: 'not-a-backup', detail: 'no format version' };
  }
  if (formatVersion > BACKUP_FORMAT_VERSION) {
    return { ok: false, problem: 'unsupported-format-version', detail: String(formatVersion) };
  }
  const declared = (manifest as { payloadBytes?: unknown } | undefined)?.payloadBytes;
  if (typeof declared !== 'number' || !Number.isSafeInteger(declared) || declared < 0) {
    return { ok: false, problem: 'not-a-backup', detail: 'the manifest names no payload length' };
  }
  const start = firstNewline + 1;
  const end = start + declared;
  // The file must end with "\n}" and an optional final newline.
  if (bytes.length < end + 2) {
    return { ok: false, problem: 'truncated', detail: `${bytes.length} of at least ${end + 2} bytes` };
  }
  const rest = bytes.subarray(end);
  const closing = rest.length === 2 || (rest.length === 3 && rest[2] === NEWLINE);
  if (rest[0] !== NEWLINE || rest[1] !== 0x7d || !closing) {
    return { ok: false, problem: 'corrupt', detail: 'the payload is not followed by the closing line' };
  }
  return { ok: true, layout: { header: { format: BACKUP_FORMAT, formatVersion, manifest }, payload: bytes.subarray(start, end) } };
}

/** True when the bytes begin with the prefix, or are themselves the beginning of it (cut short). */
function startsWith(bytes: Uint8Array, prefix: string): boolean {
  const want = utf8.encode(prefix);
  const n = Math.min(bytes.length, want.length);
  for (let i = 0; i < n; i++) if (bytes[i] !== want[i]) return false;
  return n > 0;
}

/** The additional authenticated data of an encrypted payload: the manifest without payloadBytes and payloadSha256. */
export function associatedData(manifest: Omit<BackupManifest, 'payloadBytes' | 'payloadSha256'>): Uint8Array {
  const { app, appVersion, schemaVersion, createdAt, kind, counts, encryption } = manifest;
  return utf8.encode(
    canonicalJson({ format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, app, appVersion, schemaVersion, createdAt, kind, counts, encryption }),
  );
}
