/** Loading what documents are made from: a case's issued documents, acts' cases with their trails. */
import type { AuditEvent } from '../../../shared/audit/chain';
import type { ActionRecord, ObligationRecord } from '../../../shared/cases/model';
import type { ActCase } from '../../../shared/documents/case-documents';
import type { ActDefaults, OrgProfileSetting } from '../../../shared/documents/profile-schema';
import { caseHistory } from '../../db/audit-log';
import type { QorgauDatabase } from '../../db/database';
import type { IssuedDocument } from '../../db/document-repository';

/** Documents issued for a case (batch acts included), found through the case's own audit trail. */
export async function issuedForCase(db: QorgauDatabase, caseId: string): Promise<IssuedDocument[]> {
  const events = await caseHistory(db, caseId);
  const ids = new Set<string>();
  for (const e of events) {
    if (e.type === 'document.issued') ids.add(e.data.documentId);
    if (e.type === 'document.deleted') ids.delete(e.data.documentId);
  }
  const docs = await db.documents.bulkGet([...ids]);
  return docs.filter((d): d is IssuedDocument => d !== undefined).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The latest destroy action of a case. */
const latestDestroy = (actions: readonly ActionRecord[]): ActionRecord | undefined =>
  actions.filter((a) => a.kind === 'destroy').sort((a, b) => a.at.localeCompare(b.at)).at(-1);

/**
 * Each case with its (latest or given) destroy action, the obligation it fulfilled and its audit trail — three
 * indexed queries whatever the number of cases (a batch act may cover 1 000).
 */
export async function loadActCases(db: QorgauDatabase, caseIds: readonly string[], actionId?: string): Promise<ActCase[]> {
  const ids = [...caseIds];
  const [records, actions, obligations, events] = await Promise.all([
    db.cases.bulkGet(ids),
    db.actions.where('caseId').anyOf(ids).toArray(),
    db.obligations.where('caseId').anyOf(ids).toArray(),
    db.audit.where('caseId').anyOf(ids).toArray(),
  ]);
  const byCase = <T extends { caseId?: string | undefined }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const key = row.caseId ?? '';
      const list = map.get(key);
      if (list) list.push(row);
      else map.set(key, [row]);
    }
    return map;
  };
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
      obligation: (obligationsOf.get(record.id) ?? []).find((o) => o.completedByActionId === destroy.id),
      history: (eventsOf.get(record.id) ?? []).sort((a, b) => a.seq - b.seq),
    });
  }
  return result;
}

/** The act defaults the DPO saved, or the DPO alone destroying and chairing until they do. */
export const effectiveActDefaults = (saved: ActDefaults | null, profile: OrgProfileSetting): ActDefaults =>
  saved ?? {
    destroyedBy: [{ name: profile.dpo.name, position: profile.dpo.position }],
    commission: [{ name: profile.dpo.name, position: profile.dpo.position, role: 'chair' }],
    informationSystems: [],
    categories: [],
    methods: ['database-deletion'],
    processor: { name: { kk: '', ru: '' }, address: { kk: '', ru: '' } },
  };
