/**
 * Marks the relationships of an issued scheduled-destruction act destroyed: status 'destroyed', the time and
 * the act's number, in one transaction that re-reads the act and the relationships, audited. The act must
 * be a destruction act of relationships that is not voided; every relationship must still be kept.
 */
import type { RelationshipRecord } from '../../shared/processing/relationship';
import { appendAudit } from './audit-log';
import type { QorgauDatabase } from './database';

export type RetentionDestructionProblem = 'not-found' | 'not-a-retention-act' | 'voided' | 'already-destroyed';

export class RetentionDestructionError extends Error {
  constructor(readonly problem: RetentionDestructionProblem) {
    super(problem);
    this.name = 'RetentionDestructionError';
  }
}

/** Returns how many relationships were marked destroyed (all of the act's, or none). */
export async function markRelationshipsDestroyed(db: QorgauDatabase, documentId: string, actor: string, now: string): Promise<number> {
  return db.transaction('rw', [db.documents, db.relationships, db.audit], async () => {
    const act = await db.documents.get(documentId);
    if (act === undefined) throw new RetentionDestructionError('not-found');
    const ids = act.relationshipIds ?? [];
    if (act.kind !== 'destruction-act' || ids.length === 0) throw new RetentionDestructionError('not-a-retention-act');
    if (act.voided !== undefined) throw new RetentionDestructionError('voided');
    const rows = await db.relationships.bulkGet([...ids]);
    const kept = rows.filter((r): r is RelationshipRecord => r !== undefined && r.status === 'kept');
    if (kept.length !== ids.length) throw new RetentionDestructionError('already-destroyed');
    await db.relationships.bulkPut(kept.map((r) => ({ ...r, status: 'destroyed' as const, destroyedAt: now, actNumber: act.number })));
    await appendAudit(db, actor, now, [
      { type: 'relationships.destroyed', data: { documentId, actNumber: act.number, destroyedAt: now, relationships: kept.length } },
    ]);
    return kept.length;
  });
}
