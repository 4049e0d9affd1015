/**
 * Reads of issued documents and what documents are made from: a case's documents (batch acts included,
 * through the documents' index of every case they concern), each act's cases with their destruction,
 * obligation and trail, and the cases a batch act may still cover.
 */
import type { AuditEvent } from '../../shared/audit/chain';
import type { ActionRecord, CaseRecord, ObligationRecord } from '../../shared/cases/model';
import { isDestructionRecord } from '../../shared/cases/destruction';
import type { ActCase } from '../../shared/documents/case-documents';
import { database, type QorgauDatabase } from './database';
import type { IssuedDocument } from './document-repository';

/** Documents issued for a case, oldest first. */
export async function issuedForCase(db: QorgauDatabase, caseId: string): Promise<IssuedDocument[]> {
  const docs = await db.documents.where('caseIds').equals(caseId).toArray();
  return docs.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The latest destroy action of a case (a partial destruction counts: the part destroyed has its act). */
const latestDestroy = (actions: readonly ActionRecord[]): ActionRecord | undefined =>
  actions
    .filter(isDestructionRecord)
    .sort((a, b) => a.at.localeCompare(b.at))
    .at(-1);

function byCase<T extends { caseId?: string | undefined }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const key = row.caseId ?? '';
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return map;
}

/**
 * Each case with its (latest or given) destroy action, the obligation it fulfilled and its audit trail — four
 * indexed queries in one read transaction whatever the number of cases (a batch act may cover 1 000).
 */
export async function loadActCases(db: QorgauDatabase, caseIds: readonly string[], actionId?: string): Promise<ActCase[]> {
  const ids = [...caseIds];
  const [records, actions, obligations, events] = await db.transaction('r', [db.cases, db.actions, db.obligations, db.audit], () =>
    Promise.all([
      db.cases.bulkGet(ids),
      db.actions.where('caseId').anyOf(ids).toArray(),
      db.obligations.where('caseId').anyOf(ids).toArray(),
      db.audit.where('caseId').anyOf(ids).toArray(),
    ]),
  );
  const actionsOf = byCase(actions);
  const obligationsOf = byCase<ObligationRecord>(obligations);
  const eventsOf = byCase<AuditEvent>(events);
  const result: ActCase[] = [];
  for (const record of records) {
    if (record === undefined) continue;
    const own = actionsOf.get(record.id) ?? [];
    const destroy = actionId === undefined ? latestDestroy(own) : own.find((a) => a.id === actionId);
    if (destroy === undefined) continue;
    result.push({
      record,
      destroy,
      // One destruction answers an RF citizen's KZ and RF obligation of the duty: the act is held to the earlier term.
      obligation: (obligationsOf.get(record.id) ?? []).filter((o) => o.completedByActionId === destroy.id).sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0],
      history: (eventsOf.get(record.id) ?? []).sort((a, b) => a.seq - b.seq),
    });
  }
  return result;
}

/** The app's act cases (see loadActCases). */
export const fetchActCases = (caseIds: readonly string[], actionId?: string): Promise<ActCase[]> => loadActCases(database(), caseIds, actionId);

export interface ActCandidate {
  readonly record: CaseRecord;
  readonly destroyedAt: string;
}

/** Cases with a recorded destruction that no act covers yet, newest destruction first (actions by their kind index). */
export async function destructionCandidates(db: QorgauDatabase): Promise<ActCandidate[]> {
  const [destroyActions, acts] = await db.transaction('r', [db.actions, db.documents], () =>
    Promise.all([db.actions.where('kind').anyOf(['destroy', 'partly']).toArray(), db.documents.where('kind').equals('destruction-act').toArray()]),
  );
  const destroys = destroyActions.filter(isDestructionRecord);
  // A voided act covers nothing: its destructions are on offer again for a new act.
  const covered = new Set(acts.filter((d) => d.voided === undefined).flatMap((d) => d.actionIds ?? []));
  // A destruction an act already records covers the earlier ones of its case: an older release recorded an RF
  // citizen's destruction twice (KZ and RF obligation), and the act of one must not leave the case on offer.
  const latestCovered = new Map<string, string>();
  for (const a of destroys) if (covered.has(a.id) && (latestCovered.get(a.caseId) ?? '') < a.at) latestCovered.set(a.caseId, a.at);
  const latest = new Map<string, string>();
  for (const a of destroys) {
    if (covered.has(a.id) || a.at <= (latestCovered.get(a.caseId) ?? '')) continue;
    if ((latest.get(a.caseId) ?? '') < a.at) latest.set(a.caseId, a.at);
  }
  const records = await db.cases.bulkGet([...latest.keys()]);
  return records
    .filter((r): r is CaseRecord => r !== undefined)
    .map((record) => ({ record, destroyedAt: latest.get(record.id) ?? '' }))
    .sort((a, b) => b.destroyedAt.localeCompare(a.destroyedAt));
}

/** The app's batch-act candidates. */
export const fetchDestructionCandidates = (): Promise<ActCandidate[]> => destructionCandidates(database());

/** Newest first; documents issued in the same instant: acts before letters, higher numbers first. */
const newestFirst = (a: IssuedDocument, b: IssuedDocument): number =>
  b.createdAt.localeCompare(a.createdAt) || (a.series ?? '').localeCompare(b.series ?? '') || (b.year ?? 0) - (a.year ?? 0) || (b.seq ?? 0) - (a.seq ?? 0);

/** The newest `limit` issued documents. */
export async function latestDocuments(db: QorgauDatabase, limit: number): Promise<IssuedDocument[]> {
  const rows = await db.documents.orderBy('createdAt').reverse().limit(limit).toArray();
  return rows.sort(newestFirst);
}

/** The scan of a signed document as a stored file: a case act's is a case attachment, a scheduled act's is in actScans. */
export interface DocumentScan {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly sha256: string;
  readonly blob: Blob;
}

/** The signed scans of the given documents, by document id (documents without one are absent). */
export async function scansOfDocuments(db: QorgauDatabase, docs: readonly IssuedDocument[]): Promise<ReadonlyMap<string, DocumentScan>> {
  const caseScanned = docs.filter((d) => d.signedScanId !== undefined);
  const actScanned = docs.filter((d) => d.actScanId !== undefined);
  const [attachments, actScans] = await Promise.all([
    db.attachments.bulkGet(caseScanned.map((d) => d.signedScanId ?? '')),
    db.actScans.bulkGet(actScanned.map((d) => d.actScanId ?? '')),
  ]);
  const scans = new Map<string, DocumentScan>();
  const keep = (doc: IssuedDocument, file: DocumentScan | undefined) => {
    if (file !== undefined) scans.set(doc.id, { id: file.id, name: file.name, size: file.size, sha256: file.sha256, blob: file.blob });
  };
  caseScanned.forEach((doc, i) => keep(doc, attachments[i]));
  actScanned.forEach((doc, i) => keep(doc, actScans[i]));
  return scans;
}
