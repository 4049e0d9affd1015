/**
 * Reads for the case list, paged with keyset cursors (never offset).
 *
 * Without a search the list is in the order the DPO chose: received (newest first by default), due,
 * number or name, each read from its own index. The default list (all or one status, newest first) is
 * two range reads that IndexedDB answers in bulk; filters without an index of their own are applied
 * while walking.
 *
 * A search cuts the typed text into words (shared/cases/search-tokens.ts) and finds, for each word,
 * the cases one of whose words begins with it, by the multi-entry `searchTokens` index (keys only).
 * Results are ranked — a case where more query words are whole words comes first — and newest first
 * among equals; or sorted by a column the DPO chose. A word so common that it begins a word of most
 * cases ("ка…") is not read from the index: it is tested on the rows while the list order is walked.
 */
import type Dexie from 'dexie';
import type { CaseRecord, CaseStatus } from '../../shared/cases/model';
import { anyStartsWith, pairToken, queryTokens, tokensOf, type SearchKey } from '../../shared/cases/search-tokens';
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

/** The list's order: by relevance (only with a search), or by a column. */
export const SORT_FIELDS = ['relevance', 'received', 'due', 'number', 'name'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortDirection = 'asc' | 'desc';
export interface CaseSort {
  readonly field: SortField;
  readonly direction: SortDirection;
}
export const DEFAULT_SORT: CaseSort = { field: 'relevance', direction: 'desc' };

/** Where the previous page ended: the last row's sort key (and rank, when ranked). */
export interface CaseCursor {
  readonly key: string;
  readonly id: string;
  readonly rank?: number | undefined;
}

export interface CasePage {
  readonly rows: CaseRecord[];
  readonly next: CaseCursor | undefined;
}

type ColumnField = Exclude<SortField, 'relevance'>;

/** The value a column sorts by; a case without an open deadline sorts after every due date. */
const INDEX_OF: Readonly<Record<ColumnField, 'receivedAt' | 'nextDueAt' | 'number' | 'subjectName'>> = {
  received: 'receivedAt',
  due: 'nextDueAt',
  number: 'number',
  name: 'subjectName',
};
const keyOf = (row: CaseRecord, field: ColumnField): string => row[INDEX_OF[field]];

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

const present = <T>(value: T | undefined): value is T => value !== undefined;

/** Compares two rows in a column order; equal keys by id in the same direction (the index's own order). */
function compareBy(field: ColumnField, direction: SortDirection): (a: CaseRecord, b: CaseRecord) => number {
  const sign = direction === 'asc' ? 1 : -1;
  return (a, b) => {
    const ka = keyOf(a, field);
    const kb = keyOf(b, field);
    // Cases without an open deadline come last in either direction.
    if (field === 'due' && (ka === '') !== (kb === '')) return ka === '' ? 1 : -1;
    if (ka !== kb) return ka < kb ? -sign : sign;
    return a.id === b.id ? 0 : a.id < b.id ? -sign : sign;
  };
}

/** Is `row` after `cursor` in the column order? */
function afterCursor(row: CaseRecord, cursor: CaseCursor, field: ColumnField, direction: SortDirection): boolean {
  const probe = { ...row, [INDEX_OF[field]]: cursor.key, id: cursor.id } as CaseRecord;
  return compareBy(field, direction)(probe, row) < 0;
}

// ——— the default list: newest receipt first, by [status+receivedAt] / receivedAt ———

/**
 * IndexedDB keeps index entries with equal keys in primary-key order, so the receivedAt (or
 * [status+receivedAt]) index read backwards is (receivedAt, id) descending exactly. After a cursor,
 * a page is the rest of the cursor's own instant (ids below the cursor's), then everything strictly
 * older — two plain range reads that IndexedDB serves with getAll / getAllKeys.
 */
function olderThan(db: QorgauDatabase, status: CaseStatus | undefined, cursor: CaseCursor | undefined): Dexie.Collection<CaseRecord, string> {
  if (status) {
    const upper: [string, string] = cursor ? [status, cursor.key] : [status, '\uffff'];
    return db.cases.where('[status+receivedAt]').between([status, ''], upper, true, !cursor).reverse();
  }
  return (cursor ? db.cases.where('receivedAt').below(cursor.key) : db.cases.orderBy('receivedAt')).reverse();
}

async function sameInstantAfter(db: QorgauDatabase, status: CaseStatus | undefined, cursor: CaseCursor): Promise<string[]> {
  const equal = status ? db.cases.where('[status+receivedAt]').equals([status, cursor.key]) : db.cases.where('receivedAt').equals(cursor.key);
  return (await equal.reverse().primaryKeys()).filter((id) => id < cursor.id);
}

async function newestRows(db: QorgauDatabase, status: CaseStatus | undefined, cursor: CaseCursor | undefined, count: number): Promise<CaseRecord[]> {
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

// ——— any column order: walk its index in chunks, testing rows ———

/** The rows strictly after `cursor` in a column order, up to `count` (before any row test). */
async function rowsAfter(
  db: QorgauDatabase,
  field: ColumnField,
  direction: SortDirection,
  cursor: CaseCursor | undefined,
  count: number,
): Promise<CaseRecord[]> {
  const index = INDEX_OF[field];
  const table = db.cases;
  const desc = direction === 'desc';
  // Ties of the cursor's key: ids after the cursor's in the same direction.
  let ties: CaseRecord[] = [];
  if (cursor) {
    const ids = (await table.where(index).equals(cursor.key).primaryKeys()).filter((id) => (desc ? id < cursor.id : id > cursor.id)).sort();
    if (desc) ids.reverse();
    ties = (await table.bulkGet(ids.slice(0, count))).filter(present);
    if (ties.length >= count) return ties;
  }
  const need = count - ties.length;
  const dated = field === 'due';
  // The due order: every due date (in the direction), then the cases without one.
  if (dated && cursor?.key === '') return ties;
  let range: Dexie.Collection<CaseRecord, string>;
  if (!cursor) range = dated ? table.where(index).above('') : table.orderBy(index);
  else if (desc) range = dated ? table.where(index).between('', cursor.key, false, false) : table.where(index).below(cursor.key);
  else range = table.where(index).above(cursor.key);
  if (desc) range = range.reverse();
  const rows = [...ties, ...(await range.limit(need).toArray())];
  if (dated && rows.length < count) {
    const undated = table.where(index).equals('');
    rows.push(...(await (desc ? undated.reverse() : undated).limit(count - rows.length).toArray()));
  }
  return rows;
}

const FIRST_CHUNK = 200;
const LAST_CHUNK = 3_200;

/** Walks a column order from `cursor`, keeping the rows that pass `test`, until `want` are found. */
async function walkColumn(
  db: QorgauDatabase,
  sort: { field: ColumnField; direction: SortDirection },
  status: CaseStatus | undefined,
  cursor: CaseCursor | undefined,
  test: (row: CaseRecord) => boolean,
  want: number,
): Promise<CaseRecord[]> {
  const out: CaseRecord[] = [];
  let position = cursor;
  for (let chunk = FIRST_CHUNK; ; chunk = Math.min(chunk * 2, LAST_CHUNK)) {
    const rows =
      sort.field === 'received' && sort.direction === 'desc'
        ? await newestRows(db, status, position, chunk)
        : await rowsAfter(db, sort.field, sort.direction, position, chunk);
    for (const row of rows) if (test(row)) out.push(row);
    const last = rows[rows.length - 1];
    if (out.length >= want || rows.length < chunk || !last) return out.slice(0, want);
    position = { key: keyOf(last, sort.field), id: last.id };
  }
}

// ——— search ———

/**
 * A word whose index entries reach this many is common: it is tested on rows rather than read as a
 * set of ids. Below it, a query of several words intersects the words' ids (keys only).
 */
export const COMMON_WORD = 20_000;
/** Matches up to this many are read whole and ordered in memory. */
export const READ_ALL_MATCHES = 1_500;
/** A word beginning more distinct tokens than this ("0…") is searched by walking the list. */
const MAX_FORMS = 64;

type Entry = { readonly ms: number; readonly id: string };

/** Whole-word matches count for the rank; one point per query word that is a whole word of the case. */
const rankOf = (row: CaseRecord, query: readonly string[]): number => {
  const tokens = new Set(tokensOf(row.searchTokens));
  return query.filter((w) => tokens.has(w)).length;
};

const byRank =
  (ranks: ReadonlyMap<string, number>) =>
  (a: CaseRecord, b: CaseRecord): number =>
    (ranks.get(b.id) ?? 0) - (ranks.get(a.id) ?? 0) || compareBy('received', 'desc')(a, b);

const beginning = (word: string): [SearchKey, SearchKey] => [
  [word, -Infinity],
  [`${word}\uffff`, Infinity],
];

/** The ids of the cases with a token beginning with `word` (keys only, in no order); undefined when the word is common. */
async function idsOfWord(db: QorgauDatabase, word: string, cap: number): Promise<string[] | undefined> {
  const [lower, upper] = beginning(word);
  const ids = await db.cases.where('searchTokens').between(lower, upper, true, true).limit(cap).primaryKeys();
  return ids.length >= cap ? undefined : ids;
}

/** The distinct tokens beginning with `word`, skipping through the index one token at a time; undefined when more than `max`. */
async function formsOf(db: QorgauDatabase, word: string, max: number): Promise<string[] | undefined> {
  const forms: string[] = [];
  const [first, upper] = beginning(word);
  let lower: SearchKey = first;
  for (;;) {
    const keys = (await db.cases
      .where('searchTokens')
      .between(lower, upper, forms.length === 0, true)
      .limit(1)
      .keys()) as unknown as SearchKey[];
    const key = keys[0];
    if (!key) return forms;
    if (forms.length >= max) return undefined;
    forms.push(key[0]);
    lower = [key[0], Infinity];
  }
}

/** Up to `count` cases with `token`, newest first, after `after` (keys only: the index holds the receipt instant). */
async function newestWithToken(db: QorgauDatabase, token: string, after: Entry | undefined, count: number): Promise<Entry[]> {
  const out: Entry[] = [];
  if (after) {
    const ties = (await db.cases.where('searchTokens').equals([token, after.ms]).primaryKeys())
      .filter((id) => id < after.id)
      .sort()
      .reverse();
    for (const id of ties.slice(0, count)) out.push({ ms: after.ms, id });
    if (out.length >= count) return out;
  }
  await db.cases
    .where('searchTokens')
    .between([token, -Infinity], [token, after ? after.ms : Infinity], true, false)
    .reverse()
    .limit(count - out.length)
    .eachKey((key, cursor) => {
      out.push({ ms: (key as unknown as SearchKey)[1], id: cursor.primaryKey });
    });
  return out;
}

const newerFirst = (a: Entry, b: Entry): number => b.ms - a.ms || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * One word, ranked: the cases where it is a whole word (rank 1), then those where it only begins a
 * word (rank 0), each newest first — read from the index page by page, never every match.
 * Undefined when the word begins too many distinct tokens.
 */
async function rankedByWord(
  db: QorgauDatabase,
  word: string,
  test: (row: CaseRecord) => boolean,
  cursor: CaseCursor | undefined,
  want: number,
): Promise<CaseRecord[] | undefined> {
  const forms = await formsOf(db, word, MAX_FORMS);
  if (!forms) return undefined;
  const out: CaseRecord[] = [];
  for (const rank of [1, 0]) {
    if (cursor && (cursor.rank ?? 0) < rank) continue;
    const tier = rank === 1 ? forms.filter((f) => f === word) : forms.filter((f) => f !== word);
    if (tier.length === 0) continue;
    // A case with the whole word is listed in the first tier only.
    const inTier = (row: CaseRecord): boolean => rank === 1 || !tokensOf(row.searchTokens).includes(word);
    let after: Entry | undefined = cursor && (cursor.rank ?? 0) === rank ? { ms: Date.parse(cursor.key), id: cursor.id } : undefined;
    for (let count = want; ; count = Math.min(count * 2, 2_000)) {
      const lists = await Promise.all(tier.map((form) => newestWithToken(db, form, after, count)));
      // Merged, the lists are complete down to the oldest head of a list that was cut at `count`.
      let floor: Entry | undefined;
      for (const list of lists) {
        const last = list[list.length - 1];
        if (list.length === count && last && (!floor || newerFirst(last, floor) < 0)) floor = last;
      }
      const seen = new Set<string>();
      const merged = lists
        .flat()
        .sort(newerFirst)
        .filter((e) => (!floor || newerFirst(e, floor) <= 0) && !seen.has(e.id) && Boolean(seen.add(e.id)));
      for (const row of (await db.cases.bulkGet(merged.map((e) => e.id))).filter(present)) {
        if (inTier(row) && test(row)) out.push(row);
        if (out.length >= want) return out;
      }
      if (!floor) break;
      after = floor;
    }
  }
  return out;
}

/** Does some token begin with `word`? */
async function hasForm(db: QorgauDatabase, word: string): Promise<boolean> {
  const [lower, upper] = beginning(word);
  return (await db.cases.where('searchTokens').between(lower, upper, true, true).limit(1).primaryKeys()).length > 0;
}

async function searchRows(
  db: QorgauDatabase,
  rawText: string,
  query: readonly string[],
  filter: CaseFilter,
  sort: CaseSort,
  cursor: CaseCursor | undefined,
  want: number,
  commonWord: number,
): Promise<{ rows: CaseRecord[]; rank: (row: CaseRecord) => number }> {
  const byWords = (row: CaseRecord): number => rankOf(row, query);
  const wholeWord =
    (word: string) =>
    (row: CaseRecord): number =>
      tokensOf(row.searchTokens).includes(word) ? 1 : 0;
  const test = (row: CaseRecord): boolean => {
    if (!matches(row, filter)) return false;
    const tokens = tokensOf(row.searchTokens);
    return query.every((w) => anyStartsWith(tokens, w));
  };
  const column: { field: ColumnField; direction: SortDirection } =
    sort.field === 'relevance' ? { field: 'received', direction: 'desc' } : { field: sort.field, direction: sort.direction };
  const single = query[0];
  if (query.length === 1 && single !== undefined && sort.field === 'relevance') {
    const ranked = await rankedByWord(db, single, test, cursor, want);
    if (ranked) return { rows: ranked, rank: wholeWord(single) };
  }
  // Two words of a name ("Касымов Ерлан", "Ерлан Кас"): one lookup of the pair, newest first.
  if (query.length === 2 && sort.field === 'relevance' && query.every((w) => /^\p{L}+$/u.test(w))) {
    const phrase = pairToken(query.join(' '));
    if (await hasForm(db, phrase)) {
      const ranked = await rankedByWord(db, phrase, (row) => matches(row, filter), cursor, want);
      if (ranked) return { rows: ranked, rank: wholeWord(phrase) };
    }
  }
  // A case number typed from its beginning: the number index, in number order (receipt order).
  const number = /^dsr[-\d]*$/i.test(rawText.trim()) ? rawText.trim().toUpperCase() : undefined;
  if (number && sort.field === 'relevance') {
    const found = await db.cases
      .where('number')
      .startsWith(number)
      .limit(READ_ALL_MATCHES + 1)
      .toArray();
    if (found.length <= READ_ALL_MATCHES) {
      const rows = found
        .filter((row) => matches(row, filter) && (!cursor || afterCursor(row, cursor, 'received', 'desc')))
        .sort(compareBy('received', 'desc'))
        .slice(0, want);
      return { rows, rank: () => 0 };
    }
  }
  // Several words (or a column order): the words' ids intersected by keys; a common word is left to the row test.
  let candidates: Set<string> | undefined;
  for (const word of [...query].sort((a, b) => b.length - a.length)) {
    // Few enough candidates: the other words are tested on their rows.
    if (candidates && candidates.size <= READ_ALL_MATCHES) break;
    const ids = await idsOfWord(db, word, commonWord);
    if (!ids) continue;
    candidates = candidates ? new Set(ids.filter((id) => candidates!.has(id))) : new Set(ids);
    if (candidates.size === 0) return { rows: [], rank: byWords };
  }
  if (!candidates || candidates.size > READ_ALL_MATCHES) {
    // Many matches: the list order walked (newest first, or the chosen column).
    const known = candidates;
    return { rows: await walkColumn(db, column, filter.status, cursor, (row) => (!known || known.has(row.id)) && test(row), want), rank: byWords };
  }
  const rows = (await db.cases.bulkGet([...candidates])).filter(present).filter(test);
  if (sort.field !== 'relevance') {
    const order = compareBy(column.field, column.direction);
    return {
      rows: rows
        .filter((row) => !cursor || afterCursor(row, cursor, column.field, column.direction))
        .sort(order)
        .slice(0, want),
      rank: byWords,
    };
  }
  const ranks = new Map(rows.map((row) => [row.id, rankOf(row, query)]));
  const after = (row: CaseRecord): boolean => {
    if (!cursor) return true;
    const rank = ranks.get(row.id) ?? 0;
    const cursorRank = cursor.rank ?? 0;
    if (rank !== cursorRank) return rank < cursorRank;
    return afterCursor(row, cursor, 'received', 'desc');
  };
  return { rows: rows.filter(after).sort(byRank(ranks)).slice(0, want), rank: byWords };
}

/** One page of cases after `cursor`, in the chosen order (ranked when searching with the default order). */
export async function listCases(
  db: QorgauDatabase,
  options: {
    filter?: CaseFilter;
    search?: string;
    sort?: CaseSort;
    cursor?: CaseCursor;
    limit: number;
    /** Index entries from which a word counts as common (COMMON_WORD; tests lower it). */
    commonWord?: number;
  },
): Promise<CasePage> {
  const filter = options.filter ?? {};
  const query = queryTokens(options.search ?? '');
  const { cursor, limit } = options;
  const searching = query.length > 0;
  const chosen = options.sort ?? DEFAULT_SORT;
  // Relevance means nothing without a search: the newest first.
  const sort: CaseSort = !searching && chosen.field === 'relevance' ? { field: 'received', direction: 'desc' } : chosen;
  // One row more than the page tells whether there is a next page.
  const want = limit + 1;
  let rows: CaseRecord[];
  let rank = (row: CaseRecord): number => rankOf(row, query);
  if (searching) ({ rows, rank } = await searchRows(db, options.search ?? '', query, filter, sort, cursor, want, options.commonWord ?? COMMON_WORD));
  else if (sort.field === 'received' && sort.direction === 'desc' && !testsRows(filter)) rows = await newestRows(db, filter.status, cursor, want);
  else
    rows = await walkColumn(
      db,
      { field: sort.field === 'relevance' ? 'received' : sort.field, direction: sort.direction },
      filter.status,
      cursor,
      (row) => matches(row, filter),
      want,
    );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const ranked = searching && sort.field === 'relevance';
  const keyField: ColumnField = sort.field === 'relevance' ? 'received' : sort.field;
  return {
    rows: page,
    next: rows.length > limit && last ? { key: keyOf(last, keyField), id: last.id, ...(ranked ? { rank: rank(last) } : {}) } : undefined,
  };
}

export function countCases(db: QorgauDatabase, status?: CaseStatus): Promise<number> {
  return status ? db.cases.where('[status+receivedAt]').between([status, ''], [status, '\uffff']).count() : db.cases.count();
}

export type CasePageQuery = { filter?: CaseFilter; search?: string; sort?: CaseSort; cursor?: CaseCursor; limit: number };

/** The case list's page from the app's database. */
export function fetchCasePage(query: CasePageQuery): Promise<CasePage> {
  return listCases(database(), query);
}

/** How many cases (of one status) the app's database holds. */
export function fetchCaseCount(status?: CaseStatus): Promise<number> {
  return countCases(database(), status);
}
