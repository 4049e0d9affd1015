/**
 * Reads for the case list: newest receipt first, paged with keyset cursors (never offset), with
 * search by case number, IIN or name prefix. The plain list (all or one status) is two range reads
 * that IndexedDB answers in bulk; filters that have no index of their own are applied while walking,
 * and a search finds its matches by keys before it reads any row, so a page costs what it shows.
 */
import type Dexie from 'dexie';
import type { CaseRecord, CaseStatus } from '../../shared/cases/model';
import { digitsOnly, normalizeName } from '../../shared/cases/normalize';
import type { RequestType } from '../../shared/rules/request-types';
import { database, type QorgauDatabase } from './database';

export interface CaseFilter {
  readonly status?: CaseStatus | undefined;
  readonly requestType?: RequestType | undefined;
  readonly rfSubject?: boolean | undefined;
  /** Only cases whose next open deadline is before this instant (ISO). */
  readonly dueBefore?: string | undefined;
  readonly dueAfter?: string | undefined;
}

/** Where the previous page ended: the last row's sort key. */
export interface CaseCursor {
  readonly receivedAt: string;
  readonly id: string;
}

export interface CasePage {
  readonly rows: CaseRecord[];
  readonly next: CaseCursor | undefined;
}

export type SearchKind = 'number' | 'iin' | 'name' | 'none';

/** What the typed text looks like: a case number, digits of an IIN, or a name. */
export function classifySearch(text: string): { kind: SearchKind; key: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'none', key: '' };
  if (/^dsr[-\d]*$/i.test(trimmed)) return { kind: 'number', key: trimmed.toUpperCase() };
  if (/^[\d\s]+$/.test(trimmed)) return { kind: 'iin', key: digitsOnly(trimmed) };
  return { kind: 'name', key: normalizeName(trimmed) };
}

function matches(row: CaseRecord, filter: CaseFilter): boolean {
  if (filter.status && row.status !== filter.status) return false;
  if (filter.requestType && !row.requestTypes.includes(filter.requestType)) return false;
  if (filter.rfSubject !== undefined && row.rfSubject !== filter.rfSubject) return false;
  if (filter.dueBefore && !(row.nextDueAt !== '' && row.nextDueAt < filter.dueBefore)) return false;
  if (filter.dueAfter && !(row.nextDueAt !== '' && row.nextDueAt >= filter.dueAfter)) return false;
  return true;
}

/** Filters the indexes cannot answer: the row itself is tested. */
const testsRows = (filter: CaseFilter): boolean =>
  Boolean(filter.requestType) || filter.rfSubject !== undefined || Boolean(filter.dueBefore) || Boolean(filter.dueAfter);

const newestFirst = (a: CaseRecord, b: CaseRecord): number =>
  a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;

const present = <T>(value: T | undefined): value is T => value !== undefined;

/**
 * The list order is (receivedAt, id) descending. IndexedDB keeps index entries with equal keys in
 * primary-key order, so the receivedAt (or [status+receivedAt]) index read backwards is that order
 * exactly. After a cursor, a page is: the rest of the cursor's own receipt instant (ids below the
 * cursor's), then everything strictly older — two plain range reads, no per-row test, so IndexedDB
 * serves them with getAll / getAllKeys.
 */
function olderThan(db: QorgauDatabase, status: CaseStatus | undefined, cursor: CaseCursor | undefined): Dexie.Collection<CaseRecord, string> {
  if (status) {
    const upper: [string, string] = cursor ? [status, cursor.receivedAt] : [status, '\uffff'];
    return db.cases.where('[status+receivedAt]').between([status, ''], upper, true, !cursor).reverse();
  }
  return (cursor ? db.cases.where('receivedAt').below(cursor.receivedAt) : db.cases.orderBy('receivedAt')).reverse();
}

async function sameInstantAfter(db: QorgauDatabase, status: CaseStatus | undefined, cursor: CaseCursor): Promise<string[]> {
  const equal = status ? db.cases.where('[status+receivedAt]').equals([status, cursor.receivedAt]) : db.cases.where('receivedAt').equals(cursor.receivedAt);
  return (await equal.reverse().primaryKeys()).filter((id) => id < cursor.id);
}

/** Up to `count` ids in list order after `cursor` (keys only). */
async function idsInListOrder(db: QorgauDatabase, status: CaseStatus | undefined, cursor: CaseCursor | undefined, count: number): Promise<string[]> {
  const ties = cursor ? await sameInstantAfter(db, status, cursor) : [];
  if (ties.length >= count) return ties.slice(0, count);
  return [
    ...ties,
    ...(await olderThan(db, status, cursor)
      .limit(count - ties.length)
      .primaryKeys()),
  ];
}

/** Up to `count` rows in list order after `cursor`. */
async function rowsInListOrder(db: QorgauDatabase, status: CaseStatus | undefined, cursor: CaseCursor | undefined, count: number): Promise<CaseRecord[]> {
  const tieIds = cursor ? await sameInstantAfter(db, status, cursor) : [];
  const ties = tieIds.length > 0 ? (await db.cases.bulkGet(tieIds.slice(0, count))).filter(present) : [];
  if (ties.length >= count) return ties;
  return [
    ...ties,
    ...(await olderThan(db, status, cursor)
      .limit(count - ties.length)
      .toArray()),
  ];
}

/**
 * A search that matches at most this many cases reads them all (one bulk read) and sorts them; more,
 * and the list order is walked. In Chromium a key costs about as much to read as a row, so reading
 * every match wins until matches are so many that the newest ones are dense in the list order.
 */
export const READ_ALL_MATCHES = 3_000;
const FIRST_WALK_CHUNK = 1_000;

/**
 * Search, newest first, whatever the number of matches. Up to READ_ALL_MATCHES: read them all and
 * sort. More: take the ids of every match from the searched index (keys only), walk the ids in list
 * order (keys only, in growing chunks) and read just the matching rows a page needs.
 */
async function searchRows(
  db: QorgauDatabase,
  kind: Exclude<SearchKind, 'none'>,
  key: string,
  filter: CaseFilter,
  cursor: CaseCursor | undefined,
  want: number,
): Promise<CaseRecord[]> {
  const index = kind === 'number' ? 'number' : kind === 'iin' ? 'subjectIin' : 'subjectName';
  const found = await db.cases
    .where(index)
    .startsWith(key)
    .limit(READ_ALL_MATCHES + 1)
    .toArray();
  if (found.length <= READ_ALL_MATCHES) {
    const rows = found;
    const after = (row: CaseRecord): boolean => !cursor || row.receivedAt < cursor.receivedAt || (row.receivedAt === cursor.receivedAt && row.id < cursor.id);
    return rows
      .filter((row) => after(row) && matches(row, filter))
      .sort(newestFirst)
      .slice(0, want);
  }
  const wanted = new Set(await db.cases.where(index).startsWith(key).primaryKeys());
  const out: CaseRecord[] = [];
  let position = cursor;
  for (let chunk = FIRST_WALK_CHUNK; ; chunk *= 2) {
    const ids = await idsInListOrder(db, filter.status, position, chunk);
    let hits = ids.filter((id) => wanted.has(id));
    while (hits.length > 0) {
      const take = hits.slice(0, want - out.length);
      hits = hits.slice(take.length);
      for (const row of await db.cases.bulkGet(take)) if (row && matches(row, filter)) out.push(row);
      if (out.length >= want) return out;
    }
    const lastId = ids[ids.length - 1];
    if (ids.length < chunk || lastId === undefined) return out;
    const last = await db.cases.get(lastId);
    if (!last) return out;
    position = { receivedAt: last.receivedAt, id: last.id };
  }
}

/** Rows with a filter the indexes cannot answer: walk the list order and test each row. */
async function filteredRows(db: QorgauDatabase, filter: CaseFilter, cursor: CaseCursor | undefined, want: number): Promise<CaseRecord[]> {
  const ties = cursor ? (await db.cases.bulkGet(await sameInstantAfter(db, filter.status, cursor))).filter(present).filter((row) => matches(row, filter)) : [];
  if (ties.length >= want) return ties.slice(0, want);
  const rest = await olderThan(db, filter.status, cursor)
    .filter((row) => matches(row, filter))
    .limit(want - ties.length)
    .toArray();
  return [...ties, ...rest];
}

/** One page of cases, newest receipt first, after `cursor`. */
export async function listCases(db: QorgauDatabase, options: { filter?: CaseFilter; search?: string; cursor?: CaseCursor; limit: number }): Promise<CasePage> {
  const filter = options.filter ?? {};
  const { kind, key } = classifySearch(options.search ?? '');
  const { cursor, limit } = options;
  // One row more than the page tells whether there is a next page.
  const want = limit + 1;
  const rows =
    kind !== 'none'
      ? await searchRows(db, kind, key, filter, cursor, want)
      : testsRows(filter)
        ? await filteredRows(db, filter, cursor, want)
        : await rowsInListOrder(db, filter.status, cursor, want);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { rows: page, next: rows.length > limit && last ? { receivedAt: last.receivedAt, id: last.id } : undefined };
}

export function countCases(db: QorgauDatabase, status?: CaseStatus): Promise<number> {
  return status ? db.cases.where('[status+receivedAt]').between([status, ''], [status, '\uffff']).count() : db.cases.count();
}

export type CasePageQuery = { filter?: CaseFilter; search?: string; cursor?: CaseCursor; limit: number };

/** The case list's page from the app's database. */
export function fetchCasePage(query: CasePageQuery): Promise<CasePage> {
  return listCases(database(), query);
}

/** How many cases (of one status) the app's database holds. */
export function fetchCaseCount(status?: CaseStatus): Promise<number> {
  return countCases(database(), status);
}
