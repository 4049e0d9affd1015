/**
 * Issued documents: letters and destruction acts as the exact PDF bytes that were previewed, with their
 * number, date, language and SHA-256. Each write is one transaction over the document, its counter and the
 * audit trail (one event per case the document concerns). Numbers are gap-free per series and year: the
 * counter moves only in the transaction that stores the document, and a document rendered with a number
 * that was taken meanwhile is refused ('number-taken') so the caller renders it again with the next one.
 */
import { numberTokens, tokensOf } from '../../shared/cases/search-tokens';
import { sha256Hex } from '../../shared/audit/chain';
import type { DocumentRecord } from '../../shared/cases/model';
import { actDeletableFrom, seriesOf, type CaseDocumentKind, type DocumentSeries } from '../../shared/documents/case-documents';
import type { RelationshipRecord } from '../../shared/processing/relationship';
import { appendAudit } from './audit-log';
import { changedSincePreview } from './destruction-queue-queries';
import type { QorgauDatabase } from './database';

/** A documents row (the stored record type holds what a batch act and the list need). */
export type IssuedDocument = DocumentRecord;

export interface IssueDraft {
  readonly kind: CaseDocumentKind;
  readonly year: number;
  readonly seq: number;
  readonly number: string;
  /** Date printed on the document (YYYY-MM-DD, organisation zone). */
  readonly date: string;
  readonly language: DocumentRecord['language'];
  readonly caseIds: readonly string[];
  readonly caseNumbers: readonly string[];
  readonly actionIds: readonly string[];
  /** A scheduled (retention) act: the relationships it records, instead of cases. */
  readonly relationshipIds?: readonly string[] | undefined;
  readonly destroyedOn?: string | undefined;
  /** Annex 1 of a scheduled act (kind retention-log-annex): the act's id. */
  readonly annexOf?: string | undefined;
  /** The PDF exactly as previewed. */
  readonly bytes: Uint8Array;
}

export type DocumentProblem =
  | 'number-taken'
  | 'not-found'
  | 'not-an-act'
  | 'already-signed'
  | 'retention'
  | 'no-case'
  | 'reason'
  | 'already-voided'
  | 'duplicate-scan'
  | 'annex-exists'
  | 'scan-type'
  | 'scan-size'
  | 'scan-empty'
  | 'queue-changed';

export class DocumentWriteError extends Error {
  constructor(
    readonly problem: DocumentProblem,
    /** For 'retention': the first day the act may be deleted. */
    readonly until?: string,
    /** For 'queue-changed': how many of the chosen relationships changed since the preview. */
    readonly count?: number,
  ) {
    super(problem);
    this.name = 'DocumentWriteError';
  }
}

export const sequenceKey = (series: DocumentSeries, year: number): string => `doc-seq:${series}:${year}`;

/** The sequence number the next document of the series gets, if nothing else is issued first. */
export async function nextSequence(db: QorgauDatabase, series: DocumentSeries, year: number): Promise<number> {
  return ((await db.counters.get(sequenceKey(series, year)))?.value ?? 0) + 1;
}

const pdfBlob = (bytes: Uint8Array): Blob => new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });

/** Stores an issued document with its number, hash and audit events, or nothing at all. */
export async function issueDocument(db: QorgauDatabase, draft: IssueDraft, actor: string, now: string): Promise<IssuedDocument> {
  const relationshipIds = draft.relationshipIds ?? [];
  const annex = draft.kind === 'retention-log-annex';
  if (annex !== (draft.annexOf !== undefined)) throw new DocumentWriteError('no-case');
  if (draft.caseIds.length === 0 && !annex && (relationshipIds.length === 0 || draft.kind !== 'destruction-act')) throw new DocumentWriteError('no-case');
  const sha256 = await sha256Hex(draft.bytes);
  const series = seriesOf(draft.kind);
  const key = sequenceKey(series, draft.year);
  const record = {
    id: globalThis.crypto.randomUUID(),
    ...(draft.caseIds[0] === undefined ? {} : { caseId: draft.caseIds[0] }),
    kind: draft.kind,
    number: draft.number,
    date: draft.date,
    language: draft.language,
    sha256,
    createdAt: now,
    bytes: pdfBlob(draft.bytes),
    series,
    year: draft.year,
    seq: draft.seq,
    size: draft.bytes.byteLength,
    caseIds: [...draft.caseIds],
    caseNumbers: [...draft.caseNumbers],
    actionIds: [...draft.actionIds],
    ...(relationshipIds.length === 0 ? {} : { relationshipIds: [...relationshipIds] }),
    ...(draft.destroyedOn === undefined ? {} : { destroyedOn: draft.destroyedOn }),
    ...(draft.annexOf === undefined ? {} : { annexOf: draft.annexOf }),
  } satisfies DocumentRecord;
  return db.transaction('rw', [db.documents, db.counters, db.cases, db.relationships, db.audit], async () => {
    const current = (await db.counters.get(key))?.value ?? 0;
    if (draft.seq !== current + 1) throw new DocumentWriteError('number-taken');
    if ((await db.documents.where('number').equals(draft.number).count()) > 0) throw new DocumentWriteError('number-taken');
    const found = await db.cases.bulkGet([...draft.caseIds]);
    if (found.some((c) => c === undefined)) throw new DocumentWriteError('no-case');
    const named = await db.relationships.bulkGet([...relationshipIds]);
    // The queue as of the act's day, re-read here: a chosen row no longer kept (scheduled by another act,
    // destroyed), no longer due, or whose subject is now held back refuses the act (nothing written).
    const changed = await changedSincePreview(db, named, draft.date);
    if (changed > 0) throw new DocumentWriteError('queue-changed', undefined, changed);
    if (draft.annexOf !== undefined) {
      // Annex 1 belongs to an issued scheduled act, not voided, that has no other annex 1 in force.
      const act = await db.documents.get(draft.annexOf);
      if (act === undefined || act.kind !== 'destruction-act' || act.caseId !== undefined) throw new DocumentWriteError('not-an-act');
      if (act.voided !== undefined) throw new DocumentWriteError('already-voided');
      const annexes = await db.documents.where('kind').equals('retention-log-annex').toArray();
      if (annexes.some((d) => d.annexOf === act.id && d.voided === undefined)) throw new DocumentWriteError('annex-exists');
    }
    await db.counters.put({ key, value: draft.seq });
    await db.documents.add(record);
    // A scheduled act takes its relationships out of the destruction queue until it is carried out or voided.
    await db.relationships.bulkPut(named.filter((r) => r !== undefined).map((r) => ({ ...r, status: 'scheduled' as const, actNumber: record.number })));
    // Each case is then found by the document's number too.
    const words = numberTokens(record.number);
    await db.cases.bulkPut(
      found
        .filter((c) => c !== undefined)
        .map((c) => {
          const ms = Date.parse(c.receivedAt);
          const have = new Set(tokensOf(c.searchTokens));
          const added = [...new Set(words)].filter((w) => !have.has(w)).map((w) => [w, ms] as const);
          return { ...c, searchTokens: [...c.searchTokens, ...added] };
        }),
    );
    await appendAudit(
      db,
      actor,
      now,
      (draft.caseIds.length === 0 ? [undefined] : draft.caseIds).map((caseId) => ({
        type: 'document.issued',
        caseId,
        data: {
          documentId: record.id,
          kind: record.kind,
          number: record.number,
          date: record.date,
          language: record.language,
          sha256,
          size: record.size,
          cases: draft.caseIds.length,
        },
      })),
    );
    return record;
  });
}

const SCAN_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export const MAX_SCAN_BYTES = 20 * 1024 * 1024;
export type ScanProblem = 'type' | 'size' | 'empty';

export function checkScan(file: { size: number; type: string }): ScanProblem | undefined {
  if (file.size === 0) return 'empty';
  if (file.size > MAX_SCAN_BYTES) return 'size';
  if (!(SCAN_TYPES as readonly string[]).includes(file.type)) return 'type';
  return undefined;
}

/**
 * Marks an act signed: the scan of the signed paper becomes an attachment of the (first) case, audited. A
 * scheduled (retention) act has no case: its scan is kept in actScans, named by the act's actScanId; the same
 * file (by SHA-256) is never stored twice there ('duplicate-scan'), and a voided act is not signed.
 */
export async function markActSigned(
  db: QorgauDatabase,
  documentId: string,
  scan: { readonly name: string; readonly type: string; readonly blob: Blob },
  actor: string,
  now: string,
): Promise<IssuedDocument> {
  const problem = checkScan({ size: scan.blob.size, type: scan.type });
  if (problem !== undefined) throw new DocumentWriteError(problem === 'type' ? 'scan-type' : problem === 'size' ? 'scan-size' : 'scan-empty');
  const sha256 = await sha256Hex(new Uint8Array(await scan.blob.arrayBuffer()));
  return db.transaction('rw', [db.documents, db.attachments, db.actScans, db.audit], async () => {
    const doc = await db.documents.get(documentId);
    if (doc === undefined) throw new DocumentWriteError('not-found');
    if (doc.kind !== 'destruction-act') throw new DocumentWriteError('not-an-act');
    if (doc.signedAt !== undefined) throw new DocumentWriteError('already-signed');
    const scanId = globalThis.crypto.randomUUID();
    const stored = { name: scan.name, type: scan.type, size: scan.blob.size, sha256, addedAt: now, blob: scan.blob };
    let signed: Partial<IssuedDocument>;
    if (doc.caseId === undefined) {
      if (doc.voided !== undefined) throw new DocumentWriteError('already-voided');
      if ((await db.actScans.where('sha256').equals(sha256).count()) > 0) throw new DocumentWriteError('duplicate-scan');
      await db.actScans.add({ id: scanId, documentId, ...stored });
      signed = { signedAt: now, actScanId: scanId };
    } else {
      await db.attachments.add({ id: scanId, caseId: doc.caseId, ...stored });
      signed = { signedAt: now, signedScanId: scanId };
    }
    await db.documents.update(documentId, signed);
    await appendAudit(
      db,
      actor,
      now,
      caseIdsOf(doc).map((caseId) => ({
        type: 'document.signed',
        caseId,
        data: { documentId, number: doc.number, scan: { name: scan.name, sha256, size: scan.blob.size } },
      })),
    );
    return { ...doc, ...signed };
  });
}

/** The cases whose audit trail records an event of the document; one event without a case for a scheduled act. */
const caseIdsOf = (doc: DocumentRecord): readonly (string | undefined)[] => {
  const ids = doc.caseIds;
  return ids !== undefined && ids.length > 0 ? ids : [doc.caseId];
};

/** The calendar date until which a document is kept at least: acts three years after the destruction (RKN Order 179 p.8). */
export function deletableFrom(doc: DocumentRecord): string | undefined {
  if (doc.kind !== 'destruction-act' && doc.kind !== 'retention-log-annex') return undefined;
  return actDeletableFrom(doc.destroyedOn ?? doc.date);
}

/**
 * Voids an issued document: it is never deleted. The row keeps its bytes, number and hash, marked voided
 * with the reason, the day and who voided it; its number stays used (the counter never moves back), and
 * an act keeps its three-year retention. `today` is YYYY-MM-DD (organisation zone).
 */
export async function voidIssuedDocument(
  db: QorgauDatabase,
  documentId: string,
  reason: string,
  actor: string,
  now: string,
  today: string,
): Promise<IssuedDocument> {
  if (reason.trim().length < 5) throw new DocumentWriteError('reason');
  return db.transaction('rw', [db.documents, db.relationships, db.audit], async () => {
    const doc = await db.documents.get(documentId);
    if (doc === undefined) throw new DocumentWriteError('not-found');
    if (doc.voided !== undefined) throw new DocumentWriteError('already-voided');
    const voided = { at: now, date: today, reason: reason.trim(), actor };
    await db.documents.update(documentId, { voided });
    // A scheduled act not carried out gives its relationships back to the destruction queue.
    const scheduled = (await db.relationships.bulkGet([...(doc.relationshipIds ?? [])])).filter(
      (r): r is RelationshipRecord => r !== undefined && r.status === 'scheduled' && r.actNumber === doc.number,
    );
    await db.relationships.bulkPut(scheduled.map(({ actNumber: _number, ...r }) => ({ ...r, status: 'kept' as const })));
    await appendAudit(
      db,
      actor,
      now,
      caseIdsOf(doc).map((caseId) => ({
        type: 'document.voided',
        caseId,
        data: {
          documentId,
          kind: doc.kind,
          number: doc.number,
          sha256: doc.sha256,
          date: today,
          reason: voided.reason,
          ...(scheduled.length === 0 ? {} : { relationshipsReoffered: scheduled.length }),
        },
      })),
    );
    return { ...doc, voided };
  });
}

/** The PDF bytes of an issued document. */
export async function documentBytes(doc: DocumentRecord): Promise<Uint8Array> {
  return new Uint8Array(await doc.bytes.arrayBuffer());
}
