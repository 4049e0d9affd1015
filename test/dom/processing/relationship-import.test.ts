// @vitest-environment node
/**
 * Relationship import: every row checked first (IIN checksum, dates, known activity, duplicates in the file and
 * against stored rows) with line numbers; a file with problems writes nothing unless the DPO takes the valid
 * rows; a cancelled import leaves nothing; each row gets its destruction day from the register.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkRelationshipRows, guessMapping } from '../../../shared/processing/relationship-import';
import { STARTERS } from '../../../shared/processing/starters';
import { QorgauDatabase } from '../../../renderer/db/database';
import { saveRegisterVersion } from '../../../renderer/db/processing-register-repository';
import { importRelationships, RelationshipImportError, storedKeys } from '../../../renderer/db/relationship-repository';

const HEADER = ['iin', 'name', 'contractNo', 'activity', 'opened', 'ended', 'lastOperation', 'consentWithdrawn', 'rfCitizen'];
const GOOD = [
  ['850315300108', 'Серікова Айгүл', 'MK-1', 'microloan-contract', '2019-04-02', '15.03.2021', '', '', ''],
  ['900101400003', 'Иванов Пётр', 'MK-2', 'microloan-contract', '2020-01-10', '2021-01-20', '', '', 'да'],
  ['771212300400', 'Ахметов Ерлан', 'MK-3', 'aml-fraud', '2018-05-05', '', '2020-11-30', '', ''],
];
const BAD = [
  ['850315300109', 'Bad checksum', 'MK-4', 'microloan-contract', '2019-04-02', '', '', '', ''],
  ['880606400607', 'Bad date', 'MK-5', 'microloan-contract', '2019-02-30', '', '', '', ''],
  ['950202500800', 'Unknown activity', 'MK-6', 'car-leasing', '2019-04-02', '', '', '', ''],
  ['010101500003', 'Duplicate', 'MK-1', 'microloan-contract', '2019-04-02', '', '', '', ''],
];
const activities = STARTERS['microfinance-organisation'];
const mapping = guessMapping(HEADER);

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`rel-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  await saveRegisterVersion(db, { activities, effectiveFrom: '2026-01-01', source: 'starter', note: 'mfo' }, 'dpo', '2026-01-01T05:00:00.000Z');
});
afterEach(() => db.close());

const plan = (drafts: ReturnType<typeof checkRelationshipRows>['valid'], skipped = 0) => ({
  system: 'core',
  fileName: 'export.csv',
  bytes: new TextEncoder().encode('x'),
  rows: drafts.length + skipped,
  drafts,
  skipped,
});

describe('relationship import', () => {
  it('names each bad row by line and field; nothing is valid from those lines', () => {
    const report = checkRelationshipRows([HEADER, ...GOOD, ...BAD], mapping, activities, new Set());
    expect(report.rows).toBe(7);
    expect(report.valid.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(report.badLines).toBe(4);
    expect(report.problems.map((p) => [p.line, p.field, p.code])).toEqual([
      [5, 'iin', 'rel.error.iin'],
      [6, 'opened', 'rel.error.date'],
      [7, 'activity', 'rel.error.activity'],
      [8, 'contractNo', 'rel.error.duplicate'],
    ]);
    expect(report.valid[0]).toMatchObject({ ended: '2021-03-15', rfSubject: false });
    expect(report.valid[1]).toMatchObject({ rfSubject: true });
  });

  it('a mapping without a required column is refused before any row', () => {
    const report = checkRelationshipRows([HEADER, ...GOOD], { ...mapping, iin: '' }, activities, new Set());
    expect(report.problems).toEqual([{ line: 1, field: 'iin', code: 'rel.error.mapping', value: '' }]);
    expect(report.valid).toEqual([]);
  });

  it('valid rows only: stores them with their destruction day; the stored ones are then duplicates', async () => {
    const report = checkRelationshipRows([HEADER, ...GOOD, ...BAD], mapping, activities, new Set());
    expect(await importRelationships(db, plan(report.valid, report.badLines), 'dpo', '2026-06-01T05:00:00.000Z')).toBe(3);
    const rows = await db.relationships.orderBy('contractNo').toArray();
    expect(rows.map((r) => [r.contractNo, r.destroyOn])).toEqual([
      ['MK-1', '2026-03-16'],
      ['MK-2', '2026-01-21'],
      ['MK-3', '2025-12-01'],
    ]);
    const event = (await db.audit.toArray()).at(-1);
    expect(event).toMatchObject({ type: 'relationships.imported', data: { rows: 7, imported: 3, skipped: 4, system: 'core' } });
    const again = checkRelationshipRows([HEADER, GOOD[0]!], mapping, activities, await storedKeys(db, ['MK-1']));
    expect(again.problems.map((p) => p.code)).toEqual(['rel.error.stored']);
  });

  it('a cancelled import leaves nothing written, not even the chunks already stored', async () => {
    const many = Array.from({ length: 50 }, (_, i) => ({
      ...checkRelationshipRows([HEADER, GOOD[0]!], mapping, activities, new Set()).valid[0]!,
      contractNo: `C-${i}`,
    }));
    const controller = new AbortController();
    const attempt = importRelationships(db, plan(many), 'dpo', '2026-06-01T05:00:00.000Z', {
      chunk: 10,
      signal: controller.signal,
      onProgress: (done) => {
        if (done >= 20) controller.abort();
      },
    });
    await expect(attempt).rejects.toBeInstanceOf(RelationshipImportError);
    expect(await db.relationships.count()).toBe(0);
    expect((await db.audit.toArray()).filter((e) => e.type === 'relationships.imported')).toHaveLength(0);
  });
});
