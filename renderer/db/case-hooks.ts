/**
 * Live reads of one case for its screen: each hook re-renders when its rows change. `undefined` while
 * loading; `null` when the case does not exist.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEvent } from '../../shared/audit/chain';
import type { ActionRecord, AttachmentRecord, CaseRecord, ObligationRecord } from '../../shared/cases/model';
import { repeatRequestOf, type RepeatRequest } from '../../shared/cases/repeat-request';
import { splitCaseFiles, type CaseFiles } from '../../shared/cases/case-files';
import { DEFAULT_TIME_ZONE } from '../../shared/locale';
import type { DeadlineSettings as DeadlineTermSettings } from '../../shared/rules';
import { caseHistory } from './audit-log';
import { database } from './database';
import { issuedForCase } from './document-queries';

export function useCase(caseId: string): CaseRecord | null | undefined {
  return useLiveQuery(async () => (await database().cases.get(caseId)) ?? null, [caseId]);
}

export function useObligations(caseId: string): ObligationRecord[] | undefined {
  return useLiveQuery(() => database().obligations.where('caseId').equals(caseId).toArray(), [caseId]);
}

export function useAttachments(caseId: string): AttachmentRecord[] | undefined {
  return useLiveQuery(() => database().attachments.where('caseId').equals(caseId).toArray(), [caseId]);
}

/**
 * The case's files apart: the request's, each listed action's, and the signed scans of its issued documents
 * (a batch act's scan is held by its first case and shown on every case of the act).
 */
export function useCaseFiles(caseId: string): CaseFiles | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const [attachments, documents, actions] = await Promise.all([
      db.attachments.where('caseId').equals(caseId).toArray(),
      issuedForCase(db, caseId),
      db.actions.where('caseId').equals(caseId).toArray(),
    ]);
    const scanIds = documents.flatMap((d) => (d.signedScanId === undefined ? [] : [d.signedScanId]));
    const scans = new Map((await db.attachments.bulkGet(scanIds)).flatMap((a) => (a === undefined ? [] : [[a.id, a] as const])));
    const listed = new Set(actions.filter((a) => a.kind !== 'annotate').map((a) => a.id));
    return splitCaseFiles(attachments, documents, (id) => scans.get(id), listed);
  }, [caseId]);
}

export function useCaseActions(caseId: string): ActionRecord[] | undefined {
  return useLiveQuery(() => database().actions.where('caseId').equals(caseId).toArray(), [caseId]);
}

/** The case's own audit events, oldest first. */
export function useCaseHistory(caseId: string): AuditEvent[] | undefined {
  return useLiveQuery(() => caseHistory(database(), caseId), [caseId]);
}

/**
 * R2 (152-FZ Art. 14 parts 4–5): whether the case is an RF citizen's access request made within the waiting
 * period after an earlier access request of the same subject (by IIN, else by name). Undefined when it is not
 * (or while loading).
 */
export function useRepeatRequest(caseId: string, terms: DeadlineTermSettings): RepeatRequest | undefined {
  return useLiveQuery(async () => {
    const db = database();
    const record = await db.cases.get(caseId);
    if (!record || !record.rfSubject || !record.requestTypes.includes('access')) return undefined;
    const same =
      record.subjectIin !== ''
        ? await db.cases.where('subjectIin').equals(record.subjectIin).toArray()
        : await db.cases.where('subjectName').equals(record.subjectName).toArray();
    return repeatRequestOf(record, same, DEFAULT_TIME_ZONE, terms);
  }, [caseId, terms]);
}
