/**
 * Relationships of subjects with the operator, per activity of the register. An import is one transaction:
 * it re-reads the register (each row's destruction day comes from its activity's term) and the stored rows it
 * could duplicate, writes the rows in chunks (reporting progress between them) and the audit event — a
 * cancelled or failed import leaves nothing behind.
 */
import { sha256Hex } from '../../shared/audit/chain';
import type { RelationshipRecord } from '../../shared/processing/relationship';
import { relationshipKey, type RelationshipDraft } from '../../shared/processing/relationship-import';
import { destructionDate } from '../../shared/processing/retention';
import { latestVersion } from '../../shared/processing/versions';
import { appendAudit } from './audit-log';
import type { QorgauDatabase } from './database';

export interface ImportPlan {
  readonly system: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** Data rows in the file. */
  readonly rows: number;
  readonly drafts: readonly RelationshipDraft[];
  /** Rows left out by the DPO's choice (valid rows only). */
  readonly skipped: number;
}

export interface ImportOptions {
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
  readonly chunk?: number;
}

export type ImportFailure = 'no-register' | 'unknown-activity' | 'duplicate' | 'cancelled';

export class RelationshipImportError extends Error {
  constructor(
    readonly problem: ImportFailure,
    readonly line?: number,
  ) {
    super(problem);
    this.name = 'RelationshipImportError';
  }
}

/** Keys (contract + activity) of stored relationships among the given contract numbers. */
export async function storedKeys(db: QorgauDatabase, contractNos: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(contractNos)];
  if (unique.length === 0 || (await db.relationships.count()) === 0) return new Set();
  const rows = await db.relationships.where('contractNo').anyOf(unique).toArray();
  return new Set(rows.map((r) => relationshipKey(r.contractNo, r.activityId)));
}

/** Stores the checked rows (or nothing). Returns how many were stored. */
export async function importRelationships(db: QorgauDatabase, plan: ImportPlan, actor: string, now: string, options: ImportOptions = {}): Promise<number> {
  const sha256 = await sha256Hex(plan.bytes);
  const chunk = options.chunk ?? 10_000;
  return db.transaction('rw', [db.processingRegister, db.relationships, db.audit], async () => {
    const latest = latestVersion(await db.processingRegister.toArray());
    if (latest === undefined) throw new RelationshipImportError('no-register');
    const terms = new Map(latest.activities.map((a) => [a.id, a.retention]));
    const stored = await storedKeys(
      db,
      plan.drafts.map((d) => d.contractNo),
    );
    const records: RelationshipRecord[] = plan.drafts.map((d) => {
      const term = terms.get(d.activityId);
      if (term === undefined) throw new RelationshipImportError('unknown-activity', d.line);
      if (stored.has(relationshipKey(d.contractNo, d.activityId))) throw new RelationshipImportError('duplicate', d.line);
      return {
        id: globalThis.crypto.randomUUID(),
        subjectIin: d.subjectIin,
        subjectName: d.subjectName,
        rfSubject: d.rfSubject,
        contractNo: d.contractNo,
        activityId: d.activityId,
        system: plan.system,
        createdAt: now,
        opened: d.opened,
        ...(d.ended === undefined ? {} : { ended: d.ended }),
        ...(d.lastOperation === undefined ? {} : { lastOperation: d.lastOperation }),
        ...(d.consentWithdrawn === undefined ? {} : { consentWithdrawn: d.consentWithdrawn }),
        destroyOn: destructionDate(term, d),
        status: 'kept',
      };
    });
    for (let start = 0; start < records.length; start += chunk) {
      if (options.signal?.aborted) throw new RelationshipImportError('cancelled');
      await db.relationships.bulkAdd(records.slice(start, start + chunk));
      options.onProgress?.(Math.min(start + chunk, records.length), records.length);
    }
    if (options.signal?.aborted) throw new RelationshipImportError('cancelled');
    await appendAudit(db, actor, now, [
      {
        type: 'relationships.imported',
        data: { system: plan.system, fileName: plan.fileName, sha256, rows: plan.rows, imported: records.length, skipped: plan.skipped },
      },
    ]);
    return records.length;
  });
}

/** Relationships of one subject (by IIN), for the information answer's prefill. */
export const relationshipsOf = (db: QorgauDatabase, iin: string): Promise<RelationshipRecord[]> =>
  iin === '' ? Promise.resolve([]) : db.relationships.where('subjectIin').equals(iin).toArray();

export const isAbort = (error: unknown): boolean => error instanceof RelationshipImportError && error.problem === 'cancelled';
