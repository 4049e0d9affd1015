import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { listCases, type CaseCursor, type CaseFilter, type CaseSort } from '../../../renderer/db/case-queries';
import { QorgauDatabase } from '../../../renderer/db/database';
import type { CaseRecord } from '../../../shared/cases/model';
import { caseSearchKeys, nameSortKey } from '../../../shared/cases/search-tokens';

let db: QorgauDatabase;
const NAMES = ['Әлия Нұрланқызы Сейітова', 'Ерлан Сапаров', 'Қасымов Арман', 'Касымова Ольга', 'Иван Петрович Петров'];

function caseRow(
  i: number,
  over: Partial<CaseRecord> & { fullName: string; email?: string; phone?: string; description?: string; number?: string },
): CaseRecord {
  const number = over.number ?? `DSR-2026-${String(i + 1).padStart(6, '0')}`;
  const receivedAt = over.receivedAt ?? new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 2) * 3_600_000).toISOString();
  const subject = {
    fullName: over.fullName,
    iin: `9003154${String(i).padStart(5, '0')}`,
    ...(over.email ? { email: over.email } : {}),
    ...(over.phone ? { phone: over.phone } : {}),
  };
  const description = over.description ?? '';
  return {
    id: over.id ?? `id-${String(i).padStart(4, '0')}`,
    number,
    year: 2026,
    seq: i + 1,
    status: over.status ?? (i % 3 === 0 ? 'closed' : 'open'),
    // pairs of cases share a receipt instant, to exercise the id tie-break
    receivedAt,
    enteredAt: '2026-06-01T00:00:00.000Z',
    channel: 'email',
    language: 'ru',
    jurisdiction: 'kz',
    rfSubject: i % 5 === 0,
    requestTypes: over.requestTypes ?? (i % 2 === 0 ? ['access'] : ['blocking']),
    subject,
    description,
    subjectName: nameSortKey(over.fullName),
    subjectIin: subject.iin,
    searchTokens: caseSearchKeys({ number, subject, description, receivedAt }),
    nextDueAt: over.nextDueAt ?? (i % 3 === 0 ? '' : new Date(Date.UTC(2026, 5, 1) + ((i * 37) % 250) * 60_000).toISOString()),
    updatedAt: '2026-06-01T00:00:00.000Z',
  };
}

beforeAll(async () => {
  db = new QorgauDatabase(`q-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const rows: CaseRecord[] = Array.from({ length: 250 }, (_, i) =>
    caseRow(i, {
      fullName: NAMES[i % NAMES.length]!,
      email: `person${i}@mail.kz`,
      phone: `+7 701 555 ${String(i).padStart(4, '0')}`,
      description: i === 77 ? 'Прошу прекратить обработку по договору займа № КД-4521/2024 от 01.02.2024' : 'Прошу предоставить сведения',
    }),
  );
  await db.cases.bulkAdd(rows);
});

async function walk(options: Parameters<typeof listCases>[1], on = db): Promise<CaseRecord[]> {
  const all: CaseRecord[] = [];
  let cursor: CaseCursor | undefined;
  do {
    const page = await listCases(on, { ...options, ...(cursor ? { cursor } : {}) });
    expect(page.rows.length).toBeLessThanOrEqual(options.limit);
    all.push(...page.rows);
    cursor = page.next;
  } while (cursor);
  return all;
}

const newestFirst = (rows: CaseRecord[]) =>
  [...rows].sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : a.id < b.id ? 1 : -1));

const ids = (rows: readonly CaseRecord[]) => rows.map((r) => r.id);
const search = async (text: string, limit = 300) => (await listCases(db, { search: text, limit })).rows;

describe('case list queries', () => {
  it('pages through every case newest first with keyset cursors, no duplicates, no gaps', async () => {
    const all = await walk({ limit: 40 });
    expect(all).toHaveLength(250);
    expect(new Set(ids(all)).size).toBe(250);
    expect(ids(all)).toEqual(ids(newestFirst(all)));
  });

  it('resumes inside a run of equal receipt instants (odd page sizes split the pairs)', async () => {
    const filters: CaseFilter[] = [{}, { status: 'open' }, { status: 'closed' }, { requestType: 'access' }];
    for (const filter of filters) {
      const expected = newestFirst(await db.cases.toArray()).filter(
        (r) => (!filter.status || r.status === filter.status) && (!filter.requestType || r.requestTypes.includes(filter.requestType)),
      );
      expect(ids(await walk({ limit: 7, filter }))).toEqual(ids(expected));
    }
  });

  it('filters by status through its index, and by type and RF flag while walking', async () => {
    const open = await walk({ limit: 30, filter: { status: 'open' } });
    expect(open).toHaveLength(166);
    expect(open.every((r) => r.status === 'open')).toBe(true);
    const rfBlocking = await walk({ limit: 30, filter: { requestType: 'blocking', rfSubject: true } });
    expect(rfBlocking.every((r) => r.rfSubject && r.requestTypes.includes('blocking'))).toBe(true);
    expect(rfBlocking).toHaveLength(25);
  });

  it('sorts by received, due, number and name in both directions, page after page', async () => {
    const all = await db.cases.toArray();
    const by =
      (key: (r: CaseRecord) => string, dir: 1 | -1, emptyLast = false) =>
      (a: CaseRecord, b: CaseRecord) => {
        const [ka, kb] = [key(a), key(b)];
        if (emptyLast && (ka === '') !== (kb === '')) return ka === '' ? 1 : -1;
        return ka !== kb ? (ka < kb ? -dir : dir) : a.id < b.id ? -dir : a.id > b.id ? dir : 0;
      };
    const sorts: [CaseSort, (a: CaseRecord, b: CaseRecord) => number][] = [
      [{ field: 'received', direction: 'asc' }, by((r) => r.receivedAt, 1)],
      [{ field: 'due', direction: 'asc' }, by((r) => r.nextDueAt, 1, true)],
      [{ field: 'due', direction: 'desc' }, by((r) => r.nextDueAt, -1, true)],
      [{ field: 'number', direction: 'desc' }, by((r) => r.number, -1)],
      [{ field: 'name', direction: 'asc' }, by((r) => r.subjectName, 1)],
    ];
    for (const [sort, order] of sorts) {
      expect(ids(await walk({ limit: 9, sort }))).toEqual(ids([...all].sort(order)));
      const open = all.filter((r) => r.status === 'open').sort(order);
      expect(ids(await walk({ limit: 13, sort, filter: { status: 'open' } }))).toEqual(ids(open));
    }
  });

  it('finds a case by any word of the name, any part of the number, IIN, e-mail, phone and words of the request text', async () => {
    expect((await search('Ольга')).every((r) => r.subject.fullName === 'Касымова Ольга')).toBe(true);
    expect(await search('Ольга')).toHaveLength(50);
    expect((await search('Петрович')).every((r) => r.subject.fullName.includes('Петрович'))).toBe(true);
    expect((await search('Нұрланқызы')).length).toBe(50);
    expect(ids(await search('000005'))).toEqual(['id-0004']);
    expect(ids(await search('2026-000012')).sort()).toEqual(['id-0011']);
    expect(ids(await search('dsr-2026-00012')).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `id-0${119 + i}`).sort());
    expect(ids(await search('900315400042'))).toEqual(['id-0042']);
    expect(ids(await search('PERSON17@mail.kz'))).toEqual(['id-0017']);
    expect(ids(await search('+7 (701) 555-00-17'))).toEqual(['id-0017']);
    expect(ids(await search('8 701 555 0017'))).toEqual(['id-0017']);
    expect(ids(await search('КД-4521'))).toEqual(['id-0077']);
    expect(ids(await search('договору займа'))).toEqual(['id-0077']);
    expect(await search('договору ольга')).toEqual([]);
    // two words of a name, in either order, the second typed in part
    expect((await search('Ерлан Сапаров')).length).toBe(50);
    expect((await search('сапаров ер')).length).toBe(50);
    expect(ids(await walk({ search: 'Сапаров Ерлан', limit: 7 }))).toEqual(ids(newestFirst(await search('Ерлан Сапаров'))));
  });

  it('folds Kazakh letters into their Russian look-alikes: either keyboard finds the subject', async () => {
    const kasym = await search('Касым');
    expect(new Set(kasym.map((r) => r.subject.fullName))).toEqual(new Set(['Қасымов Арман', 'Касымова Ольга']));
    expect((await search('Қасымов')).length).toBe(100);
    expect((await search('нурланкызы')).length).toBe(50);
    expect((await search('Сейитова')).length).toBe(50);
  });

  it('ranks whole-word matches first, newest first among equals', async () => {
    const rows = await search('Касымов');
    // "Қасымов" is a whole word of 50 cases; "Касымова" only begins with it.
    expect(rows).toHaveLength(100);
    expect(rows.slice(0, 50).every((r) => r.subject.fullName === 'Қасымов Арман')).toBe(true);
    expect(ids(rows.slice(0, 50))).toEqual(ids(newestFirst(rows.slice(0, 50))));
    expect(ids(rows.slice(50))).toEqual(ids(newestFirst(rows.slice(50))));
    // paging keeps the ranked order
    expect(ids(await walk({ search: 'Касымов', limit: 7 }))).toEqual(ids(rows));
  });

  it('sorts search results by the chosen column instead of rank', async () => {
    const rows = (await listCases(db, { search: 'Касымов', sort: { field: 'number', direction: 'asc' }, limit: 300 })).rows;
    expect(rows.map((r) => r.number)).toEqual([...rows.map((r) => r.number)].sort());
    expect(ids(await walk({ search: 'Касымов', sort: { field: 'number', direction: 'asc' }, limit: 11 }))).toEqual(ids(rows));
  });
});

describe('search with a common word', () => {
  let big: QorgauDatabase;
  const SURNAMES = ['Ахметов', 'Ахметова', 'Петров', 'Сапаров'];
  const TOTAL = 1_200;

  beforeAll(async () => {
    big = new QorgauDatabase(`q-big-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    const rows: CaseRecord[] = Array.from({ length: TOTAL }, (_, i) =>
      caseRow(i, {
        // Ахмет… for 3 in 4 cases; receipts not in id order; runs of three cases share a receipt instant
        fullName: `${SURNAMES[i % 4 === 3 ? 2 + ((i >> 2) % 2) : i % 2]!} Ерлан`,
        id: `c-${((i * 7919) % TOTAL).toString().padStart(5, '0')}`,
        number: `DSR-2025-${String(i + 1).padStart(6, '0')}`,
        status: i % 4 === 0 ? 'closed' : 'open',
        receivedAt: new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 3) * 60_000).toISOString(),
        requestTypes: i % 5 === 0 ? ['blocking'] : ['access'],
        description: 'Прошу удалить',
      }),
    );
    await big.cases.bulkAdd(rows);
  });

  it('returns every match, page after page, whether the words are read from the index or tested on rows', async () => {
    const everything = newestFirst(await big.cases.toArray());
    const cases: [string, CaseFilter, (r: CaseRecord) => boolean][] = [
      ['ахмет', {}, (r) => r.subject.fullName.toLowerCase().startsWith('ахмет')],
      ['ахмет', { status: 'open' }, (r) => r.subject.fullName.toLowerCase().startsWith('ахмет') && r.status === 'open'],
      ['ахмет ерл', { requestType: 'blocking' }, (r) => r.subject.fullName.toLowerCase().startsWith('ахмет') && r.requestTypes.includes('blocking')],
      ['прошу', { status: 'closed' }, (r) => r.status === 'closed'],
      ['DSR-2025-0011', {}, (r) => r.number.startsWith('DSR-2025-0011')],
    ];
    for (const commonWord of [100, 10_000]) {
      for (const [text, filter, predicate] of cases) {
        const expected = everything.filter(predicate);
        expect(expected.length).toBeGreaterThan(0);
        const walked = await walk({ search: text, filter, limit: 150, commonWord }, big);
        // ranked (whole words first) when read from the index; newest first when every word is common
        expect(new Set(ids(walked))).toEqual(new Set(ids(expected)));
        expect(walked).toHaveLength(expected.length);
      }
      // 'ахмет' is a whole word of no case: one rank, so newest first either way
      expect(ids((await listCases(big, { search: 'ахмет', limit: 25, commonWord })).rows)).toEqual(
        ids(everything.filter((r) => r.subject.fullName.toLowerCase().startsWith('ахмет')).slice(0, 25)),
      );
    }
  }, 60_000);
});
