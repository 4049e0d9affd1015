/**
 * Reads for the case list: newest receipt first, paged with keyset cursors (never offset), with
 * search by case number, IIN or name prefix. Each query walks one index; filters that have no index
 * of their own are applied while walking, so a page costs what it shows.
 */
import type Dexie from 'dexie';
import type { CaseRecord, CaseStatus } from '../../shared/cases/model';
import { digitsOnly, normalizeName } from '../../shared/cases/normalize';
import type { QorgauDatabase } from './database';

export interface CaseFilter {
  readonly status?: CaseStatus | undefined;
  readonly requestType?: string | undefined;
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

/** One page of cases, newest receipt first, after `cursor`. */
export async function listCases(
  db: QorgauDatabase,
  options: { filter?: CaseFilter; search?: string; cursor?: CaseCursor; limit: number },
): Promise<CasePage> {
  const filter = options.filter ?? {};
  const { kind, key } = classifySearch(options.search ?? '');
  const limit = options.limit;
  let collection: Dexie.Collection<CaseRecord, string>;
  if (kind === 'number') {
    collection = db.cases.where('number').startsWith(key).reverse();
  } else if (kind === 'iin') {
    collection = db.cases.where('subjectIin').startsWith(key).reverse();
  } else if (kind === 'name') {
    collection = db.cases.where('subjectName').startsWith(key).reverse();
  } else if (filter.status) {
    const upper: [string, string] = options.cursor ? [filter.status, options.cursor.receivedAt] : [filter.status, '\uffff'];
    collection = db.cases
      .where('[status+receivedAt]')
      .between([filter.status, ''], upper, true, true)
      .reverse();
  } else {
    collection = (options.cursor ? db.cases.where('receivedAt').belowOrEqual(options.cursor.receivedAt) : db.cases.orderBy('receivedAt')).reverse();
  }
  const cursor = options.cursor;
  const afterCursor = (row: CaseRecord): boolean =>
    !cursor || row.receivedAt < cursor.receivedAt || (row.receivedAt === cursor.receivedAt && row.id < cursor.id);
  const rows = await collection
    .filter((row) => (kind === 'none' ? afterCursor(row) : true) && matches(row, filter))
    .limit(kind === 'none' ? limit + 1 : 5000)
    .toArray();
  // Search results come in index order of the searched key; show them newest first too.
  const ordered = kind === 'none' ? rows : rows.sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : a.id < b.id ? 1 : -1)).filter(afterCursor);
  const page = ordered.slice(0, limit);
  const last = page[page.length - 1];
  return { rows: page, next: ordered.length > limit && last ? { receivedAt: last.receivedAt, id: last.id } : undefined };
}

export function countCases(db: QorgauDatabase, status?: CaseStatus): Promise<number> {
  return status ? db.cases.where('[status+receivedAt]').between([status, ''], [status, '\uffff']).count() : db.cases.count();
}
