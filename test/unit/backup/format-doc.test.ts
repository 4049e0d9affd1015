/** docs/backup-format.md and docs/backup-format.schema.json describe the files the code really writes. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { encodeBackup } from '../../../shared/backup/codec';
import { newBackupKey } from '../../../shared/backup/crypto';
import { BACKUP_FORMAT_VERSION, BACKUP_KINDS, BACKUP_TABLES } from '../../../shared/backup/format';
import { BACKUP_PROBLEMS } from '../../../shared/backup/problems';
import { sampleTables } from '../../fixtures/backup/sample-tables';

const docs = path.resolve(__dirname, '../../../docs');
const jsonSchema = JSON.parse(readFileSync(path.join(docs, 'backup-format.schema.json'), 'utf8')) as Record<string, unknown>;
const markdown = readFileSync(path.join(docs, 'backup-format.md'), 'utf8');
const documented = z.fromJSONSchema(jsonSchema);

/** Line 1 completed with `null}`, as the format document says. */
const headerOf = (bytes: Uint8Array): unknown => {
  const text = new TextDecoder().decode(bytes);
  return JSON.parse(`${text.slice(0, text.indexOf('\n'))}null}`);
};

describe('the documented backup format', () => {
  it('the JSON Schema accepts the header of a real plain file and of a real encrypted one', async () => {
    const tables = await sampleTables();
    const plain = await encodeBackup({ tables, appVersion: '0.1.0', schemaVersion: 2, createdAt: '2026-05-26T05:00:00.000Z', kind: 'daily' });
    const sealed = await encodeBackup({
      tables,
      appVersion: '0.1.0',
      schemaVersion: 2,
      createdAt: '2026-05-26T05:00:00.000Z',
      kind: 'export',
      encryptWith: await newBackupKey('Алматы таулары', 100_000),
    });
    for (const file of [plain, sealed]) {
      const result = documented.safeParse(headerOf(file.bytes));
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    }
    // The whole plain file is one JSON document the schema accepts too (payload = the tables object).
    expect(documented.safeParse(JSON.parse(new TextDecoder().decode(plain.bytes))).success).toBe(true);
  });

  it('the JSON Schema refuses headers the code would refuse', async () => {
    const { bytes } = await encodeBackup({
      tables: await sampleTables(),
      appVersion: '0.1.0',
      schemaVersion: 2,
      createdAt: '2026-05-26T05:00:00.000Z',
      kind: 'manual',
    });
    const header = headerOf(bytes) as { formatVersion: number; manifest: Record<string, unknown> };
    const variants: unknown[] = [
      { ...header, formatVersion: BACKUP_FORMAT_VERSION + 1 },
      { ...header, manifest: { ...header.manifest, payloadSha256: 'ABC' } },
      { ...header, manifest: { ...header.manifest, kind: 'weekly' } },
      {
        ...header,
        manifest: {
          ...header.manifest,
          encryption: { cipher: 'AES-256-GCM', kdf: 'PBKDF2-SHA-256', iterations: 1000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', iv: 'AAAAAAAAAAAAAAAA' },
        },
      },
      { ...header, manifest: Object.fromEntries(Object.entries(header.manifest).filter(([k]) => k !== 'counts')) },
    ];
    for (const variant of variants) expect(documented.safeParse(variant).success, JSON.stringify(variant)).toBe(false);
  });

  it('names every table, kind and problem code the code knows', () => {
    for (const table of BACKUP_TABLES) expect(markdown).toContain(`\`${table}\``);
    for (const kind of BACKUP_KINDS) expect(markdown).toContain(`\`${kind}\``);
    for (const code of BACKUP_PROBLEMS) expect(markdown).toContain(`\`${code}\``);
    expect((jsonSchema['properties'] as { manifest: { properties: { kind: { enum: string[] } } } }).manifest.properties.kind.enum).toEqual([...BACKUP_KINDS]);
  });
});
