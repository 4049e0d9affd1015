/**
 * Live reads of one case for its screen: each hook re-renders when its rows change. `undefined` while
 * loading; `null` when the case does not exist.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEvent } from '../../shared/audit/chain';
import type { ActionRecord, AttachmentRecord, CaseRecord, ObligationRecord } from '../../shared/cases/model';
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
