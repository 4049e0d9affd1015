import { describe, expect, it } from 'vitest';
import { openCurrent, seedAtVersion } from './migration-harness';

const blob = () => new Blob(['%PDF-1.7'], { type: 'application/pdf' });

describe('schema version 3: actions by kind, documents by case', () => {
  it('keeps every row of version 2 and indexes documents by each case they concern', async () => {
    const run = await seedAtVersion(2, async (db) => {
      await db.actions.bulkAdd([
        { id: 'a1', caseId: 'c1', kind: 'destroy', at: '2026-03-02T05:00:00.000Z', recordedAt: '2026-03-02T05:01:00.000Z', actor: 'dpo', note: '', data: {} },
        { id: 'a2', caseId: 'c1', kind: 'block', at: '2026-03-01T05:00:00.000Z', recordedAt: '2026-03-01T05:01:00.000Z', actor: 'dpo', note: '', data: {} },
      ] as never);
      await db.documents.bulkAdd([
        // A batch act written with its cases, and a letter of an early release without caseIds.
        {
          id: 'd1',
          caseId: 'c1',
          caseIds: ['c1', 'c2'],
          kind: 'destruction-act',
          number: 'ACT/2026/0001',
          date: '2026-03-02',
          language: 'kk',
          sha256: 'a'.repeat(64),
          createdAt: '2026-03-02T06:00:00.000Z',
          bytes: blob(),
        },
        {
          id: 'd2',
          caseId: 'c3',
          kind: 'refusal-letter',
          number: 'DPO/2026/0001',
          date: '2026-03-03',
          language: 'ru',
          sha256: 'b'.repeat(64),
          createdAt: '2026-03-03T06:00:00.000Z',
          bytes: blob(),
        },
      ] as never);
    });
    const db = await openCurrent(run);
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.actions.count()).toBe(2);
    expect((await db.actions.where('kind').equals('destroy').toArray()).map((a) => a.id)).toEqual(['a1']);
    expect((await db.documents.where('caseIds').equals('c2').toArray()).map((d) => d.id)).toEqual(['d1']);
    expect((await db.documents.where('caseIds').equals('c3').toArray()).map((d) => d.id)).toEqual(['d2']);
    expect(await db.documents.get('d2')).toMatchObject({ caseId: 'c3', caseIds: ['c3'], number: 'DPO/2026/0001' });
    db.close();
  });

  it('declares the new indexes', async () => {
    const db = await openCurrent(await seedAtVersion(2, async () => undefined));
    const indexes = (table: string) => db.table(table).schema.indexes.map((i) => i.name);
    expect(indexes('actions')).toEqual(expect.arrayContaining(['caseId', '[caseId+at]', 'kind']));
    expect(indexes('documents')).toEqual(expect.arrayContaining(['caseId', 'number', 'kind', 'createdAt', 'caseIds']));
    expect(db.table('documents').schema.indexes.find((i) => i.name === 'caseIds')?.multi).toBe(true);
    db.close();
  });
});
