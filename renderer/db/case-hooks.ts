/**
 * Live reads of one case for its screen: each hook re-renders when its rows change. `undefined` while
 * loading; `null` when the case does not exist.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEvent } from '../../shared/audit/chain';
import type { ActionRecord, AttachmentRecord, CaseRecord, ObligationRecord } from '../../shared/cases/model';
import { repeatRequestOf, type RepeatRequest } from '../../shared/cases/repeat-request';
import { DEFAULT_TIME_ZONE } from '../../shared/locale';
import type { DeadlineSettings as DeadlineTermSettings } from '../../shared/rules';
import { caseHistory } from './audit-log';
import { database } from './database';

export function useCase(caseId: string): CaseRecord | null | undefined {
  return useLiveQuery(async () => (await database().cases.get(caseId)) ?? null, [caseId]);
}

export function useObligations(caseId: string): ObligationRecord[] | undefined {
  return useLiveQuery(() => database().obligations.where('caseId').equals(caseId).toArray(), [caseId]);
}

export function useAttachments(caseId: string): AttachmentRecord[] | undefined {
  return useLiveQuery(() => database().attachments.where('caseId').equals(caseId).toArray(), [caseId]);
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
