/** Live reads of issued documents for the Documents area and the case screen. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ObligationRecord } from '../../shared/cases/model';
import { database } from './database';
import { issuedForCase, latestDocuments, scansOfDocuments, type DocumentScan } from './document-queries';
import type { IssuedDocument } from './document-repository';

/** Documents issued for one case (batch acts included), oldest first. */
export function useIssuedDocuments(caseId: string): IssuedDocument[] | undefined {
  return useLiveQuery(() => issuedForCase(database(), caseId), [caseId]);
}

/** The newest `limit` documents, how many there are in all, and the signed scans of those listed (by document id). */
export function useDocumentList(
  limit: number,
): { readonly docs: IssuedDocument[]; readonly total: number; readonly scans: ReadonlyMap<string, DocumentScan> } | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const [docs, total] = await Promise.all([latestDocuments(db, limit), db.documents.count()]);
    return { docs, total, scans: await scansOfDocuments(db, docs) };
  }, [limit]);
}

/** One obligation (e.g. the one an extension notice is about); null when it does not exist. */
export function useObligation(obligationId: string | undefined): ObligationRecord | null | undefined {
  return useLiveQuery(async () => (obligationId === undefined ? null : ((await database().obligations.get(obligationId)) ?? null)), [obligationId]);
}
