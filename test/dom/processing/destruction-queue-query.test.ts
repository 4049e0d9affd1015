// @vitest-environment node
/**
 * The queue read from the database: groups counted by key range, rows read a page at a time with the holds of the
 * page's subjects (an open case, another contract in force); a whole group chosen for an act leaves the held-back
 * subjects out and says why.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../shared/cases/model';
import type { RelationshipRecord } from '../../../shared/processing/relationship';
import { QorgauDatabase } from '../../../renderer/db/database';
import { readQueueGroups, readQueuePage, RESOLVE_CHUNK, resolveQueueSelection } from '../../../renderer/db/destruction-queue-queries';
import { initiallyExpanded, type QueueGroupKey } from '../../../shared/processing/destruction-queue';

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

const ids = (entries: readonly { relationship: RelationshipRecord }[]) => entries.map((e) => e.relationship.id);

describe('destruction queue from the database', () => {
  it('counts kept rows due by the end of next month per bucket, activity and system; reads a page with its holds', async () => {
    await db.relationships.bulkAdd([
      rel('a', '850315300108', '2026-01-10'),
      rel('b', '900101400003', '2026-02-20'),
      rel('c', '771212300400', '2026-03-01'),
      rel('d', '880606400607', '', { ended: undefined }),
      rel('e', '880606400607', '2025-06-01', { status: 'destroyed' }),
      rel('f', '880606400607', '2026-01-15', { system: 'cards' }),
      rel('g', '880606400607', '2026-01-16', { activityId: 'aml-fraud' }),
    ]);
    await db.cases.bulkAdd([openCase('850315300108', 'open'), openCase('900101400003', 'closed')]);
    expect(await readQueueGroups(db, '2026-01-15')).toEqual([
      { bucket: 'overdue', activityId: 'microloan-contract', system: 'cards', count: 1 },
      { bucket: 'overdue', activityId: 'microloan-contract', system: 'core', count: 1 },
      { bucket: 'this-month', activityId: 'aml-fraud', system: 'core', count: 1 },
      { bucket: 'next-month', activityId: 'microloan-contract', system: 'core', count: 1 },
    ]);
    const overdue = await readQueuePage(db, { bucket: 'overdue', activityId: 'microloan-contract', system: 'core' }, '2026-01-15');
    expect(overdue.entries.map((e) => [e.bucket, e.relationship.id, e.holds])).toEqual([
      ['overdue', 'a', [{ kind: 'open-request', caseNumber: 'DSR-2026-000001' }]],
    ]);
    expect(overdue.next).toBeUndefined();
    // d (no end yet) holds f and g of the same subject back: another contract in force.
    const cards = await readQueuePage(db, { bucket: 'overdue', activityId: 'microloan-contract', system: 'cards' }, '2026-01-15');
    expect(cards.entries.map((e) => [e.relationship.id, e.holds])).toEqual([['f', [{ kind: 'open-contract', contractNo: 'C-d' }]]]);
    expect(
      (await readQueuePage(db, { bucket: 'next-month', activityId: 'microloan-contract', system: 'core' }, '2026-01-15')).entries.map((e) => e.holds),
    ).toEqual([[]]);
  });

  it('on the last day of a month "this month" is empty; a day that is today is overdue', async () => {
    await db.relationships.bulkAdd([rel('a', '850315300108', '2026-01-31'), rel('b', '900101400003', '2026-02-01')]);
    expect((await readQueueGroups(db, '2026-01-31')).map((g) => [g.bucket, g.count])).toEqual([
      ['overdue', 1],
      ['next-month', 1],
    ]);
  });

  it('pages a large group by keyset (day, then id): every row once, in order, and only the first groups open at first', async () => {
    const rows = Array.from({ length: 123 }, (_, i) =>
      rel(`r${String(i).padStart(3, '0')}`, `9${String(i).padStart(11, '0')}`, `2025-0${1 + (i % 3)}-1${i % 2}`),
    );
    await db.relationships.bulkAdd([...rows, rel('small', '800101300001', '2025-05-05', { activityId: 'aml-fraud' })]);
    const groups = await readQueueGroups(db, '2026-01-15');
    expect(groups.map((g) => [g.activityId, g.count])).toEqual([
      ['aml-fraud', 1],
      ['microloan-contract', 123],
    ]);
    expect(initiallyExpanded(groups, 50).map((g) => g.activityId)).toEqual(['aml-fraud']);
    expect(initiallyExpanded([groups[1]!, groups[0]!], 50).map((g) => g.activityId)).toEqual(['microloan-contract']);
    // small groups are all shown while their rows fit one page
    const small = (activityId: string, count: number) => ({ bucket: 'overdue' as const, activityId, system: 'core', count });
    expect(initiallyExpanded([small('a', 1), small('b', 30), small('c', 19), small('d', 1)], 50).map((g) => g.activityId)).toEqual(['a', 'b', 'c']);
    const key: QueueGroupKey = { bucket: 'overdue', activityId: 'microloan-contract', system: 'core' };
    const seen: string[] = [];
    let cursor;
    let pages = 0;
    do {
      const page = await readQueuePage(db, key, '2026-01-15', cursor, 50);
      seen.push(...ids(page.entries));
      cursor = page.next;
      pages += 1;
    } while (cursor !== undefined);
    expect(pages).toBe(3);
    const expected = [...rows].sort((x, y) => x.destroyOn.localeCompare(y.destroyOn) || x.id.localeCompare(y.id)).map((r) => r.id);
    expect(seen).toEqual(expected);
  });

  it('a whole group chosen for an act leaves out the subjects held back (an open request, another contract in force) and says why', async () => {
    const many = Array.from({ length: RESOLVE_CHUNK + 20 }, (_, i) => rel(`m${String(i).padStart(4, '0')}`, `7${String(i).padStart(11, '0')}`, '2025-03-01'));
    await db.relationships.bulkAdd([
      ...many,
      // a subject with an open request
      rel('asked', '850315300108', '2025-04-01'),
      // a subject with another microloan still outstanding
      rel('owes', '771212300400', '2025-04-02'),
      rel('loan', '771212300400', '', { ended: undefined, contractNo: 'MK-2025-310' }),
      // a subject whose request is closed: not held back
      rel('closed', '900101400003', '2025-04-03'),
      // another group, not chosen
      rel('other', '880606400607', '2025-04-04', { system: 'cards' }),
    ]);
    await db.cases.bulkAdd([openCase('850315300108', 'open'), openCase('900101400003', 'closed')]);
    const progress: number[] = [];
    const resolved = await resolveQueueSelection(
      db,
      '2026-01-15',
      { ids: ['other', 'gone-away'], groups: [{ bucket: 'overdue', activityId: 'microloan-contract', system: 'core' }] },
      (n) => progress.push(n),
    );
    expect(resolved.chosen).toHaveLength(many.length + 2);
    expect(resolved.chosen.map((r) => r.id)).toEqual(expect.arrayContaining(['closed', 'other', 'm0000', `m0${RESOLVE_CHUNK + 19}`]));
    expect(resolved.chosen.map((r) => r.id)).not.toContain('loan');
    expect(resolved.held.map((e) => [e.relationship.id, e.holds])).toEqual([
      ['asked', [{ kind: 'open-request', caseNumber: 'DSR-2026-000001' }]],
      ['owes', [{ kind: 'open-contract', contractNo: 'MK-2025-310' }]],
    ]);
    expect(resolved.gone).toBe(1);
    // read in chunks, with progress after each
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress.at(-1)).toBe(many.length + 4);
  });

  it('stops between chunks when cancelled', async () => {
    await db.relationships.bulkAdd(Array.from({ length: RESOLVE_CHUNK + 1 }, (_, i) => rel(`m${i}`, `7${String(i).padStart(11, '0')}`, '2025-03-01')));
    const controller = new AbortController();
    const run = resolveQueueSelection(
      db,
      '2026-01-15',
      { ids: [], groups: [{ bucket: 'overdue', activityId: 'microloan-contract', system: 'core' }] },
      () => controller.abort(),
      controller.signal,
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});
