/**
 * Carries the tables of a snapshot taken by an older schema version forward to the current one,
 * step by step, the way renderer/db/schema.ts carries a database. Every schema version that
 * changes records must add its step here too (test/dom/backup/tables.test.ts checks that each
 * version has one).
 */
import { migrateObligationOutcomes } from '../cases/migrate-outcomes';
import type { CaseRecord } from '../cases/model';
import { caseSearchKeys, nameSortKey } from '../cases/search-tokens';
import { withScheduledRelationships } from '../processing/scheduled-relationships';
import { TABLES_BY_SCHEMA_VERSION, type BackupTable } from './format';

export type PayloadRecord = Record<string, unknown>;
export type PayloadTables = Partial<Record<BackupTable, PayloadRecord[]>>;

export const SNAPSHOT_UPGRADES: Readonly<Record<number, (tables: PayloadTables) => PayloadTables>> = {
  // Version 2 added the case tables; the settings rows of version 1 are unchanged.
  2: (tables) => tables,
  // Version 3 indexes documents by every case they concern: a row of an early release names only its first.
  3: (tables) => ({
    ...tables,
    ...(tables.documents
      ? { documents: tables.documents.map((row) => (Array.isArray(row.caseIds) || typeof row.caseId !== 'string' ? row : { ...row, caseIds: [row.caseId] })) }
      : {}),
  }),
  // Version 4: one obligation per duty — twin access clocks superseded, completed obligations with their outcome.
  4: (tables) => ({
    ...tables,
    ...(tables.obligations ? { obligations: migrateObligationOutcomes(tables.obligations, tables.actions ?? []) } : {}),
  }),
  // Version 5 added the breach register (incidents, their clocks, notices and files); older rows are unchanged.
  5: (tables) => tables,
  // Version 6 added the register of processing activities and the relationships (empty in older files).
  6: (tables) => tables,
  // Version 7: every case carries the words it is found by (derived from the case and its documents' numbers).
  7: (tables) => withSearchTokens(tables),
  // Version 8 added the overview's derived cache, which no file holds; the records are unchanged.
  8: (tables) => tables,
  // Version 9 indexes the relationships for the destruction queue's groups; the rows are unchanged.
  9: (tables) => tables,
  // Version 10 added the scans of signed scheduled acts (none in older files); relationships of an issued act not
  // yet carried out are scheduled (out of the destruction queue).
  10: (tables) => (tables.relationships ? { ...tables, relationships: withScheduledRelationships(tables.relationships, tables.documents ?? []) } : tables),
};

/**
 * Computes each case's `searchTokens` (and its name's sort key) from its own fields and the numbers of the documents issued for
 * it. The tokens are derived, so a restore recomputes them whatever the file says (an edited file
 * cannot make a case unfindable or findable by words it does not hold).
 */
export function withSearchTokens(tables: PayloadTables): PayloadTables {
  if (!tables.cases) return tables;
  const numbers = new Map<string, string[]>();
  for (const doc of tables.documents ?? []) {
    const ids = Array.isArray(doc['caseIds']) ? (doc['caseIds'] as unknown[]) : [doc['caseId']];
    for (const id of ids) if (typeof id === 'string' && typeof doc['number'] === 'string') numbers.set(id, [...(numbers.get(id) ?? []), doc['number']]);
  }
  return {
    ...tables,
    cases: tables.cases.map((row) => ({
      ...row,
      subjectName: nameSortKey((row as unknown as Pick<CaseRecord, 'subject'>).subject.fullName),
      searchTokens: caseSearchKeys(
        row as unknown as Pick<CaseRecord, 'number' | 'subject' | 'representative' | 'description' | 'receivedAt'>,
        numbers.get(row['id'] as string) ?? [],
      ),
    })),
  };
}

export function upgradeSnapshot(tables: PayloadTables, from: number, to: number): PayloadTables {
  let current = tables;
  for (let version = from + 1; version <= to; version++) {
    const step = SNAPSHOT_UPGRADES[version];
    if (!step) throw new Error(`no snapshot upgrade to schema version ${version}`);
    current = step(current);
  }
  const filled: PayloadTables = { ...current };
  for (const table of TABLES_BY_SCHEMA_VERSION[to] ?? []) filled[table] ??= [];
  return filled;
}
