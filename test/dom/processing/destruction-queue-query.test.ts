// @vitest-environment node
/** The queue read from the database: due rows by the [status+destroyOn] index, held back by an open case or a contract in force. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../shared/cases/model';
import type { RelationshipRecord } from '../../../shared/processing/relationship';
import { QorgauDatabase } from '../../../renderer/db/database';
import { readDestructionQueue } from '../../../renderer/db/destruction-queue-queries';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`queue-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
});
afterEach(() => db.close());

const rel = (id: string, iin: string, destroyOn: string, over: Partial<RelationshipRecord> = {}): RelationshipRecord => ({
  id,
  subjectIin: iin,
  subjectName: id,
  rfSubject: false,
  contractNo: `C-${id}`,
  activityId: 'microloan-contract',
  system: 'core',
  createdAt: '2026-01-01T00:00:00.000Z',
  opened: '2015-01-01',
  ended: '2020-01-01',
  destroyOn,
  status: 'kept',
  ...over,
});

const openCase = (iin: string, status: CaseRecord['status']) =>
  ({
    id: `case-${iin}-${status}`,
    number: `DSR-2026-00000${status === 'open' ? 1 : 2}`,
    year: 2026,
    seq: status === 'open' ? 1 : 2,
    status,
    receivedAt: '2026-01-10T05:00:00.000Z',
    enteredAt: '2026-01-10T05:00:00.000Z',
    channel: 'email',
    language: 'ru',
    jurisdiction: 'kz',
    rfSubject: false,
    requestTypes: ['access'],
    subject: { fullName: 'x', iin },
    description: '',
    subjectName: 'x',
    subjectIin: iin,
    nextDueAt: '',
    updatedAt: '2026-01-10T05:00:00.000Z',
    searchTokens: [],
  }) satisfies CaseRecord;

describe('destruction queue from the database', () => {
  it('reads only kept rows due by the end of next month; an open case holds its subject back, a closed one does not', async () => {
    await db.relationships.bulkAdd([
      rel('a', '850315300108', '2026-01-10'),
      rel('b', '900101400003', '2026-02-20'),
      rel('c', '771212300400', '2026-03-01'),
      rel('d', '880606400607', '', { ended: undefined }),
      rel('e', '880606400607', '2025-06-01', { status: 'destroyed' }),
    ]);
    await db.cases.bulkAdd([openCase('850315300108', 'open'), openCase('900101400003', 'closed')]);
    const groups = await readDestructionQueue(db, '2026-01-15');
    const entries = groups.flatMap((g) => g.entries.map((e) => [g.bucket, e.relationship.id, e.holds]));
    expect(entries).toEqual([
      ['overdue', 'a', [{ kind: 'open-request', caseNumber: 'DSR-2026-000001' }]],
      ['next-month', 'b', []],
    ]);
  });
});
