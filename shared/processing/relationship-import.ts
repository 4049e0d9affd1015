/**
 * Checking a core system's export of relationships (CSV rows, already split into cells) before anything is
 * written: each row by the column mapping the DPO chose for that system — IIN with its checksum, dates (ISO or
 * dd.mm.yyyy), an activity the register knows, no duplicate of a row of the file or of one already stored.
 * Problems carry the file's line number (the header is line 1).
 */
import { z } from 'zod';
import { validateIin } from '../validation';
import { parseDateKey } from '../time/civil-date';
import type { ProcessingActivity } from './model';
import type { RelationshipEvents } from './relationship';

export const RELATIONSHIP_FIELDS = ['iin', 'name', 'contractNo', 'activity', 'opened', 'ended', 'lastOperation', 'consentWithdrawn', 'rfCitizen'] as const;
export type RelationshipField = (typeof RELATIONSHIP_FIELDS)[number];
export const REQUIRED_FIELDS: readonly RelationshipField[] = ['iin', 'name', 'contractNo', 'activity', 'opened'];

/** Which header of the file holds each field ('' = not in the file). */
export type ColumnMapping = Readonly<Record<RelationshipField, string>>;

export const columnMappingSchema = z.object(
  Object.fromEntries(RELATIONSHIP_FIELDS.map((f) => [f, z.string().max(200)])) as Record<RelationshipField, z.ZodString>,
);
/** Saved mappings, by system name. */
export const relationshipMappingsSchema = z.record(z.string().min(1).max(200), columnMappingSchema);
export type RelationshipMappings = Readonly<Record<string, ColumnMapping>>;

export const IMPORT_PROBLEMS = [
  'rel.error.required',
  'rel.error.iin',
  'rel.error.date',
  'rel.error.order',
  'rel.error.activity',
  'rel.error.duplicate',
  'rel.error.stored',
  'rel.error.flag',
  'rel.error.mapping',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEMS)[number];

export interface ImportProblem {
  /** Line of the file (header = 1); 1 for a mapping problem. */
  readonly line: number;
  readonly field: RelationshipField;
  readonly code: ImportProblemCode;
  /** The value as read (for the message). */
  readonly value: string;
}

export interface RelationshipDraft extends RelationshipEvents {
  readonly line: number;
  readonly subjectIin: string;
  readonly subjectName: string;
  readonly rfSubject: boolean;
  readonly contractNo: string;
  readonly activityId: string;
}

export interface ImportReport {
  readonly rows: number;
  readonly valid: readonly RelationshipDraft[];
  readonly problems: readonly ImportProblem[];
  /** Lines with at least one problem. */
  readonly badLines: number;
}

/** The key that makes a relationship a duplicate: the contract under the activity. */
export const relationshipKey = (contractNo: string, activityId: string): string => `${contractNo.trim()}\u0000${activityId}`;

const DOTTED = /^(\d{2})\.(\d{2})\.(\d{4})$/;

/** 'YYYY-MM-DD' of an ISO or dd.mm.yyyy date, or undefined. */
export const readDate = (value: string): string | undefined => {
  const text = value.trim();
  const dotted = DOTTED.exec(text);
  const iso = dotted ? `${dotted[3]}-${dotted[2]}-${dotted[1]}` : text;
  return parseDateKey(iso) === undefined ? undefined : iso;
};

const TRUE = new Set(['1', 'true', 'yes', 'да', 'иә', 'y', 'rf', 'ru']);
const FALSE = new Set(['', '0', 'false', 'no', 'нет', 'жоқ', 'n', 'kz']);

/** A mapping that lacks a required field, or names a header the file does not have. */
export const mappingProblems = (mapping: ColumnMapping, header: readonly string[]): ImportProblem[] =>
  RELATIONSHIP_FIELDS.flatMap((field) => {
    const column = mapping[field];
    if (column === '') return REQUIRED_FIELDS.includes(field) ? [{ line: 1, field, code: 'rel.error.mapping' as const, value: '' }] : [];
    return header.includes(column) ? [] : [{ line: 1, field, code: 'rel.error.mapping' as const, value: column }];
  });

/** The mapping guessed from the header: a column named like the field (case-insensitive). */
export const guessMapping = (header: readonly string[], saved?: ColumnMapping): ColumnMapping => {
  if (saved !== undefined && mappingProblems(saved, header).length === 0) return saved;
  const lower = header.map((h) => h.trim().toLowerCase());
  return Object.fromEntries(
    RELATIONSHIP_FIELDS.map((field) => {
      const at = lower.indexOf(field.toLowerCase());
      return [field, at >= 0 ? header[at]! : ''];
    }),
  ) as Record<RelationshipField, string>;
};

/**
 * Checks every data row. `rows[0]` is the header. `stored`: keys of relationships already stored for this system.
 */
export const checkRelationshipRows = (
  rows: readonly (readonly string[])[],
  mapping: ColumnMapping,
  activities: readonly Pick<ProcessingActivity, 'id'>[],
  stored: ReadonlySet<string>,
): ImportReport => {
  const header = rows[0] ?? [];
  const mapProblems = mappingProblems(mapping, header);
  if (mapProblems.length > 0) return { rows: Math.max(0, rows.length - 1), valid: [], problems: mapProblems, badLines: 0 };
  const index = Object.fromEntries(RELATIONSHIP_FIELDS.map((f) => [f, mapping[f] === '' ? -1 : header.indexOf(mapping[f])])) as Record<
    RelationshipField,
    number
  >;
  const known = new Set(activities.map((a) => a.id));
  const seen = new Set<string>();
  const valid: RelationshipDraft[] = [];
  const problems: ImportProblem[] = [];
  let badLines = 0;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length === 1 && row[0]!.trim() === '') continue; // a blank line
    const line = r + 1;
    const cell = (field: RelationshipField): string => (index[field] < 0 ? '' : (row[index[field]] ?? '').trim());
    const before = problems.length;
    const problem = (field: RelationshipField, code: ImportProblemCode) => problems.push({ line, field, code, value: cell(field) });
    for (const field of REQUIRED_FIELDS) if (cell(field) === '') problem(field, 'rel.error.required');
    const iin = cell('iin');
    if (iin !== '' && !validateIin(iin).valid) problem('iin', 'rel.error.iin');
    const activity = cell('activity');
    if (activity !== '' && !known.has(activity)) problem('activity', 'rel.error.activity');
    const dates: Partial<Record<RelationshipField, string>> = {};
    for (const field of ['opened', 'ended', 'lastOperation', 'consentWithdrawn'] as const) {
      const value = cell(field);
      if (value === '') continue;
      const date = readDate(value);
      if (date === undefined) problem(field, 'rel.error.date');
      else dates[field] = date;
    }
    if (dates.opened !== undefined && dates.ended !== undefined && dates.ended < dates.opened) problem('ended', 'rel.error.order');
    const flag = cell('rfCitizen').toLowerCase();
    if (!TRUE.has(flag) && !FALSE.has(flag)) problem('rfCitizen', 'rel.error.flag');
    const contractNo = cell('contractNo');
    if (contractNo !== '' && activity !== '') {
      const key = relationshipKey(contractNo, activity);
      if (stored.has(key)) problem('contractNo', 'rel.error.stored');
      else if (seen.has(key)) problem('contractNo', 'rel.error.duplicate');
      seen.add(key);
    }
    if (problems.length > before) {
      badLines += 1;
      continue;
    }
    valid.push({
      line,
      subjectIin: iin,
      subjectName: cell('name'),
      rfSubject: TRUE.has(flag),
      contractNo,
      activityId: activity,
      opened: dates.opened!,
      ...(dates.ended ? { ended: dates.ended } : {}),
      ...(dates.lastOperation ? { lastOperation: dates.lastOperation } : {}),
      ...(dates.consentWithdrawn ? { consentWithdrawn: dates.consentWithdrawn } : {}),
    });
  }
  return { rows: rows.length - 1, valid, problems, badLines };
};
