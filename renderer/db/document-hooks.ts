/** Live reads of issued documents for the Documents area and the case screen. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ObligationRecord } from '../../shared/cases/model';
import { database } from './database';
import { issuedForCase, latestDocuments } from './document-queries';
import type { IssuedDocument } from './document-repository';

/** Documents issued for one case (batch acts included), oldest first. */
export function useIssuedDocuments(caseId: string): IssuedDocument[] | undefined {
  return useLiveQuery(() => issuedForCase(database(), caseId), [caseId]);
}

/** The newest `limit` documents and how many there are in all. */
export function useDocumentList(limit: number): { readonly docs: IssuedDocument[]; readonly total: number } | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const [docs, total] = await Promise.all([latestDocuments(db, limit), db.documents.count()]);
    return { docs, total };
  }, [limit]);
}

/** One obligation (e.g. the one an extension notice is about); null when it does not exist. */
export function useObligation(obligationId: string | undefined): ObligationRecord | null | undefined {
  return useLiveQuery(async () => (obligationId === undefined ? null : ((await database().obligations.get(obligationId)) ?? null)), [obligationId]);
}
