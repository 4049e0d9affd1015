/**
 * Reads of the issued acts of scheduled destruction (no case, relationships instead): each with its state and
 * how many relationships it names, those still to be done first, newest first within. One read transaction.
 */
import { isPending, isRetentionAct, retentionActStates, type RetentionActState } from '../../shared/processing/retention-act-status';
import type { ActScanRecord } from '../../shared/documents/act-scan';
import type { QorgauDatabase } from './database';
import type { IssuedDocument } from './document-repository';

export interface RetentionActRow {
  readonly doc: IssuedDocument;
  readonly relationships: number;
  readonly states: readonly RetentionActState[];
  readonly pending: boolean;
  /** Its annex 1 in force (the systems' log extract), if issued. */
  readonly annex?: IssuedDocument | undefined;
}

export async function readRetentionActs(db: QorgauDatabase): Promise<RetentionActRow[]> {
  return db.transaction('r', [db.documents, db.relationships], async () => {
    const acts = (await db.documents.where('kind').equals('destruction-act').toArray()).filter(isRetentionAct);
    const annexes = new Map(
      (await db.documents.where('kind').equals('retention-log-annex').toArray()).filter((d) => d.voided === undefined).map((d) => [d.annexOf, d] as const),
    );
    const rows: RetentionActRow[] = [];
    for (const doc of acts) {
      const ids = doc.relationshipIds ?? [];
      // Only an act with no destruction recorded on it needs its relationships read (one issued before it was).
      const allDestroyed =
        doc.destruction === undefined && doc.voided === undefined ? (await db.relationships.bulkGet([...ids])).every((r) => r?.status === 'destroyed') : false;
      const states = retentionActStates(doc, allDestroyed);
      const annex = annexes.get(doc.id);
      rows.push({ doc, relationships: ids.length, states, pending: isPending(states), ...(annex === undefined ? {} : { annex }) });
    }
    return rows.sort((a, b) => Number(b.pending) - Number(a.pending) || b.doc.createdAt.localeCompare(a.doc.createdAt));
  });
}

/** The signed scan of a scheduled act, if any. */
export async function readActScan(db: QorgauDatabase, scanId: string): Promise<ActScanRecord | undefined> {
  return db.actScans.get(scanId);
}
