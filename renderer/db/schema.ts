/**
 * The schema history of the Qorgau database. Each entry is one Dexie `version(n)`: its stores and
 * the upgrade that carries existing data forward. Entries are never edited once released — a change
 * is a new entry with its own migration test (test/dom/db/migration-v<n>.test.ts).
 */
import type { Transaction } from 'dexie';
import { migrateObligationOutcomes } from '../../shared/cases/migrate-outcomes';
import { withSearchTokens, type PayloadRecord } from '../../shared/backup/upgrade';
import { scheduledByActs } from '../../shared/processing/scheduled-relationships';

export interface SchemaVersion {
  readonly version: number;
  /** Dexie store declarations: only the changed tables; `null` deletes a table. */
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
  /** What the version introduced, for the schema log in Settings → About. */
  readonly summary: string;
}

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // key-value settings: language, display time zone, close-of-business hour, …
      settings: '&key',
    },
    summary: 'settings',
  },
  {
    version: 2,
    stores: {
      // Cases: the dashboard reads [status+nextDueAt]; the list pages by [status+receivedAt] keyset cursors;
      // search by number, IIN or normalized-name prefix.
      cases: 'id, &number, [year+seq], [status+nextDueAt], [status+receivedAt], receivedAt, subjectName, subjectIin, *requestTypes',
      obligations: 'id, caseId, [status+dueAt], dueAt',
      actions: 'id, caseId, [caseId+at]',
      attachments: 'id, caseId, actionId',
      documents: 'id, caseId, &number, kind, createdAt',
      // Append-only, hash-chained; seq is assigned inside the writing transaction (last + 1).
      audit: 'seq, caseId, at',
      // Gap-free sequences: case numbers per year, document numbers per kind and year.
      counters: '&key',
      // The DPO's corrections to the working-day calendars, applied on top of the shipped data.
      calendarOverrides: 'id, [calendar+date]',
    },
    summary: 'cases, obligations, actions, attachments, documents, audit trail, counters, calendar overrides',
  },
  {
    version: 3,
    stores: {
      // Actions by kind: the batch destruction act finds recorded destructions without scanning every action.
      actions: 'id, caseId, [caseId+at], kind',
      // Documents by every case they concern (a batch act covers many): the case screen's issued documents.
      documents: 'id, caseId, &number, kind, createdAt, *caseIds',
    },
    upgrade: async (tx) => {
      // Documents stored before every row carried its cases: the first case is the only one it names.
      await tx
        .table('documents')
        .toCollection()
        .modify((row: { caseId?: unknown; caseIds?: unknown }) => {
          if (!Array.isArray(row.caseIds) && typeof row.caseId === 'string') row.caseIds = [row.caseId];
        });
    },
    summary: 'indexes: actions by kind, documents by every case they concern',
  },
  {
    version: 4,
    stores: {},
    upgrade: async (tx) => {
      // One obligation per duty: twin access clocks of older cases are superseded (kept), completed obligations
      // get the outcome of the action that completed them (shared/cases/migrate-outcomes.ts).
      const obligations = tx.table('obligations');
      const before = (await obligations.toArray()) as Record<string, unknown>[];
      const actions = (await tx.table('actions').toArray()) as Record<string, unknown>[];
      const after = migrateObligationOutcomes(before, actions);
      const changed = after.filter((row, i) => row !== before[i]);
      if (changed.length > 0) await obligations.bulkPut(changed);
    },
    summary: 'outcomes: one obligation per duty (twin access clocks superseded), each completed obligation with its outcome',
  },
  {
    version: 5,
    stores: {
      // The breach register: incidents listed by detection, filtered by status; their clocks on the dashboard's
      // [status+dueAt] index; notices (numbered in the letters' series) and files by incident.
      incidents: 'id, &number, [year+seq], detectedAt, [status+detectedAt], [status+nextDueAt]',
      incidentObligations: 'id, incidentId, [status+dueAt], dueAt',
      incidentDocuments: 'id, incidentId, &number, kind, createdAt',
      incidentAttachments: 'id, incidentId',
    },
    summary: 'breach register: incidents, their notification clocks, notices and attachments',
  },
  {
    version: 6,
    stores: {
      // The register of processing activities: one row per version (a snapshot in force from its effective day).
      processingRegister: 'id, &version, effectiveFrom',
      // Subjects' relationships per activity; the destruction queue reads [status+destroyOn] by month.
      relationships: 'id, subjectIin, activityId, contractNo, [status+destroyOn]',
    },
    summary: 'register of processing activities (versions), relationships with their retention clock',
  },
  {
    version: 7,
    stores: {
      // Search by any word (shared/cases/search-tokens.ts): a multi-entry index of each case's folded words;
      // the list sorted by due date across statuses reads nextDueAt.
      cases: 'id, &number, [year+seq], [status+nextDueAt], [status+receivedAt], receivedAt, subjectName, subjectIin, *requestTypes, nextDueAt, *searchTokens',
    },
    upgrade: async (tx) => {
      // Every case gets its words, with the numbers of the documents issued for it.
      const cases = (await tx.table('cases').toArray()) as PayloadRecord[];
      const documents = (await tx.table('documents').toArray()) as PayloadRecord[];
      const withTokens = withSearchTokens({ cases, documents }).cases ?? [];
      if (withTokens.length > 0) await tx.table('cases').bulkPut(withTokens);
    },
    summary: 'search: every case indexed by the words of its names, numbers, contacts and request text',
  },
  {
    version: 8,
    stores: {
      // The overview's derived cache (shared/overview/month-totals.ts, renderer/db/overview-cache.ts): each case's
      // facts by its local month of receipt, each month's totals, and how far along the audit trail they are.
      // Never in a backup (shared/backup/format.ts DERIVED_TABLES); built from the records on first use.
      overviewFacts: 'caseId, month',
      overviewMonths: 'month',
      overviewMeta: 'key',
    },
    summary: 'overview: figures by month, kept as a cache derived from the cases (rebuilt from the records when needed)',
  },
  {
    version: 9,
    stores: {
      // The destruction queue counts each group (kept × activity × system × a range of destruction days) by key
      // range, finds the groups by jumping from one (activity, system) prefix to the next, and reads a group's rows
      // a page at a time (keyset on the day, then the id).
      relationships: 'id, subjectIin, activityId, contractNo, [status+destroyOn], [status+activityId+system+destroyOn+id]',
    },
    summary: 'index: relationships by status, activity, information system and destruction day (the destruction queue counts and pages its groups)',
  },
  {
    version: 10,
    stores: {
      // Scans of signed acts of scheduled destruction (no case to hold them); one file is stored once (sha256).
      actScans: 'id, documentId, &sha256',
    },
    upgrade: async (tx) => {
      // Relationships of an issued, not voided, not yet carried out scheduled act leave the queue (status scheduled).
      const relationships = (await tx.table('relationships').toArray()) as PayloadRecord[];
      const documents = (await tx.table('documents').where('kind').equals('destruction-act').toArray()) as PayloadRecord[];
      const changed = scheduledByActs(relationships, documents);
      if (changed.length > 0) await tx.table('relationships').bulkPut(changed);
    },
    summary: 'scheduled destruction: scans of signed acts; relationships named by an issued act leave the queue',
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;
