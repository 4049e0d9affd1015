/**
 * Carries out an issued scheduled-destruction act: its relationships become 'destroyed' with the time the DPO
 * enters (not before the act's issue, not in the future — shared/processing/retention-bounds.ts), who destroyed
 * them and the act's number; the act records the destruction and its three-year retention runs from that day.
 * One transaction that re-reads the act and the relationships, audited. The act must be a destruction act of
 * relationships, not voided, not yet carried out; every relationship must still be scheduled by it (or, for an
 * act issued before relationships were scheduled, kept).
 */
import { zonedDate } from '../../shared/format';
import type { RelationshipRecord } from '../../shared/processing/relationship';
import { checkRetentionDestruction, type RetentionDestructionInputProblem } from '../../shared/processing/retention-bounds';
import { appendAudit } from './audit-log';
import type { QorgauDatabase } from './database';

export type RetentionDestructionProblem = 'not-found' | 'not-a-retention-act' | 'voided' | 'already-destroyed' | RetentionDestructionInputProblem;

export class RetentionDestructionError extends Error {
  constructor(readonly problem: RetentionDestructionProblem) {
    super(problem);
    this.name = 'RetentionDestructionError';
  }
}

export interface RetentionDestruction {
  /** ISO instant the data were destroyed in the systems. */
  readonly at: string;
  /** Who destroyed them (name, position). */
  readonly by: string;
}

/** Returns how many relationships were marked destroyed (all of the act's, or none). `zone`: the organisation's. */
export async function markRelationshipsDestroyed(
  db: QorgauDatabase,
  documentId: string,
  destruction: RetentionDestruction,
  actor: string,
  now: string,
  zone: string,
): Promise<number> {
  return db.transaction('rw', [db.documents, db.relationships, db.audit], async () => {
    const act = await db.documents.get(documentId);
    if (act === undefined) throw new RetentionDestructionError('not-found');
    const ids = act.relationshipIds ?? [];
    if (act.kind !== 'destruction-act' || ids.length === 0) throw new RetentionDestructionError('not-a-retention-act');
    if (act.voided !== undefined) throw new RetentionDestructionError('voided');
    if (act.destruction !== undefined) throw new RetentionDestructionError('already-destroyed');
    const at = new Date(destruction.at);
    const problem = checkRetentionDestruction({ at, by: destruction.by }, act.createdAt, new Date(now));
    if (problem !== undefined) throw new RetentionDestructionError(problem);
    const rows = await db.relationships.bulkGet([...ids]);
    const ours = rows.filter(
      (r): r is RelationshipRecord => r !== undefined && ((r.status === 'scheduled' && r.actNumber === act.number) || r.status === 'kept'),
    );
    if (ours.length !== ids.length) throw new RetentionDestructionError('already-destroyed');
    const destroyedAt = at.toISOString();
    const by = destruction.by.trim();
    await db.relationships.bulkPut(ours.map((r) => ({ ...r, status: 'destroyed' as const, destroyedAt, actNumber: act.number })));
    // The act's three-year retention (RKN Order 179 p.8) runs from the day of the destruction.
    const day = zonedDate(at, zone);
    await db.documents.update(documentId, {
      destruction: { at: destroyedAt, by, actor, recordedAt: now },
      destroyedOn: act.destroyedOn !== undefined && act.destroyedOn > day ? act.destroyedOn : day,
    });
    await appendAudit(db, actor, now, [
      { type: 'relationships.destroyed', data: { documentId, actNumber: act.number, destroyedAt, destroyedBy: by, relationships: ours.length } },
    ]);
    return ours.length;
  });
}

/** The relationships of the given ids as stored now (the ones that exist). */
export async function readRelationships(db: QorgauDatabase, ids: readonly string[]): Promise<RelationshipRecord[]> {
  return (await db.relationships.bulkGet([...ids])).filter((r): r is RelationshipRecord => r !== undefined);
}
