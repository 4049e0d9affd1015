/**
 * Writing and reading backup files. `encodeBackup` turns the rows of every table into the file
 * of format.ts; `inspectBackup` checks a file's layout, manifest and checksum (all the main
 * process does); `decodeBackup` goes on to decrypt, parse, carry older schema versions forward and
 * validate every record, key and the audit chain — nothing is returned unless all of it holds.
 */
import type { AuditAnchor } from '../audit/anchor';
import { canonicalJson } from '../audit/canonical-json';
import { sha256Hex, verifyChain, type AuditEvent } from '../audit/chain';
import { base64ToBytes, bytesToBase64 } from './base64';
import { decryptBytes, deriveAesKey, encryptBytes, randomBytes, type BackupKey } from './crypto';
import {
  BACKUP_TABLES,
  BLOB_FIELDS,
  DEVICE_SETTING_KEYS,
  MAX_BACKUP_BYTES,
  PRIMARY_KEYS,
  TABLES_BY_SCHEMA_VERSION,
  UNIQUE_FIELDS,
  assembleBackupFile,
  associatedData,
  splitBackupFile,
  type BackupKind,
  type BackupManifest,
  type BackupTable,
  type EncodedBlob,
  type EncryptionHeader,
} from './format';
import { crossRecordProblem, shapeProblem } from './integrity';
import { problem, type BackupProblem } from './problems';
import { RECORD_SCHEMAS, manifestSchema } from './schema';
import { upgradeSnapshot, withSearchTokens, type PayloadRecord, type PayloadTables } from './upgrade';

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: BackupProblem };
const fail = (p: BackupProblem): { ok: false; problem: BackupProblem } => ({ ok: false, problem: p });

/** Rows as IndexedDB holds them: blob members are Blobs. */
export type SnapshotTables = Partial<Record<BackupTable, readonly object[]>>;

export interface EncodeInput {
  readonly tables: SnapshotTables;
  readonly appVersion: string;
  readonly schemaVersion: number;
  readonly createdAt: string;
  readonly kind: BackupKind;
  /** Encrypts the payload with this key (its salt and iterations go into the header). */
  readonly encryptWith?: BackupKey | undefined;
  /** The head of the audit table in the snapshot (the anchor the manifest carries); taken from `tables` when absent. */
  readonly auditHead?: AuditAnchor | undefined;
}

export interface EncodedBackup {
  readonly bytes: Uint8Array;
  readonly manifest: BackupManifest;
}

async function encodeBlob(value: unknown): Promise<EncodedBlob> {
  if (!(value instanceof Blob)) throw new TypeError('expected a Blob');
  return { type: value.type, base64: bytesToBase64(new Uint8Array(await value.arrayBuffer())) };
}

/** One table of the payload, encoded: `"name":[rows]` as UTF-8 (device settings left out, blobs as base64). */
export interface EncodedTable {
  readonly table: BackupTable;
  readonly count: number;
  readonly bytes: Uint8Array;
}

/**
 * Encodes one table's rows. Without blob members it does all its work before it returns (nothing is
 * awaited), so a snapshot can encode each table as soon as it is read, while the browser still reads
 * the next ones.
 */
export async function encodeTable(table: BackupTable, rows: readonly object[]): Promise<EncodedTable> {
  let kept = rows;
  if (table === 'settings') kept = kept.filter((row) => !DEVICE_SETTING_KEYS.includes((row as { key: string }).key));
  const blobField = BLOB_FIELDS[table];
  if (blobField) {
    const encoded: object[] = [];
    for (const row of kept) encoded.push({ ...row, [blobField]: await encodeBlob((row as Record<string, unknown>)[blobField]) });
    kept = encoded;
  }
  return { table, count: kept.length, bytes: utf8.encode(`${JSON.stringify(table)}:${JSON.stringify(kept)}`) };
}

export type EncodeTablesInput = Omit<EncodeInput, 'tables'>;

/**
 * The file of tables encoded by `encodeTable`: the payload is the JSON object of the tables in
 * BACKUP_TABLES order — byte for byte what JSON.stringify of that object gives.
 */
export async function encodeTables(parts: readonly EncodedTable[], input: EncodeTablesInput): Promise<EncodedBackup> {
  const ordered = [...parts].sort((a, b) => BACKUP_TABLES.indexOf(a.table) - BACKUP_TABLES.indexOf(b.table));
  const counts: Record<string, number> = {};
  let length = 2 + Math.max(0, ordered.length - 1);
  for (const part of ordered) {
    if (counts[part.table] !== undefined) throw new Error(`the table ${part.table} was encoded twice`);
    counts[part.table] = part.count;
    length += part.bytes.length;
  }
  const plain = new Uint8Array(length);
  let at = 0;
  plain[at++] = 0x7b; // {
  ordered.forEach((part, index) => {
    if (index > 0) plain[at++] = 0x2c; // ,
    plain.set(part.bytes, at);
    at += part.bytes.length;
  });
  plain[at++] = 0x7d; // }
  let encryption: EncryptionHeader | null = null;
  let payload = plain;
  const base = {
    app: 'Qorgau' as const,
    appVersion: input.appVersion,
    schemaVersion: input.schemaVersion,
    createdAt: input.createdAt,
    kind: input.kind,
    counts,
  };
  if (input.encryptWith) {
    const iv = randomBytes(12);
    encryption = {
      cipher: 'AES-256-GCM',
      kdf: 'PBKDF2-SHA-256',
      iterations: input.encryptWith.iterations,
      salt: input.encryptWith.salt,
      iv: bytesToBase64(iv),
    };
    const sealed = await encryptBytes(input.encryptWith.key, iv, plain, associatedData({ ...base, encryption }));
    payload = utf8.encode(JSON.stringify(bytesToBase64(sealed)));
  }
  const manifest: BackupManifest = {
    ...base,
    ...(input.auditHead ? { auditHead: { seq: input.auditHead.seq, hash: input.auditHead.hash } } : {}),
    payloadBytes: payload.length,
    payloadSha256: await sha256Hex(payload),
    encryption,
  };
  return { bytes: assembleBackupFile(manifest, payload), manifest };
}

export async function encodeBackup(input: EncodeInput): Promise<EncodedBackup> {
  const parts: EncodedTable[] = [];
  for (const table of BACKUP_TABLES) {
    const rows = input.tables[table];
    if (rows) parts.push(await encodeTable(table, rows));
  }
  return encodeTables(parts, { ...input, auditHead: input.auditHead ?? headOfRows(input.tables.audit) });
}

/** The head of an audit table's rows (the event with the highest seq), if any. */
export function headOfRows(rows: readonly object[] | undefined): AuditAnchor | undefined {
  let head: AuditAnchor | undefined;
  for (const row of rows ?? []) {
    const { seq, hash } = row as { seq?: unknown; hash?: unknown };
    if (typeof seq === 'number' && typeof hash === 'string' && (head === undefined || seq > head.seq)) head = { seq, hash };
  }
  return head;
}

export interface InspectedBackup {
  readonly manifest: BackupManifest;
  /** Line 2 as stored (checksum verified). */
  readonly payload: Uint8Array;
}

/** An answer, never a throw: whatever a hostile file makes a check do, it ends as a named problem. */
async function answering<T>(work: () => Promise<Outcome<T>>): Promise<Outcome<T>> {
  try {
    return await work();
  } catch (cause) {
    const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    return fail(problem('unreadable', detail.slice(0, 500), { detail: detail.slice(0, 200) }));
  }
}

/** Layout, manifest and checksum: enough to say the file is whole. Decrypts and parses nothing. Never throws. */
export async function inspectBackup(bytes: Uint8Array): Promise<Outcome<InspectedBackup>> {
  return answering(() => inspectOrThrow(bytes));
}

async function inspectOrThrow(bytes: Uint8Array): Promise<Outcome<InspectedBackup>> {
  if (bytes.length === 0) return fail(problem('empty', 'the file is empty'));
  if (bytes.length > MAX_BACKUP_BYTES) {
    return fail(problem('too-large', `${bytes.length} bytes`, { count: bytes.length, limit: MAX_BACKUP_BYTES }));
  }
  const split = splitBackupFile(bytes);
  if (!split.ok) return fail(problem(split.problem, split.detail, split.problem === 'unsupported-format-version' ? { version: split.detail } : {}));
  const parsed = manifestSchema.safeParse(split.layout.header.manifest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    return fail(problem('bad-manifest', `${field}: ${issue?.message ?? ''}`, { field }));
  }
  const manifest = parsed.data;
  const actual = await sha256Hex(split.layout.payload);
  if (actual !== manifest.payloadSha256) {
    return fail(problem('checksum-mismatch', `expected ${manifest.payloadSha256}, got ${actual}`));
  }
  return { ok: true, value: { manifest, payload: split.layout.payload } };
}

export interface DecodeOptions {
  /** The schema version the restored data must have (renderer/db/schema.ts CURRENT_SCHEMA_VERSION). */
  readonly currentSchemaVersion: number;
  readonly passphrase?: string | undefined;
}

export interface DecodedBackup {
  readonly manifest: BackupManifest;
  /** Every table of the current schema, rows ready to store (blob members are Blobs again). */
  readonly tables: Readonly<Record<BackupTable, PayloadRecord[]>>;
  readonly counts: Readonly<Record<BackupTable, number>>;
}

/** The plain payload bytes (decrypted when the file is encrypted). */
export async function openPayload(inspected: InspectedBackup, passphrase: string | undefined): Promise<Outcome<Uint8Array>> {
  const { manifest } = inspected;
  if (!manifest.encryption) return { ok: true, value: inspected.payload };
  if (!passphrase) return fail(problem('passphrase-required', 'the file is encrypted'));
  let sealedText: unknown;
  try {
    sealedText = JSON.parse(utf8Decoder.decode(inspected.payload));
  } catch (cause) {
    return fail(problem('bad-payload', String(cause)));
  }
  const sealed = typeof sealedText === 'string' ? base64ToBytes(sealedText) : undefined;
  const salt = base64ToBytes(manifest.encryption.salt);
  const iv = base64ToBytes(manifest.encryption.iv);
  if (!sealed || !salt || !iv) return fail(problem('bad-payload', 'the encrypted payload is not base64'));
  const key = await deriveAesKey(passphrase, salt, manifest.encryption.iterations);
  const plain = await decryptBytes(key, iv, sealed, associatedData(manifest));
  if (!plain) return fail(problem('wrong-passphrase', 'AES-GCM authentication failed'));
  return { ok: true, value: plain };
}

function describeValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Validates and decodes every table; the first problem found is returned and nothing else. Never throws. */
export async function decodeBackup(bytes: Uint8Array, options: DecodeOptions): Promise<Outcome<DecodedBackup>> {
  return answering(async () => {
    const inspected = await inspectBackup(bytes);
    if (!inspected.ok) return inspected;
    return decodeInspected(inspected.value, options);
  });
}

/** decodeBackup after inspectBackup. Never throws. */
export async function decodeInspected(inspected: InspectedBackup, options: DecodeOptions): Promise<Outcome<DecodedBackup>> {
  return answering(() => decodeInspectedOrThrow(inspected, options));
}

async function decodeInspectedOrThrow(inspected: InspectedBackup, options: DecodeOptions): Promise<Outcome<DecodedBackup>> {
  const { manifest } = inspected;
  if (manifest.schemaVersion > options.currentSchemaVersion) {
    return fail(
      problem('newer-schema', `schema ${manifest.schemaVersion} > ${options.currentSchemaVersion}`, {
        version: manifest.schemaVersion,
        current: options.currentSchemaVersion,
      }),
    );
  }
  const known = TABLES_BY_SCHEMA_VERSION[manifest.schemaVersion];
  if (!known) return fail(problem('bad-manifest', `unknown schema version ${manifest.schemaVersion}`, { field: 'schemaVersion' }));
  const opened = await openPayload(inspected, options.passphrase);
  if (!opened.ok) return opened;
  let parsed: unknown;
  try {
    parsed = JSON.parse(utf8Decoder.decode(opened.value));
  } catch (cause) {
    return fail(problem('bad-payload', cause instanceof Error ? cause.message : String(cause)));
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return fail(problem('bad-payload', 'the payload is not an object of tables'));
  const shape = shapeProblem(parsed);
  if (shape) return fail(shape);
  const raw = parsed as Record<string, unknown>;

  for (const [table, rows] of Object.entries(raw)) {
    if (!(known as readonly string[]).includes(table)) return fail(problem('unknown-table', table, { table }));
    if (!Array.isArray(rows)) return fail(problem('bad-payload', `${table} is not a list`, { table }));
  }
  for (const table of [...new Set([...Object.keys(raw), ...Object.keys(manifest.counts)])]) {
    const expected = manifest.counts[table] ?? 0;
    const found = (raw[table] as unknown[] | undefined)?.length ?? 0;
    if (expected !== found) return fail(problem('count-mismatch', `${table}: ${found} ≠ ${expected}`, { table, count: expected, found }));
  }

  // Validate against the schema of the version the file was written with (today: one record schema per table).
  for (const table of known) {
    const rows = (raw[table] as unknown[] | undefined) ?? [];
    const schema = RECORD_SCHEMAS[table];
    for (let index = 0; index < rows.length; index++) {
      const result = schema.safeParse(rows[index]);
      if (!result.success) {
        const issue = result.error.issues[0];
        const field = issue?.path.join('.') || '—';
        return fail(problem('invalid-record', `${table}[${index}].${field}: ${issue?.message ?? ''}`, { table, record: index + 1, field }));
      }
    }
  }

  let tables: PayloadTables;
  try {
    // Derived search words are recomputed, never taken from the file.
    tables = withSearchTokens(upgradeSnapshot(raw, manifest.schemaVersion, options.currentSchemaVersion));
  } catch (cause) {
    return fail(problem('newer-schema', String(cause), { version: manifest.schemaVersion, current: options.currentSchemaVersion }));
  }

  const orphanOrBehind = crossRecordProblem(tables);
  if (orphanOrBehind) return fail(orphanOrBehind);

  const out = {} as Record<BackupTable, PayloadRecord[]>;
  const counts = {} as Record<BackupTable, number>;
  for (const table of BACKUP_TABLES) {
    const rows = tables[table] ?? [];
    const keyField = PRIMARY_KEYS[table];
    for (const field of [keyField, ...(UNIQUE_FIELDS[table] ?? [])]) {
      const seen = new Set<unknown>();
      for (const row of rows) {
        const value = row[field];
        if (seen.has(value))
          return fail(problem('duplicate-key', `${table}.${field} = ${describeValue(value)}`, { table, field, value: describeValue(value) }));
        seen.add(value);
      }
    }
    const blobField = BLOB_FIELDS[table];
    if (blobField) {
      const decoded: PayloadRecord[] = [];
      for (let index = 0; index < rows.length; index++) {
        const row = rows[index]!;
        const encoded = row[blobField] as EncodedBlob;
        const content = base64ToBytes(encoded.base64);
        if (!content) return fail(problem('invalid-record', `${table}[${index}].${blobField}: not base64`, { table, record: index + 1, field: blobField }));
        // The content must be what its record (and the audit trail) says it is: an evidence file
        // swapped in an edited export is refused, not restored.
        const digest = await sha256Hex(content);
        if (digest !== row['sha256'] || (row['size'] !== undefined && row['size'] !== content.length)) {
          return fail(
            problem(
              'invalid-record',
              `${table}[${index}].${blobField}: the content does not match its sha256 ${describeValue(row['sha256'])} (got ${digest}, ${content.length} bytes)`,
              {
                table,
                record: index + 1,
                field: blobField,
              },
            ),
          );
        }
        decoded.push({ ...row, [blobField]: new Blob([content as Uint8Array<ArrayBuffer>], { type: encoded.type }) });
      }
      out[table] = decoded;
    } else {
      out[table] = table === 'settings' ? rows.filter((row) => !DEVICE_SETTING_KEYS.includes(row['key'] as string)) : rows;
    }
    counts[table] = out[table].length;
  }

  const audit = [...(out.audit as unknown as AuditEvent[])].sort((a, b) => a.seq - b.seq);
  const verdict = await verifyChain(audit);
  if (!verdict.ok) return fail(problem('audit-broken', `${verdict.reason} at ${verdict.brokenAt}`, { seq: verdict.brokenAt }));
  out.audit = audit as unknown as PayloadRecord[];

  return { ok: true, value: { manifest, tables: out, counts } };
}

/** For tests and the format document: the canonical text of a record, blobs as {type, base64}. */
export async function canonicalRecord(row: object, blobField?: string): Promise<string> {
  if (!blobField) return canonicalJson(row);
  return canonicalJson({ ...row, [blobField]: await encodeBlob((row as Record<string, unknown>)[blobField]) });
}
