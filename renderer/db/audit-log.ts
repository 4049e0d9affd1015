/**
 * Appends hash-chained events to the audit table inside the caller's read-write transaction, so a
 * record and its audit event commit together or not at all. The SHA-256 digest (WebCrypto) is awaited
 * through Dexie.waitFor, which keeps the IndexedDB transaction alive meanwhile.
 *
 * Every record of a sealed table the transaction wrote before the append (record-stamps.ts) is sealed into
 * the last event of the append — its digest as written, or null when it was removed — and stamped with that
 * event's position (`auditRef`), so the integrity check can re-check each record against its event.
 */
import Dexie from 'dexie';
import { GENESIS_HASH, sealEvent, verifyChain, type AuditDraft, type AuditEvent, type ChainVerdict } from '../../shared/audit/chain';
import { compareSeals, recordDigest, type AuditRef, type RecordSeal } from '../../shared/audit/record-seal';
import { database, type QorgauDatabase } from './database';
import { takeTouched } from './record-stamps';

export interface AppendOptions {
  /**
   * false: the transaction's writes are not sealed (a restore writes records that carry the seals of the
   * restored chain).
   */
  readonly seal?: boolean;
}

/** Must run inside a 'rw' transaction that includes db.audit and every table it wrote. */
export async function appendAudit(
  db: QorgauDatabase,
  actor: string,
  at: string,
  drafts: readonly AuditDraft[],
  options: AppendOptions = {},
): Promise<AuditEvent[]> {
  const transaction = Dexie.currentTransaction;
  if (!transaction) throw new Error('appendAudit must run inside a transaction');
  const touched = takeTouched(transaction.idbtrans);
  const seals: RecordSeal[] = [];
  const stamps: { table: RecordSeal['table']; id: string }[] = [];
  if (options.seal !== false) {
    for (const [table, keys] of touched) {
      const ids = [...keys];
      const rows = (await db.table(table).bulkGet(ids)) as (object | undefined)[];
      const digests = await Dexie.waitFor(Promise.all(rows.map((row) => (row === undefined ? Promise.resolve(null) : recordDigest(table, row)))));
      ids.forEach((id, i) => {
        seals.push({ table, id, sha256: digests[i] ?? null });
        if (rows[i] !== undefined) stamps.push({ table, id });
      });
    }
    seals.sort(compareSeals);
  }
  const tail = await db.audit.orderBy('seq').last();
  let prevHash = tail?.hash ?? GENESIS_HASH;
  let seq = tail?.seq ?? 0;
  const sealed: AuditEvent[] = [];
  for (const [index, draft] of drafts.entries()) {
    seq += 1;
    const records = index === drafts.length - 1 && seals.length > 0 ? { records: seals } : {};
    const event = await Dexie.waitFor(sealEvent(prevHash, { seq, at, actor, ...draft, caseId: draft.caseId, ...records }));
    sealed.push(event);
    prevHash = event.hash;
  }
  await db.audit.bulkAdd(sealed);
  const last = sealed[sealed.length - 1];
  if (last) {
    const auditRef: AuditRef = { seq: last.seq, hash: last.hash };
    for (const stamp of stamps) await db.table(stamp.table).update(stamp.id, { auditRef });
  }
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
