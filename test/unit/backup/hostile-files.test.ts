/**
 * Issue 16 findings 2 and 3: a checksummed backup could break the app (free-text dates, non-arrays, orphans,
 * counters behind) or throw out of the importer (deep nesting, non-finite numbers). Each committed hostile file
 * (test/fixtures/backup/hostile/) is refused with its named problem — never a throw, never a value to restore.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBackup, inspectBackup } from '../../../shared/backup/codec';
import { shapeProblem } from '../../../shared/backup/integrity';
import { BACKUP_PROBLEMS } from '../../../shared/backup/problems';
import { en } from '../../../renderer/i18n/en';
import { kk } from '../../../renderer/i18n/kk';
import { ru } from '../../../renderer/i18n/ru';
import { HOSTILE, hostilePath, makeHostile } from '../../fixtures/backup/hostile/make-hostile';

const CURRENT = 2;

describe('hostile backup files are refused with a named problem', () => {
  it.each(HOSTILE.map((h) => [h.file, h] as const))('%s', async (_file, hostile) => {
    const bytes = new Uint8Array(readFileSync(hostilePath(hostile.file)));
    // The committed file is what the generator writes (so the test reads a real file, not a fresh object).
    expect(Buffer.from(bytes).equals(Buffer.from(await makeHostile(hostile)))).toBe(true);
    // Whole and checksummed: only the content is wrong.
    expect((await inspectBackup(bytes)).ok).toBe(true);
    const decoded = await decodeBackup(bytes, { currentSchemaVersion: CURRENT });
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.problem.code).toBe(hostile.code);
    if (hostile.field) expect(String(decoded.problem.values['field'])).toContain(hostile.field);
  });
});

describe('the decoder answers, never throws', () => {
  it('bounds depth without recursion, however deep', () => {
    let value: unknown = 0;
    for (let i = 0; i < 200_000; i++) value = { a: value };
    expect(shapeProblem(value)?.code).toBe('too-deep');
  });

  it('names a non-finite number', () => {
    expect(shapeProblem({ audit: [{ data: { x: Number.NaN } }] })).toMatchObject({ code: 'not-finite', values: { field: 'audit[0].data.x' } });
  });

  it.each([
    ['garbage', new TextEncoder().encode('{"format":"qorgau-backup"')],
    ['random bytes', new Uint8Array(4096).map((_, i) => (i * 7919) % 251)],
  ])('%s: a problem, not an exception', async (_label, bytes) => {
    const decoded = await decodeBackup(bytes, { currentSchemaVersion: CURRENT });
    expect(decoded.ok).toBe(false);
  });
});

describe('the restore panel has a message for every problem', () => {
  it.each([
    ['en', en],
    ['kk', kk],
    ['ru', ru],
  ] as const)('%s', (_locale, messages) => {
    for (const code of BACKUP_PROBLEMS) expect(messages).toHaveProperty([`backup.problem.${code}`]);
  });
});
