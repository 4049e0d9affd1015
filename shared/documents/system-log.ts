/**
 * Annex 1 of a destruction act: the extract from the event log of the information system the data were destroyed
 * in (RKN Order 179 p.2, p.5 — subject, categories, system, reason, date of destruction). Read from the system's
 * CSV export through a column mapping the DPO saves per system, or entered row by row; then checked against the
 * act — the same subjects, destruction times within the act's dates — and nothing is issued while it disagrees.
 */
import Papa from 'papaparse';
import { localInputToInstant } from '../format';
import type { Bilingual, SystemLogRow } from './model';

export const SYSTEM_LOG_FIELDS = ['subject', 'categories', 'reason', 'destroyedAt'] as const;
export type SystemLogField = (typeof SYSTEM_LOG_FIELDS)[number];
/** The CSV column (its header) that holds each field. */
export type SystemLogMapping = Readonly<Record<SystemLogField, string>>;

export interface CsvTable {
  readonly headers: readonly string[];
  readonly rows: readonly Readonly<Record<string, string>>[];
}

/** A CSV export with a header row (comma or semicolon, quoted fields), via papaparse. */
export const readCsv = (text: string): CsvTable | { readonly problem: 'empty' | 'unreadable'; readonly line?: number } => {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/u, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  const error = parsed.errors.find((e) => e.type !== 'Delimiter');
  if (error !== undefined) return { problem: 'unreadable', ...(error.row === undefined ? {} : { line: error.row + 2 }) };
  const headers = (parsed.meta.fields ?? []).filter((h) => h !== '');
  if (headers.length === 0 || parsed.data.length === 0) return { problem: 'empty' };
  return { headers, rows: parsed.data };
};

const GUESS: Readonly<Record<SystemLogField, RegExp>> = {
  subject: /subject|client|customer|iin|иин|жсн|субъект|клиент/iu,
  categories: /categor|катег|санат|data|данн|дерек/iu,
  reason: /reason|причин|себеп|основан|негіз/iu,
  destroyedAt: /date|time|when|_at$|deleted|destroyed|дата|время|уақыт|күні/iu,
};

/** A first guess of the mapping from the headers (the DPO corrects and saves it). */
export const guessMapping = (headers: readonly string[]): Partial<Record<SystemLogField, string>> => {
  const out: Partial<Record<SystemLogField, string>> = {};
  for (const field of SYSTEM_LOG_FIELDS) {
    const found = headers.find((h) => GUESS[field].test(h) && !Object.values(out).includes(h));
    if (found !== undefined) out[field] = found;
  }
  return out;
};

/** '2026-07-14T12:00:00Z' as it is; '2026-07-14 17:00[:ss]' and '14.07.2026 17:00[:ss]' as wall time in the organisation's zone. */
export const parseLogTime = (value: string, timeZone: string): string | undefined => {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/u.test(v)) {
    const t = Date.parse(v);
    return Number.isNaN(t) ? undefined : new Date(t).toISOString();
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/u.exec(v);
  const ru = /^(\d{2})\.(\d{2})\.(\d{4})[ ,]+(\d{2}):(\d{2})(?::(\d{2}))?$/u.exec(v);
  const local = iso ? `${iso[1]}-${iso[2]}-${iso[3]}T${iso[4]}:${iso[5]}` : ru ? `${ru[3]}-${ru[2]}-${ru[1]}T${ru[4]}:${ru[5]}` : undefined;
  if (local === undefined) return undefined;
  const minute = localInputToInstant(local, timeZone);
  // The wall time to the minute, then the seconds the system logged (a log's seconds are kept).
  const seconds = Number((iso ?? ru)?.[6] ?? '0');
  return minute === undefined || seconds > 59 ? undefined : new Date(minute.getTime() + seconds * 1000).toISOString();
};

export type SystemLogProblem =
  | { readonly kind: 'mapping'; readonly field: SystemLogField }
  | { readonly kind: 'value'; readonly field: SystemLogField; readonly line: number }
  | { readonly kind: 'time'; readonly line: number; readonly value: string };

/** The annex rows of one system's export, or the first problem (line numbers count the header as line 1). */
export const rowsFromCsv = (
  table: CsvTable,
  mapping: Partial<Record<SystemLogField, string>>,
  system: Bilingual,
  timeZone: string,
): { readonly rows: SystemLogRow[] } | { readonly problem: SystemLogProblem } => {
  for (const field of SYSTEM_LOG_FIELDS) {
    const column = mapping[field];
    if (column === undefined || !table.headers.includes(column)) return { problem: { kind: 'mapping', field } };
  }
  const m = mapping as SystemLogMapping;
  const rows: SystemLogRow[] = [];
  for (const [i, row] of table.rows.entries()) {
    const line = i + 2;
    for (const field of ['subject', 'reason'] as const) {
      if ((row[m[field]] ?? '').trim() === '') return { problem: { kind: 'value', field, line } };
    }
    const raw = row[m.destroyedAt] ?? '';
    const destroyedAt = parseLogTime(raw, timeZone);
    if (destroyedAt === undefined) return { problem: { kind: 'time', line, value: raw } };
    rows.push({
      subject: (row[m.subject] ?? '').trim(),
      categories: (row[m.categories] ?? '').trim(),
      system,
      reason: (row[m.reason] ?? '').trim(),
      destroyedAt,
    });
  }
  return { rows };
};

/** A subject of the act with every value a system may log it by (IIN, e-mail, phone, name). */
export interface ActSubjectKeys {
  readonly label: string;
  readonly keys: readonly string[];
}

const norm = (s: string): string => s.toLocaleLowerCase('ru').replace(/[\s\-()+]/gu, '');

export type LogMismatch =
  | { readonly kind: 'unknown-subject'; readonly subject: string }
  | { readonly kind: 'missing-subject'; readonly subject: string }
  | { readonly kind: 'outside-dates'; readonly subject: string; readonly at: string };

/**
 * The annex against the act: every logged subject is one of the act's, every subject of the act is logged, and
 * every destruction falls within the act's dates (not before `from`, not after `to`). Empty when they agree.
 */
export const checkSystemLog = (
  rows: readonly SystemLogRow[],
  subjects: readonly ActSubjectKeys[],
  window: { readonly from: string; readonly to: string },
): LogMismatch[] => {
  const keyed = subjects.map((s) => ({ label: s.label, keys: new Set(s.keys.map(norm).filter((k) => k !== '')) }));
  const found = new Set<string>();
  const out: LogMismatch[] = [];
  for (const row of rows) {
    const who = keyed.find((s) => s.keys.has(norm(row.subject)));
    if (who === undefined) out.push({ kind: 'unknown-subject', subject: row.subject });
    else found.add(who.label);
    if (row.destroyedAt < window.from || row.destroyedAt > window.to) out.push({ kind: 'outside-dates', subject: row.subject, at: row.destroyedAt });
  }
  for (const s of keyed) if (!found.has(s.label)) out.push({ kind: 'missing-subject', subject: s.label });
  return out;
};

/** Field 13 of the act: the latest destruction the annex records (the act and its annex agree). */
export const latestDestruction = (rows: readonly SystemLogRow[]): string | undefined =>
  rows
    .map((r) => r.destroyedAt)
    .sort()
    .at(-1);
