/**
 * Reads what the integrity check needs in one read transaction — the audit trail and every sealed table —
 * and the head of the trail the app anchors (shared/audit/anchor.ts, shared/audit/integrity.ts).
 */
import { EMPTY_ANCHOR, extendsAnchor, type AuditAnchor } from '../../shared/audit/anchor';
import { checkIntegrity, type IntegrityReport, type SealedRows } from '../../shared/audit/integrity';
import { SEALED_TABLES } from '../../shared/audit/record-seal';
import type { AuditEvent } from '../../shared/audit/chain';
import { database, type QorgauDatabase } from './database';

export async function checkDatabaseIntegrity(db: QorgauDatabase, anchor: AuditAnchor | null): Promise<IntegrityReport> {
  const { events, tables } = await db.transaction('r', [db.audit, ...SEALED_TABLES.map((t) => db.table(t))], async () => {
    const events: AuditEvent[] = await db.audit.orderBy('seq').toArray();
    const tables: SealedRows[] = [];
    for (const table of SEALED_TABLES) tables.push({ table, rows: (await db.table(table).toArray()) as object[] });
    return { events, tables };
  });
  return checkIntegrity({ events, tables, anchor });
}

/** The head of the app's audit trail. */
export async function auditHead(db: QorgauDatabase): Promise<AuditAnchor> {
  const tail = await db.audit.orderBy('seq').last();
  return tail ? { seq: tail.seq, hash: tail.hash } : EMPTY_ANCHOR;
}

/**
 * The head to keep as the new anchor, if the trail still holds the kept anchor and has grown past it;
 * undefined otherwise (a trail cut short or rewritten never moves the anchor).
 */
export async function furtherHead(db: QorgauDatabase, kept: AuditAnchor | null): Promise<AuditAnchor | undefined> {
  return db.transaction('r', db.audit, async () => {
    const head = await auditHead(db);
    if (head.seq === 0) return undefined;
    const atKept = kept === null || kept.seq === 0 ? kept?.hash : (await db.audit.get(kept.seq))?.hash;
    return extendsAnchor(kept !== null && kept.seq === 0 ? null : kept, head, atKept) ? head : undefined;
  });
}

export const checkAppIntegrity = (anchor: AuditAnchor | null): Promise<IntegrityReport> => checkDatabaseIntegrity(database(), anchor);
export const appAuditHead = (): Promise<AuditAnchor> => auditHead(database());
export const appFurtherHead = (kept: AuditAnchor | null): Promise<AuditAnchor | undefined> => furtherHead(database(), kept);
