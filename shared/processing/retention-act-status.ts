/**
 * Where an issued act of scheduled destruction stands: issued (the data are still to be destroyed), signed (the
 * scan of the signed paper is kept), destroyed (the destruction is recorded), voided (its relationships went
 * back to the queue). An act may be signed and destroyed at once; a voided act is only voided (and signed if
 * it was).
 */
import type { DocumentRecord } from '../cases/model';

export const RETENTION_ACT_STATES = ['issued', 'signed', 'destroyed', 'voided'] as const;
export type RetentionActState = (typeof RETENTION_ACT_STATES)[number];

/** True for a destruction act of relationships (no case). */
export const isRetentionAct = (doc: Pick<DocumentRecord, 'kind' | 'caseId' | 'relationshipIds'>): boolean =>
  doc.kind === 'destruction-act' && doc.caseId === undefined && (doc.relationshipIds?.length ?? 0) > 0;

/**
 * The states of an act, in RETENTION_ACT_STATES order. `allDestroyed`: every relationship of the act is destroyed
 * (an act carried out before the destruction was recorded on the act itself).
 */
export function retentionActStates(doc: Pick<DocumentRecord, 'voided' | 'signedAt' | 'destruction'>, allDestroyed: boolean): RetentionActState[] {
  const destroyed = doc.destruction !== undefined || allDestroyed;
  const signed = doc.signedAt !== undefined;
  if (doc.voided !== undefined) return signed ? ['signed', 'voided'] : ['voided'];
  const states: RetentionActState[] = [];
  if (signed) states.push('signed');
  if (destroyed) states.push('destroyed');
  return states.length === 0 ? ['issued'] : states;
}

/** Still to be done: neither destroyed nor voided. */
export const isPending = (states: readonly RetentionActState[]): boolean => !states.includes('destroyed') && !states.includes('voided');
