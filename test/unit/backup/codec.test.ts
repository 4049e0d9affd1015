import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../shared/audit/chain';
import { headOfRows, decodeBackup, encodeBackup, encodeTable, encodeTables, inspectBackup } from '../../../shared/backup/codec';
import { newBackupKey, PBKDF2_ITERATIONS } from '../../../shared/backup/crypto';
import { MAX_BACKUP_BYTES, assembleBackupFile, type BackupManifest } from '../../../shared/backup/format';
import { auditChain, sampleTables } from '../../fixtures/backup/sample-tables';

const CURRENT = 2;
const utf8 = new TextEncoder();
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function sampleFile(over: Partial<Parameters<typeof encodeBackup>[0]> = {}) {
  return encodeBackup({ tables: await sampleTables(), appVersion: '0.1.0', schemaVersion: 2, createdAt: '2026-05-26T05:00:00.000Z', kind: 'manual', ...over });
}

/** Rebuilds a file around a changed payload, with a correct checksum (what a buggy or hostile writer could produce). */
async function withPayload(manifest: BackupManifest, payload: unknown, counts = manifest.counts): Promise<Uint8Array> {
  const bytes = utf8.encode(JSON.stringify(payload));
  return assembleBackupFile({ ...manifest, counts, payloadBytes: bytes.length, payloadSha256: await sha256Hex(bytes) }, bytes);
}

const decode = (bytes: Uint8Array, passphrase?: string) => decodeBackup(bytes, { currentSchemaVersion: CURRENT, passphrase });

describe('the file layout', () => {
  it('is one JSON document on three lines, line 2 hashed in the manifest', async () => {
    const { bytes, manifest } = await sampleFile();
    const lines = text(bytes).split('\n');
    expect(lines).toHaveLength(4); // the final newline leaves an empty fourth
    expect(lines[0]).toMatch(/^\{"format":"qorgau-backup","formatVersion":1,"manifest":\{.*\},"payload":$/);
    expect(lines[2]).toBe('}');
    expect(await sha256Hex(utf8.encode(lines[1] ?? ''))).toBe(manifest.payloadSha256);
    const whole = JSON.parse(text(bytes));
    expect(whole.manifest).toEqual(manifest);
    expect(Object.keys(whole.payload)).toEqual([
      'settings',
      'counters',
      'calendarOverrides',
      'cases',
      'obligations',
      'actions',
      'attachments',
      'documents',
      'audit',
    ]);
    expect(whole.payload.attachments[0].blob).toEqual({ type: 'application/pdf', base64: expect.stringMatching(/^AAECAwQF/) });
  });

  it('line 2 is byte for byte JSON.stringify of the tables, however the tables were encoded and in whatever order they came', async () => {
    const tables = await sampleTables();
    const { bytes, manifest } = await sampleFile();
    const payload = text(bytes).split('\n')[1];
    const expected = JSON.parse(payload ?? '') as Record<string, unknown>;
    expect(payload).toBe(JSON.stringify(expected));
    expect(expected['settings']).toEqual(tables.settings?.filter((row) => !JSON.stringify(row).includes('device only')));
    // Tables encoded one by one, handed over in reverse (as a snapshot encodes them while reading): the same file.
    const parts = await Promise.all(
      Object.entries(tables)
        .reverse()
        .map(([table, rows]) => encodeTable(table as never, rows)),
    );
    // The manifest carries the audit trail's anchor: the head of the audit table of the snapshot.
    const auditHead = headOfRows(tables.audit);
    expect(manifest.auditHead).toEqual(auditHead);
    const again = await encodeTables(parts, { appVersion: '0.1.0', schemaVersion: 2, createdAt: '2026-05-26T05:00:00.000Z', kind: 'manual', auditHead });
    expect(text(again.bytes)).toBe(text(bytes));
    expect(again.manifest).toEqual(manifest);
    await expect(
      encodeTables([...parts, parts[0]!], { appVersion: '0.1.0', schemaVersion: 2, createdAt: '2026-05-26T05:00:00.000Z', kind: 'manual' }),
    ).rejects.toThrow(/twice/);
  });

  it('counts every table and leaves out the settings of this computer', async () => {
    const { manifest, bytes } = await sampleFile();
    expect(manifest.counts).toEqual({
      settings: 1,
      counters: 1,
      calendarOverrides: 1,
      cases: 1,
      obligations: 1,
      actions: 1,
      attachments: 1,
      documents: 1,
      audit: 3,
    });
    expect(text(bytes)).not.toContain('device only');
  });

  it('decodes what it encoded, blobs included', async () => {
    const { bytes } = await sampleFile();
    const decoded = await decode(bytes);
    if (!decoded.ok) throw new Error(decoded.problem.detail);
    const blob = decoded.value.tables.attachments[0]!['blob'] as Blob;
    expect(blob.type).toBe('application/pdf');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(new Uint8Array(256).map((_, i) => i));
    expect(decoded.value.tables.cases[0]).toMatchObject({ description: 'Дербес деректеріме қол жеткізуді сұраймын — ҒҚҢӨҰҮҺІ' });
  });
});

describe('a bad file is rejected with the problem named', () => {
  it('empty', async () => {
    expect(await decode(new Uint8Array())).toMatchObject({ ok: false, problem: { code: 'empty' } });
  });

  it('oversized: refused before anything is read', async () => {
    const huge = { length: MAX_BACKUP_BYTES + 1 } as Uint8Array;
    expect(await inspectBackup(huge)).toMatchObject({ ok: false, problem: { code: 'too-large', values: { limit: MAX_BACKUP_BYTES } } });
  });

  it.each([
    ['a PDF', utf8.encode('%PDF-1.7\n1 0 obj\n')],
    ['other JSON', utf8.encode('{"cases":[]}\n')],
    ['a text file', utf8.encode('hello')],
  ])('not a backup: %s', async (_label, bytes) => {
    expect(await decode(bytes)).toMatchObject({ ok: false, problem: { code: 'not-a-backup' } });
  });

  it('truncated anywhere: inside the header, the payload, or before the closing line', async () => {
    const { bytes } = await sampleFile();
    const headerEnd = bytes.indexOf(0x0a);
    for (const cut of [20, headerEnd - 5, headerEnd + 1, headerEnd + 100, bytes.length - 3, bytes.length - 2]) {
      const result = await decode(bytes.slice(0, cut));
      expect(result, `cut at ${cut}`).toMatchObject({ ok: false, problem: { code: 'truncated' } });
    }
  });

  it('a newer format version', async () => {
    const { bytes } = await sampleFile();
    const newer = utf8.encode(text(bytes).replace('"formatVersion":1', '"formatVersion":2'));
    expect(await decode(newer)).toMatchObject({ ok: false, problem: { code: 'unsupported-format-version', values: { version: '2' } } });
  });

  it('a newer schema version', async () => {
    const { bytes } = await sampleFile({ schemaVersion: 7 });
    expect(await decode(bytes)).toMatchObject({ ok: false, problem: { code: 'newer-schema', values: { version: 7, current: 2 } } });
  });

  it('a wrong checksum: one changed letter in the payload', async () => {
    const { bytes } = await sampleFile();
    const changed = utf8.encode(text(bytes).replace('DSR-2026-000001', 'DSR-2026-000009'));
    expect(await decode(changed)).toMatchObject({ ok: false, problem: { code: 'checksum-mismatch' } });
  });

  it('a manifest that does not hold', async () => {
    const { bytes } = await sampleFile();
    const bad = utf8.encode(text(bytes).replace('"app":"Qorgau"', '"app":"Other"'));
    expect(await decode(bad)).toMatchObject({ ok: false, problem: { code: 'bad-manifest', values: { field: 'app' } } });
  });

  it('an invalid record, named by table, record number and field', async () => {
    const { bytes, manifest } = await sampleFile();
    const payload = JSON.parse(text(bytes)).payload;
    payload.cases[0].status = 'lost';
    expect(await decode(await withPayload(manifest, payload))).toMatchObject({
      ok: false,
      problem: { code: 'invalid-record', values: { table: 'cases', record: 1, field: 'status' } },
    });
    delete payload.cases[0].status;
    payload.obligations[0].notified = 'never';
    payload.cases[0].status = 'open';
    expect(await decode(await withPayload(manifest, payload))).toMatchObject({
      problem: { code: 'invalid-record', values: { table: 'obligations', field: 'notified' } },
    });
  });

  it('an attachment or document whose content is not what its record says (an evidence file swapped)', async () => {
    const { bytes, manifest } = await sampleFile();
    const original = JSON.parse(text(bytes)).payload;
    expect((await decode(await withPayload(manifest, original))).ok).toBe(true);

    const swapped = structuredClone(original);
    swapped.attachments[0].blob.base64 = Buffer.from('another scan').toString('base64');
    expect(await decode(await withPayload(manifest, swapped))).toMatchObject({
      ok: false,
      problem: { code: 'invalid-record', values: { table: 'attachments', record: 1, field: 'blob' } },
    });
    // Swapped together with its hash, the size still gives it away.
    swapped.attachments[0].sha256 = await sha256Hex(new TextEncoder().encode('another scan'));
    expect(await decode(await withPayload(manifest, swapped))).toMatchObject({
      ok: false,
      problem: { code: 'invalid-record', values: { table: 'attachments', field: 'blob' } },
    });

    const letter = structuredClone(original);
    letter.documents[0].bytes.base64 = Buffer.from('%PDF-1.7 другое письмо').toString('base64');
    expect(await decode(await withPayload(manifest, letter))).toMatchObject({
      ok: false,
      problem: { code: 'invalid-record', values: { table: 'documents', record: 1, field: 'bytes' } },
    });
  });

  it('counts that do not match the manifest', async () => {
    const { bytes, manifest } = await sampleFile();
    const payload = JSON.parse(text(bytes)).payload;
    payload.cases = [];
    expect(await decode(await withPayload(manifest, payload))).toMatchObject({
      problem: { code: 'count-mismatch', values: { table: 'cases', count: 1, found: 0 } },
    });
  });

  it('a table the schema version does not have', async () => {
    const { bytes, manifest } = await sampleFile();
    const payload = { ...JSON.parse(text(bytes)).payload, secrets: [] };
    expect(await decode(await withPayload(manifest, payload))).toMatchObject({ problem: { code: 'unknown-table', values: { table: 'secrets' } } });
  });

  it('two records with one key, or two cases with one number', async () => {
    const { bytes, manifest } = await sampleFile();
    const payload = JSON.parse(text(bytes)).payload;
    payload.obligations.push({ ...payload.obligations[0] });
    expect(await decode(await withPayload(manifest, payload, { ...manifest.counts, obligations: 2 }))).toMatchObject({
      problem: { code: 'duplicate-key', values: { table: 'obligations', field: 'id', value: 'ob1' } },
    });
    payload.obligations.pop();
    payload.cases.push({ ...payload.cases[0], id: 'another' });
    expect(await decode(await withPayload(manifest, payload, { ...manifest.counts, cases: 2 }))).toMatchObject({
      problem: { code: 'duplicate-key', values: { table: 'cases', field: 'number' } },
    });
  });

  it('an audit trail whose chain is broken, named by the first broken event', async () => {
    const { bytes, manifest } = await sampleFile();
    const payload = JSON.parse(text(bytes)).payload;
    payload.audit[1].data = { note: 'rewritten afterwards' };
    expect(await decode(await withPayload(manifest, payload))).toMatchObject({ problem: { code: 'audit-broken', values: { seq: 2 } } });
  });
});

describe('passphrase protection', () => {
  it('refuses a header naming a salt other than the documented 16 bytes', async () => {
    const key = await newBackupKey('Қорғау-2026 құпия сөз', 100_000);
    const { bytes, manifest } = await sampleFile({ encryptWith: key });
    expect((await inspectBackup(bytes)).ok).toBe(true);
    for (const salt of ['AAAAAAAAAAAAAAAA' /* 12 bytes */, `${'A'.repeat(40)}==` /* 31 bytes */]) {
      const edited = utf8.encode(text(bytes).replace(`"salt":"${manifest.encryption!.salt}"`, `"salt":"${salt}"`));
      expect(await inspectBackup(edited)).toMatchObject({ ok: false, problem: { code: 'bad-manifest', values: { field: 'encryption.salt' } } });
    }
  });

  it('encrypts with AES-GCM under a PBKDF2 key; the right passphrase opens it, a wrong one is named as such', async () => {
    const key = await newBackupKey('Қорғау-2026 құпия сөз');
    expect(key.iterations).toBe(PBKDF2_ITERATIONS);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const { bytes, manifest } = await sampleFile({ encryptWith: key });
    expect(manifest.encryption).toMatchObject({ cipher: 'AES-256-GCM', kdf: 'PBKDF2-SHA-256', iterations: PBKDF2_ITERATIONS });
    expect(text(bytes)).not.toContain('Құнанбаева');
    // main can check the file is whole without the passphrase
    expect((await inspectBackup(bytes)).ok).toBe(true);
    expect(await decode(bytes)).toMatchObject({ ok: false, problem: { code: 'passphrase-required' } });
    expect(await decode(bytes, 'wrong')).toMatchObject({ ok: false, problem: { code: 'wrong-passphrase' } });
    const opened = await decode(bytes, 'Қорғау-2026 құпия сөз');
    expect(opened.ok && (opened.value.tables.cases[0]?.['subject'] as { fullName: string }).fullName).toBe('Әлия Сейітқызы Құнанбаева');
  });

  it('uses a fresh IV per file and authenticates the manifest', async () => {
    const key = await newBackupKey('pass phrase', 100_000);
    const a = await sampleFile({ encryptWith: key });
    const b = await sampleFile({ encryptWith: key });
    expect(a.manifest.encryption?.iv).not.toBe(b.manifest.encryption?.iv);
    // Changing the counts in the header (and fixing nothing else) is caught by AES-GCM, not only by the counts check.
    const tampered = utf8.encode(text(a.bytes).replace('"cases":1', '"cases":2'));
    expect(await decode(tampered, 'pass phrase')).toMatchObject({ ok: false, problem: { code: 'wrong-passphrase' } });
  });

  it('an encrypted file damaged by accident is named damaged (checksum), not a wrong passphrase', async () => {
    const key = await newBackupKey('pass phrase', 100_000);
    const { bytes } = await sampleFile({ encryptWith: key });
    const damaged = bytes.slice();
    // A byte inside the base64 ciphertext of line 2, the checksum in the header left as it was.
    const at = damaged.length - 10;
    damaged[at] = damaged[at] === 0x41 ? 0x42 : 0x41;
    expect(await decode(damaged, 'pass phrase')).toMatchObject({ ok: false, problem: { code: 'checksum-mismatch' } });
  });
});

describe('older schema versions', () => {
  it('carries a version-1 snapshot (settings only) forward with empty case tables', async () => {
    const { bytes } = await encodeBackup({
      tables: { settings: [{ key: 'locale', value: 'ru', updatedAt: '2025-01-01T00:00:00.000Z' }] },
      appVersion: '0.0.9',
      schemaVersion: 1,
      createdAt: '2025-01-01T00:00:00.000Z',
      kind: 'pre-upgrade',
    });
    const decoded = await decode(bytes);
    if (!decoded.ok) throw new Error(decoded.problem.detail);
    expect(decoded.value.counts).toMatchObject({ settings: 1, cases: 0, audit: 0 });
    expect(decoded.value.tables.settings).toEqual([{ key: 'locale', value: 'ru', updatedAt: '2025-01-01T00:00:00.000Z' }]);
  });

  it('refuses case tables in a version-1 file', async () => {
    const { bytes } = await encodeBackup({
      tables: { settings: [], cases: [] },
      appVersion: '0.0.9',
      schemaVersion: 1,
      createdAt: '2025-01-01T00:00:00.000Z',
      kind: 'manual',
    });
    expect(await decode(bytes)).toMatchObject({ problem: { code: 'unknown-table', values: { table: 'cases' } } });
  });
});

it('audit fixture chains verify', async () => {
  expect((await auditChain(2)).map((e) => e.seq)).toEqual([1, 2]);
});
