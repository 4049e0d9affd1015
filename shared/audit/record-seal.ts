/**
 * Records are sealed by the audit event that last wrote them: the event carries the SHA-256 of each record
 * as written (`records`), and the record stores the position of that event (`auditRef`). A record edited
 * outside the app no longer matches the digest its event holds; a record put back as it was earlier points at
 * an event that is no longer the last one to name it. Both are found by the integrity check.
 */
import { canonicalJson } from './canonical-json';
import { sha256Hex } from './chain';

/** The tables whose rows are sealed by their audit events. */
export const SEALED_TABLES = ['cases', 'obligations', 'actions', 'attachments', 'documents', 'calendarOverrides'] as const;
export type SealedTable = (typeof SEALED_TABLES)[number];

export const isSealedTable = (name: string): name is SealedTable => (SEALED_TABLES as readonly string[]).includes(name);

/** Position of the audit event that last wrote a record. */
export interface AuditRef {
  readonly seq: number;
  readonly hash: string;
}

/** A record as an event names it: its digest as written, or null when the event removed it. */
export interface RecordSeal {
  readonly table: SealedTable;
  readonly id: string;
  readonly sha256: string | null;
}

/**
 * Members that are bookkeeping, not record: the seal itself, and which deadline notifications were shown
 * (written by the notifier without an event). Binary members (Blob) are covered by the record's own
 * SHA-256 member, which is sealed.
 */
const UNSEALED: Readonly<Record<SealedTable, readonly string[]>> = {
  cases: ['auditRef'],
  obligations: ['auditRef', 'notified'],
  actions: ['auditRef'],
  attachments: ['auditRef', 'blob'],
  documents: ['auditRef', 'bytes'],
  calendarOverrides: ['auditRef'],
};

/** The text whose SHA-256 seals a record. */
export function sealedText(table: SealedTable, row: object): string {
  const kept = Object.fromEntries(Object.entries(row).filter(([key]) => !UNSEALED[table].includes(key)));
  return canonicalJson(kept);
}

export const recordDigest = (table: SealedTable, row: object): Promise<string> => sha256Hex(sealedText(table, row));

/** Orders seals so that the same writes always give the same event. */
export const compareSeals = (a: RecordSeal, b: RecordSeal): number =>
  a.table === b.table ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.table < b.table ? -1 : 1;
