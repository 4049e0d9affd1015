import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { READ_ALL_MATCHES, classifySearch, listCases, type CaseCursor, type CaseFilter } from '../../../renderer/db/case-queries';
import { QorgauDatabase } from '../../../renderer/db/database';
import type { CaseRecord } from '../../../shared/cases/model';

let db: QorgauDatabase;
const NAMES = ['Әлия Нұрланова', 'Ерлан Сапаров', 'Қасымов Арман', 'Касымова Ольга', 'Иван Петров'];

beforeAll(async () => {
  db = new QorgauDatabase(`q-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const rows: CaseRecord[] = Array.from({ length: 250 }, (_, i) => {
    const name = NAMES[i % NAMES.length]!;
    return {
      id: `id-${String(i).padStart(4, '0')}`,
      number: `DSR-2026-${String(i + 1).padStart(6, '0')}`,
      year: 2026,
      seq: i + 1,
      status: i % 3 === 0 ? 'closed' : 'open',
      // pairs of cases share a receipt instant, to exercise the id tie-break
      receivedAt: new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 2) * 3_600_000).toISOString(),
      enteredAt: '2026-06-01T00:00:00.000Z',
      channel: 'email',
      language: 'ru',
      jurisdiction: 'kz',
      rfSubject: i % 5 === 0,
      requestTypes: i % 2 === 0 ? ['access'] : ['blocking'],
      subject: { fullName: name },
      description: '',
      subjectName: name.toLocaleLowerCase('ru'),
      subjectIin: `9003154${String(i).padStart(5, '0')}`,
      nextDueAt: i % 3 === 0 ? '' : new Date(Date.UTC(2026, 5, 1) + i * 60_000).toISOString(),
      updatedAt: '2026-06-01T00:00:00.000Z',
    };
  });
  await db.cases.bulkAdd(rows);
});

async function walk(options: Parameters<typeof listCases>[1]): Promise<CaseRecord[]> {
  const all: CaseRecord[] = [];
  let cursor: CaseCursor | undefined;
  do {
    const page = await listCases(db, { ...options, ...(cursor ? { cursor } : {}) });
    all.push(...page.rows);
    cursor = page.next;
  } while (cursor);
  return all;
}

const newestFirst = (rows: CaseRecord[]) =>
  [...rows].sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : a.id < b.id ? 1 : -1));

describe('case list queries', () => {
  it('pages through every case newest first with keyset cursors, no duplicates, no gaps', async () => {
    const all = await walk({ limit: 40 });
    expect(all).toHaveLength(250);
    expect(new Set(all.map((r) => r.id)).size).toBe(250);
    expect(all.map((r) => r.id)).toEqual(newestFirst(all).map((r) => r.id));
  });

  it('resumes inside a run of equal receipt instants (odd page sizes split the pairs)', async () => {
    const filters: CaseFilter[] = [{}, { status: 'open' }, { status: 'closed' }, { requestType: 'access' }];
    for (const filter of filters) {
      const expected = newestFirst(await db.cases.toArray()).filter(
        (r) => (!filter.status || r.status === filter.status) && (!filter.requestType || r.requestTypes.includes(filter.requestType)),
      );
      const walked = await walk({ limit: 7, filter });
      expect(walked.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    }
  });

  it('filters by status through its index, and by type and RF flag while walking', async () => {
    const open = await walk({ limit: 30, filter: { status: 'open' } });
    expect(open).toHaveLength(166);
    expect(open.every((r) => r.status === 'open')).toBe(true);
    expect(open.map((r) => r.id)).toEqual(newestFirst(open).map((r) => r.id));
    const rfBlocking = await walk({ limit: 30, filter: { requestType: 'blocking', rfSubject: true } });
    expect(rfBlocking.every((r) => r.rfSubject && r.requestTypes.includes('blocking'))).toBe(true);
    expect(rfBlocking).toHaveLength(25);
  });

  it('searches by case number, IIN and name prefix', async () => {
    expect((await listCases(db, { search: 'dsr-2026-00012', limit: 50 })).rows.map((r) => r.number).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `DSR-2026-00012${i}`),
    );
    expect((await listCases(db, { search: '900315400042', limit: 50 })).rows.map((r) => r.id)).toEqual(['id-0042']);
    const kasymov = (await listCases(db, { search: 'қасым', limit: 100 })).rows;
    expect(kasymov.every((r) => r.subject.fullName === 'Қасымов Арман')).toBe(true);
    expect(kasymov).toHaveLength(50);
    expect((await listCases(db, { search: 'касым', limit: 100 })).rows.every((r) => r.subject.fullName === 'Касымова Ольга')).toBe(true);
  });

  it('classifies what was typed', () => {
    expect(classifySearch(' DSR-2026 ')).toEqual({ kind: 'number', key: 'DSR-2026' });
    expect(classifySearch('900 315')).toEqual({ kind: 'iin', key: '900315' });
    expect(classifySearch('Әлия')).toEqual({ kind: 'name', key: 'әлия' });
  });
});

describe('search with many matches', () => {
  let big: QorgauDatabase;
  const SURNAMES = ['Ахметов', 'Ахметова', 'Петров', 'Сапаров'];
  const TOTAL = 4_600;

  beforeAll(async () => {
    big = new QorgauDatabase(`q-big-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const rows: CaseRecord[] = Array.from({ length: TOTAL }, (_, i) => {
      // Ахмет… for 3 in 4 cases (3 450 matches, above the read-all threshold); receipts not in id order
      const name = `${SURNAMES[i % 4 === 3 ? 2 + ((i >> 2) % 2) : i % 2]!} Ерлан`;
      const id = `c-${((i * 7919) % TOTAL).toString().padStart(5, '0')}`;
      return {
        id,
        number: `DSR-2025-${String(i + 1).padStart(6, '0')}`,
        year: 2025,
        seq: i + 1,
        status: i % 4 === 0 ? 'closed' : 'open',
        // runs of three cases share a receipt instant
        receivedAt: new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 3) * 60_000).toISOString(),
        enteredAt: '2025-06-01T00:00:00.000Z',
        channel: 'email',
        language: 'kk',
        jurisdiction: 'kz',
        rfSubject: false,
        requestTypes: i % 5 === 0 ? ['blocking'] : ['access'],
        subject: { fullName: name },
        description: '',
        subjectName: name.toLocaleLowerCase('ru'),
        subjectIin: '',
        nextDueAt: '',
        updatedAt: '2025-06-01T00:00:00.000Z',
      };
    });
    await big.cases.bulkAdd(rows);
  });

  async function walkBig(options: Parameters<typeof listCases>[1]): Promise<CaseRecord[]> {
    const all: CaseRecord[] = [];
    let cursor: CaseCursor | undefined;
    do {
      const page = await listCases(big, { ...options, ...(cursor ? { cursor } : {}) });
      expect(page.rows.length).toBeLessThanOrEqual(options.limit);
      all.push(...page.rows);
      cursor = page.next;
    } while (cursor);
    return all;
  }

  it('returns every match newest first, page after page, with and without filters', async () => {
    // both strategies are exercised: matches above and below the read-all threshold
    expect(TOTAL * 0.75).toBeGreaterThan(READ_ALL_MATCHES);
    const everything = newestFirst(await big.cases.toArray());
    const cases: [string, CaseFilter, (r: CaseRecord) => boolean][] = [
      ['ахмет', {}, (r) => r.subjectName.startsWith('ахмет')],
      ['ахмет', { status: 'open' }, (r) => r.subjectName.startsWith('ахмет') && r.status === 'open'],
      ['ахмет', { requestType: 'blocking' }, (r) => r.subjectName.startsWith('ахмет') && r.requestTypes.includes('blocking')],
      [
        'ахметова',
        { status: 'open', requestType: 'blocking' },
        (r) => r.subjectName.startsWith('ахметова') && r.status === 'open' && r.requestTypes.includes('blocking'),
      ],
      ['ахметов', { status: 'closed' }, (r) => r.subjectName.startsWith('ахметов') && r.status === 'closed'],
      ['DSR-2025-0011', {}, (r) => r.number.startsWith('DSR-2025-0011')],
      ['DSR-2025', { status: 'open' }, (r) => r.status === 'open'],
    ];
    for (const [search, filter, predicate] of cases) {
      const expected = everything.filter(predicate).map((r) => r.id);
      expect(expected.length).toBeGreaterThan(0);
      expect((await walkBig({ search, filter, limit: 400 })).map((r) => r.id)).toEqual(expected);
      // the first page alone is the newest matches
      expect((await listCases(big, { search, filter, limit: 25 })).rows.map((r) => r.id)).toEqual(expected.slice(0, 25));
    }
  }, 60_000);
});
