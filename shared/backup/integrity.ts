/**
 * Checks of a backup's payload beyond each record's own schema (codec.ts runs them):
 *  - `shapeProblem`: the parsed JSON, walked without recursion, nests no deeper than MAX_DEPTH and holds only
 *    finite numbers (JSON's `1e999` parses to Infinity), so nothing later (zod, the canonical JSON of the
 *    audit chain) can overflow the stack or throw;
 *  - `crossRecordProblem`: every record's parents are in the file (an obligation of no case, an action of no
 *    obligation …), and every counter is at least the numbers already given out (a counter behind would
 *    hand out a case or document number twice).
 */
import { problem, type BackupProblem } from './problems';
import type { PayloadTables } from './upgrade';

/** Deepest nesting a payload may have: the deepest record the app writes is far shallower. */
export const MAX_DEPTH = 64;
/** Most values (objects, arrays, strings, numbers …) a payload may hold. */
export const MAX_VALUES = 20_000_000;

export function shapeProblem(root: unknown): BackupProblem | undefined {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: root, depth: 0, path: '' }];
  let seen = 0;
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop()!;
    if (++seen > MAX_VALUES) return problem('too-large', `more than ${MAX_VALUES} values`, { count: seen, limit: MAX_VALUES });
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return problem('not-finite', `${path}: ${String(value)}`, { field: path || '—' });
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) return problem('too-deep', `${path}: nested deeper than ${MAX_DEPTH}`, { field: path.slice(0, 80) || '—', limit: MAX_DEPTH });
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) stack.push({ value: value[index], depth: depth + 1, path: `${path}[${index}]` });
    } else {
      for (const [key, member] of Object.entries(value)) stack.push({ value: member, depth: depth + 1, path: path ? `${path}.${key}` : key });
    }
  }
  return undefined;
}

type Row = Readonly<Record<string, unknown>>;

interface Reference {
  readonly table: keyof PayloadTables;
  readonly field: string;
  readonly parent: keyof PayloadTables;
  readonly many?: boolean;
}

/** Which member of which table names a record of which other table. */
export const REFERENCES: readonly Reference[] = [
  { table: 'obligations', field: 'caseId', parent: 'cases' },
  { table: 'obligations', field: 'parentId', parent: 'obligations' },
  { table: 'obligations', field: 'completedByActionId', parent: 'actions' },
  { table: 'actions', field: 'caseId', parent: 'cases' },
  { table: 'actions', field: 'obligationId', parent: 'obligations' },
  { table: 'attachments', field: 'caseId', parent: 'cases' },
  { table: 'attachments', field: 'actionId', parent: 'actions' },
  { table: 'documents', field: 'caseId', parent: 'cases' },
  { table: 'documents', field: 'caseIds', parent: 'cases', many: true },
  { table: 'documents', field: 'actionIds', parent: 'actions', many: true },
  { table: 'documents', field: 'signedScanId', parent: 'attachments' },
  { table: 'documents', field: 'relationshipIds', parent: 'relationships', many: true },
  { table: 'documents', field: 'actScanId', parent: 'actScans' },
  { table: 'documents', field: 'annexOf', parent: 'documents' },
  { table: 'actScans', field: 'documentId', parent: 'documents' },
  { table: 'incidentObligations', field: 'incidentId', parent: 'incidents' },
  { table: 'incidentObligations', field: 'completedByDocumentId', parent: 'incidentDocuments' },
  { table: 'incidentDocuments', field: 'incidentId', parent: 'incidents' },
  { table: 'incidentAttachments', field: 'incidentId', parent: 'incidents' },
];

export function crossRecordProblem(tables: PayloadTables): BackupProblem | undefined {
  const rows = (table: keyof PayloadTables): readonly Row[] => tables[table] ?? [];
  const ids = new Map<keyof PayloadTables, Set<unknown>>();
  const idsOf = (table: keyof PayloadTables): Set<unknown> => {
    let set = ids.get(table);
    if (!set) ids.set(table, (set = new Set(rows(table).map((row) => row['id']))));
    return set;
  };
  for (const { table, field, parent, many } of REFERENCES) {
    const list = rows(table);
    for (let index = 0; index < list.length; index++) {
      const value = list[index]![field];
      if (value === undefined) continue;
      const named = many && Array.isArray(value) ? value : [value];
      for (const key of named) {
        if (!idsOf(parent).has(key)) {
          return problem('orphan-record', `${table}[${index}].${field} = ${String(key)}: no such ${parent} record`, {
            table,
            record: index + 1,
            field,
            parent,
          });
        }
      }
    }
  }

  // The highest number given out per counter, from the records that carry it.
  const given = new Map<string, number>();
  const give = (key: string, seq: unknown): void => {
    if (typeof seq === 'number') given.set(key, Math.max(given.get(key) ?? 0, seq));
  };
  for (const row of rows('cases')) give(`case-seq:${String(row['year'])}`, row['seq']);
  for (const row of rows('incidents')) give(`incident-seq:${String(row['year'])}`, row['seq']);
  for (const row of [...rows('documents'), ...rows('incidentDocuments')]) {
    const { series, year } = row;
    if (typeof series === 'string' && typeof year === 'number') give(`doc-seq:${series}:${year}`, row['seq']);
  }
  const counters = new Map(rows('counters').map((row) => [String(row['key']), row['value']]));
  for (const [key, value] of counters) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      return problem('counter-behind', `counter ${key} = ${String(value)}`, { counter: key, value: String(value), given: 0 });
    }
  }
  for (const [key, highest] of given) {
    const value = counters.get(key);
    const current = typeof value === 'number' ? value : 0;
    if (current < highest) return problem('counter-behind', `counter ${key} = ${current} < ${highest}`, { counter: key, value: current, given: highest });
  }
  return undefined;
}
