/**
 * Appends hash-chained events to the audit table inside the caller's read-write transaction, so a
 * record and its audit event commit together or not at all. The SHA-256 digest (WebCrypto) is awaited
 * through Dexie.waitFor, which keeps the IndexedDB transaction alive meanwhile.
 */
import Dexie from 'dexie';
import { GENESIS_HASH, sealEvent, verifyChain, type AuditDraft, type AuditEvent, type ChainVerdict } from '../../shared/audit/chain';
import { database, type QorgauDatabase } from './database';

/** Must run inside a 'rw' transaction that includes db.audit. */
export async function appendAudit(db: QorgauDatabase, actor: string, at: string, drafts: readonly AuditDraft[]): Promise<AuditEvent[]> {
  if (!Dexie.currentTransaction) throw new Error('appendAudit must run inside a transaction');
  const tail = await db.audit.orderBy('seq').last();
  let prevHash = tail?.hash ?? GENESIS_HASH;
  let seq = tail?.seq ?? 0;
  const sealed: AuditEvent[] = [];
  for (const draft of drafts) {
    seq += 1;
    const event = await Dexie.waitFor(sealEvent(prevHash, { seq, at, actor, ...draft, caseId: draft.caseId }));
    sealed.push(event);
    prevHash = event.hash;
  }
  await db.audit.bulkAdd(sealed);
  return sealed;
}

/** Walks the whole trail in order; names the first broken link. */
export async function verifyAuditTrail(db: QorgauDatabase): Promise<ChainVerdict> {
  const events = await db.audit.orderBy('seq').toArray();
  return verifyChain(events);
}

/** The integrity check of the app's audit trail. */
export const verifyAppAuditTrail = (): Promise<ChainVerdict> => verifyAuditTrail(database());

export function caseHistory(db: QorgauDatabase, caseId: string): Promise<AuditEvent[]> {
  return db.audit.where('caseId').equals(caseId).sortBy('seq');
}
