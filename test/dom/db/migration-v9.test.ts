import { describe, expect, it } from 'vitest';
import { readQueueGroups, readQueuePage } from '../../../renderer/db/destruction-queue-queries';
import { upgradeSnapshot } from '../../../shared/backup/upgrade';
import { openCurrent, seedAtVersion } from './migration-harness';

/** Relationships as schema versions 7 and 8 stored them (indexed by [status+destroyOn] only). */
const v7 = (id: string, destroyOn: string, status: 'kept' | 'destroyed' = 'kept') => ({
  id,
  subjectIin: '850315300108',
  subjectName: 'Серікова Айгүл',
  rfSubject: false,
  contractNo: `MK-${id}`,
  activityId: 'microloan-contract',
  system: '1C-MFO',
  createdAt: '2026-06-01T05:00:00.000Z',
  opened: '2015-01-01',
  ended: '2019-01-01',
  destroyOn,
  status,
  ...(status === 'destroyed' ? { destroyedAt: '2026-06-02T05:00:00.000Z', actNumber: 'ACT/2026/0001' } : {}),
});

describe('schema version 9: relationships indexed by status, activity, system and destruction day', () => {
  it('keeps every relationship of version 8 unchanged, and the queue counts and pages them by the new index', async () => {
    const rows = [v7('a', '2024-01-01'), v7('b', '2024-01-01'), v7('c', '2026-12-20'), v7('d', '2023-05-05', 'destroyed')];
    const run = await seedAtVersion(8, async (db) => {
      await db.relationships.bulkAdd(rows);
    });
    const db = await openCurrent(run);
    expect(db.verno).toBeGreaterThanOrEqual(9);
    expect(await db.relationships.orderBy('id').toArray()).toEqual(rows);
    expect(db.relationships.schema.idxByName['[status+activityId+system+destroyOn+id]']).toBeDefined();
    expect(await readQueueGroups(db, '2026-12-01')).toEqual([
      { bucket: 'overdue', activityId: 'microloan-contract', system: '1C-MFO', count: 2 },
      { bucket: 'this-month', activityId: 'microloan-contract', system: '1C-MFO', count: 1 },
    ]);
    const first = await readQueuePage(db, { bucket: 'overdue', activityId: 'microloan-contract', system: '1C-MFO' }, '2026-12-01', undefined, 1);
    expect(first.entries.map((e) => e.relationship.id)).toEqual(['a']);
    const second = await readQueuePage(db, { bucket: 'overdue', activityId: 'microloan-contract', system: '1C-MFO' }, '2026-12-01', first.next, 1);
    expect(second.entries.map((e) => e.relationship.id)).toEqual(['b']);
    expect(second.next).toBeUndefined();
    db.close();
  });

  it('a backup of version 8 is carried forward with its relationships unchanged', () => {
    const relationships = [v7('a', '2024-01-01')];
    const tables = upgradeSnapshot({ relationships }, 8, 9);
    expect(tables.relationships).toEqual(relationships);
  });
});
