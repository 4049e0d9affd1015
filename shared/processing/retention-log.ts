/**
 * The information systems' own log extract of a scheduled destruction (RKN Order 179 p.2, p.5; Law 94-V Art. 22
 * p.1 sub.5), imported as a CSV file to become annex 1 of the act. Every row is checked first, with its line
 * number; one bad row refuses the whole file (nothing is issued). Then the rows are checked against the act:
 * each row's contract should be one of the act's relationships, in the relationship's system, destroyed not
 * before the act was issued; and every relationship of the act should be logged. Whatever disagrees is listed as
 * a discrepancy in the annex, never dropped.
 *
 * Columns (a header row, comma or semicolon, any order, names case-insensitive): deleted_at, system,
 * contract_no, operator — or their Russian names дата_удаления, система, договор, оператор.
 */
import { CLOCK_TOLERANCE_MS } from '../cases/time-bounds';
import { parseLogTime, readCsv } from '../documents/system-log';
import type { RelationshipRecord } from './relationship';

export const LOG_COLUMNS = ['deleted_at', 'system', 'contract_no', 'operator'] as const;
export type LogColumn = (typeof LOG_COLUMNS)[number];

const ALIASES: Readonly<Record<LogColumn, readonly string[]>> = {
  deleted_at: ['deleted_at', 'дата_удаления'],
  system: ['system', 'система'],
  contract_no: ['contract_no', 'договор'],
  operator: ['operator', 'оператор'],
};

/** Longest value per column (a system name, a contract number, a user name). */
export const LOG_MAX_LENGTH: Readonly<Record<LogColumn, number>> = { deleted_at: 40, system: 200, contract_no: 100, operator: 200 };
/** Most rows one extract may hold. */
export const MAX_LOG_ROWS = 100_000;
/** At most this many problems are listed (the file is refused whatever their number). */
export const MAX_LISTED_PROBLEMS = 100;

export type LogImportProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'unreadable'; readonly line?: number | undefined }
  | { readonly kind: 'too-many'; readonly max: number }
  | { readonly kind: 'column'; readonly column: LogColumn }
  | { readonly kind: 'missing'; readonly line: number; readonly column: LogColumn }
  | { readonly kind: 'too-long'; readonly line: number; readonly column: LogColumn; readonly max: number }
  | { readonly kind: 'time'; readonly line: number; readonly value: string }
  | { readonly kind: 'future'; readonly line: number; readonly value: string };

export interface RetentionLogRow {
  /** Line of the file (the header is line 1). */
  readonly line: number;
  /** ISO instant of the deletion. */
  readonly deletedAt: string;
  readonly system: string;
  readonly contractNo: string;
  readonly operator: string;
}

/** The rows of the file, or every problem found (at most MAX_LISTED_PROBLEMS; `more` counts the rest). */
export function parseRetentionLog(
  text: string,
  timeZone: string,
  now: Date,
): { readonly rows: RetentionLogRow[] } | { readonly problems: LogImportProblem[]; readonly more: number } {
  const table = readCsv(text);
  if ('problem' in table) return { problems: [table.problem === 'empty' ? { kind: 'empty' } : { kind: 'unreadable', line: table.line }], more: 0 };
  if (table.rows.length > MAX_LOG_ROWS) return { problems: [{ kind: 'too-many', max: MAX_LOG_ROWS }], more: 0 };
  const headerOf = {} as Record<LogColumn, string>;
  const problems: LogImportProblem[] = [];
  for (const column of LOG_COLUMNS) {
    const found = table.headers.find((h) => ALIASES[column].includes(h.toLocaleLowerCase('ru')));
    if (found === undefined) problems.push({ kind: 'column', column });
    else headerOf[column] = found;
  }
  if (problems.length > 0) return { problems, more: 0 };
  let count = 0;
  const note = (p: LogImportProblem) => {
    count += 1;
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push(p);
  };
  const rows: RetentionLogRow[] = [];
  for (const [i, raw] of table.rows.entries()) {
    const line = i + 2;
    const value = (column: LogColumn) => (raw[headerOf[column]] ?? '').trim();
    let bad = false;
    for (const column of LOG_COLUMNS) {
      const v = value(column);
      if (v === '') {
        note({ kind: 'missing', line, column });
        bad = true;
      } else if (v.length > LOG_MAX_LENGTH[column]) {
        note({ kind: 'too-long', line, column, max: LOG_MAX_LENGTH[column] });
        bad = true;
      }
    }
    const when = value('deleted_at');
    const deletedAt = when === '' ? undefined : parseLogTime(when, timeZone);
    if (when !== '' && when.length <= LOG_MAX_LENGTH.deleted_at) {
      if (deletedAt === undefined) {
        note({ kind: 'time', line, value: when });
        bad = true;
      } else if (Date.parse(deletedAt) > now.getTime() + CLOCK_TOLERANCE_MS) {
        note({ kind: 'future', line, value: when });
        bad = true;
      }
    }
    if (!bad && deletedAt !== undefined) {
      rows.push({ line, deletedAt, system: value('system'), contractNo: value('contract_no'), operator: value('operator') });
    }
  }
  return count > 0 ? { problems, more: count - problems.length } : { rows };
}

export type LogDiscrepancy =
  /** A logged contract that is not one of the act's relationships. */
  | { readonly kind: 'not-in-act'; readonly line: number; readonly contractNo: string; readonly system: string }
  /** A relationship of the act no row logs. */
  | { readonly kind: 'not-logged'; readonly contractNo: string; readonly system: string }
  /** Logged in another system than the relationship's. */
  | { readonly kind: 'other-system'; readonly line: number; readonly contractNo: string; readonly system: string; readonly expected: string }
  /** Deleted before the act was issued. */
  | { readonly kind: 'before-act'; readonly line: number; readonly contractNo: string; readonly deletedAt: string };

export interface LogCrossCheck {
  /** Each row with the relationship its contract names (undefined when none of the act's). */
  readonly rows: readonly { readonly row: RetentionLogRow; readonly relationship: RelationshipRecord | undefined }[];
  readonly discrepancies: readonly LogDiscrepancy[];
}

const key = (contractNo: string): string => contractNo.trim().toLocaleLowerCase('ru');

/** The rows against the act's relationships and its issue instant. */
export function crossCheckRetentionLog(rows: readonly RetentionLogRow[], relationships: readonly RelationshipRecord[], actIssuedAt: string): LogCrossCheck {
  const byContract = new Map(relationships.map((r) => [key(r.contractNo), r]));
  const logged = new Set<string>();
  const discrepancies: LogDiscrepancy[] = [];
  const matched = rows.map((row) => {
    const relationship = byContract.get(key(row.contractNo));
    if (relationship === undefined) discrepancies.push({ kind: 'not-in-act', line: row.line, contractNo: row.contractNo, system: row.system });
    else {
      logged.add(relationship.id);
      if (key(relationship.system) !== key(row.system)) {
        discrepancies.push({ kind: 'other-system', line: row.line, contractNo: row.contractNo, system: row.system, expected: relationship.system });
      }
    }
    if (Date.parse(row.deletedAt) < Date.parse(actIssuedAt))
      discrepancies.push({ kind: 'before-act', line: row.line, contractNo: row.contractNo, deletedAt: row.deletedAt });
    return { row, relationship };
  });
  for (const r of relationships) if (!logged.has(r.id)) discrepancies.push({ kind: 'not-logged', contractNo: r.contractNo, system: r.system });
  return { rows: matched, discrepancies };
}
