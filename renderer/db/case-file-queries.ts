/** Everything the printed case file holds, read in one transaction: a consistent picture with the anchor of that moment. */
import type { AuditAnchor } from '../../shared/audit/anchor';
import type { AuditEvent } from '../../shared/audit/chain';
import type { ActionRecord, AttachmentRecord, CaseRecord, DocumentRecord, ObligationRecord } from '../../shared/cases/model';
import { caseHistory } from './audit-log';
import { database } from './database';
import { auditHead } from './integrity-check';

export interface CaseFileData {
  readonly record: CaseRecord;
  readonly obligations: readonly ObligationRecord[];
  readonly actions: readonly ActionRecord[];
  readonly attachments: readonly AttachmentRecord[];
  readonly documents: readonly DocumentRecord[];
  readonly history: readonly AuditEvent[];
  /** The head of the whole trail when the file was read. */
  readonly anchor: AuditAnchor;
}

export async function readCaseFile(caseId: string): Promise<CaseFileData | undefined> {
  const db = database();
  return db.transaction('r', [db.cases, db.obligations, db.actions, db.attachments, db.documents, db.audit], async () => {
    const record = await db.cases.get(caseId);
    if (!record) return undefined;
    const obligations = (await db.obligations.where('caseId').equals(caseId).toArray()).sort(
      (a, b) => a.triggerAt.localeCompare(b.triggerAt) || a.dueAt.localeCompare(b.dueAt),
    );
    const actions = (await db.actions.where('caseId').equals(caseId).toArray()).sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
    const attachments = await db.attachments.where('caseId').equals(caseId).toArray();
    const documents = (await db.documents.where('caseIds').equals(caseId).toArray()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const history = await caseHistory(db, caseId);
    return { record, obligations, actions, attachments, documents, history, anchor: await auditHead(db) };
  });
}
