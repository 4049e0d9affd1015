/**
 * Writes of case files. Each write is one transaction over the record(s) and the audit trail:
 * it commits whole or not at all. Obligations arrive computed by shared/ (the rule packs and the
 * deadline engine); this module only stores them.
 */
import { formatCaseNumber } from '../../shared/cases/case-number';
import type {
  ActionRecord,
  AttachmentRecord,
  CaseRecord,
  NewActionRecord,
  ObligationRecord,
  RepresentativeRecord,
  SubjectRecord,
} from '../../shared/cases/model';
import type { RequestType } from '../../shared/rules/request-types';
import type { RuleId } from '../../shared/rules/rule-id';
import { digitsOnly } from '../../shared/cases/normalize';
import { caseSearchKeys, nameSortKey } from '../../shared/cases/search-tokens';
import { sha256Hex } from '../../shared/audit/chain';
import { outcomeRecord } from '../../shared/cases/outcome';
import type { Waiver } from '../../shared/cases/action-data';
import { appendAudit } from './audit-log';
import type { QorgauDatabase } from './database';

export interface NewCase {
  readonly receivedAt: string;
  readonly enteredAt: string;
  /** Year the case is registered in (organisation zone): numbers run per year. */
  readonly registrationYear: number;
  readonly channel: CaseRecord['channel'];
  readonly language: CaseRecord['language'];
  readonly rfSubject: boolean;
  readonly requestTypes: readonly RequestType[];
  readonly subject: SubjectRecord;
  readonly representative?: RepresentativeRecord | undefined;
  readonly description: string;
}

export interface ObligationPlan {
  readonly ruleId: RuleId;
  readonly parentId?: string | undefined;
  readonly triggerAt: string;
  readonly dueAt: string;
  readonly urgentFromStart: boolean;
  /** K14: the term the authorized body set (working days). */
  readonly termCount?: number | undefined;
}

export interface NewAttachment {
  readonly name: string;
  readonly type: string;
  readonly blob: Blob;
}

const newId = (): string => globalThis.crypto.randomUUID();

export const nextDueOf = (obligations: readonly Pick<ObligationRecord, 'status' | 'dueAt'>[]): string =>
  obligations
    .filter((o) => o.status === 'open')
    .map((o) => o.dueAt)
    .sort()[0] ?? '';

/** Hashes the files before a transaction starts (a WebCrypto await inside one would let IndexedDB commit it early). */
export async function hashAttachments(caseId: string, files: readonly NewAttachment[], addedAt: string, actionId?: string): Promise<AttachmentRecord[]> {
  return Promise.all(
    files.map(async (file) => ({
      id: newId(),
      caseId,
      actionId,
      name: file.name,
      type: file.type,
      size: file.blob.size,
      sha256: await sha256Hex(new Uint8Array(await file.blob.arrayBuffer())),
      addedAt,
      blob: file.blob,
    })),
  );
}

/** Registers a request: the next number of the year, its obligations, attachments and the audit event. */
export async function createCase(
  db: QorgauDatabase,
  input: NewCase,
  obligations: readonly ObligationPlan[],
  files: readonly NewAttachment[],
  actor: string,
): Promise<CaseRecord> {
  const id = newId();
  const attachments = await hashAttachments(id, files, input.enteredAt);
  return db.transaction('rw', [db.cases, db.obligations, db.attachments, db.counters, db.audit], () =>
    storeCase(db, id, input, obligations, attachments, actor),
  );
}

/** The writes of a registration; must run inside a 'rw' transaction over cases, obligations, attachments, counters and audit. */
export async function storeCase(
  db: QorgauDatabase,
  id: string,
  input: NewCase,
  obligations: readonly ObligationPlan[],
  attachments: readonly AttachmentRecord[],
  actor: string,
): Promise<CaseRecord> {
  const counterKey = `case-seq:${input.registrationYear}`;
  const seq = ((await db.counters.get(counterKey))?.value ?? 0) + 1;
  await db.counters.put({ key: counterKey, value: seq });
  const obligationRows: ObligationRecord[] = obligations.map((plan) => ({
    id: newId(),
    caseId: id,
    ruleId: plan.ruleId,
    triggerAt: plan.triggerAt,
    dueAt: plan.dueAt,
    status: 'open',
    urgentFromStart: plan.urgentFromStart,
    extended: false,
    ...(plan.termCount === undefined ? {} : { termCount: plan.termCount }),
    notified: [],
  }));
  const record: CaseRecord = {
    id,
    number: formatCaseNumber(input.registrationYear, seq),
    year: input.registrationYear,
    seq,
    status: 'open',
    receivedAt: input.receivedAt,
    enteredAt: input.enteredAt,
    channel: input.channel,
    language: input.language,
    jurisdiction: 'kz',
    rfSubject: input.rfSubject,
    requestTypes: [...input.requestTypes],
    subject: input.subject,
    representative: input.representative,
    description: input.description,
    subjectName: nameSortKey(input.subject.fullName),
    subjectIin: digitsOnly(input.subject.iin ?? ''),
    searchTokens: caseSearchKeys({
      number: formatCaseNumber(input.registrationYear, seq),
      subject: input.subject,
      representative: input.representative,
      description: input.description,
      receivedAt: input.receivedAt,
    }),
    nextDueAt: nextDueOf(obligationRows),
    updatedAt: input.enteredAt,
  };
  await db.cases.add(record);
  await db.obligations.bulkAdd(obligationRows);
  await db.attachments.bulkAdd([...attachments]);
  await appendAudit(db, actor, input.enteredAt, [
    {
      type: 'case.created',
      caseId: id,
      data: {
        number: record.number,
        receivedAt: record.receivedAt,
        channel: record.channel,
        language: record.language,
        requestTypes: record.requestTypes,
        obligations: obligationRows.map((o) => ({ ruleId: o.ruleId, dueAt: o.dueAt })),
        attachments: attachments.map((a) => ({ name: a.name, sha256: a.sha256, size: a.size })),
        subject: record.subject,
        representative: record.representative,
        description: record.description,
        rfSubject: record.rfSubject,
      },
    },
  ]);
  return record;
}

export interface ActionEffect {
  /** Obligations this action fulfils. */
  readonly completes: readonly string[];
  /** Obligations it starts (e.g. destroy after a confirmed violation). */
  readonly spawns: readonly ObligationPlan[];
  /** Obligations whose due instant moves (RF extension with a reasoned notice). */
  readonly extends?: readonly { readonly obligationId: string; readonly dueAt: string }[];
  readonly closes?: Pick<CaseRecord, 'outcome'> | undefined;
  /** On closing: the open obligations the DPO leaves open by decision, each with the reason typed. */
  readonly waives?: readonly Waiver[] | undefined;
  readonly reply?: boolean;
}

/** Records an action on an open case with its effects and the audit event, in one transaction. */
export async function recordAction(db: QorgauDatabase, action: NewActionRecord, effect: ActionEffect, files: readonly NewAttachment[]): Promise<ActionRecord> {
  const actionId = newId();
  const attachments = await hashAttachments(action.caseId, files, action.recordedAt, actionId);
  return db.transaction('rw', [db.cases, db.obligations, db.actions, db.attachments, db.audit], () =>
    writeAction(db, { ...action, id: actionId }, effect, attachments),
  );
}

/**
 * The writes of an action; must run inside a 'rw' transaction over cases, obligations, actions,
 * attachments and audit. Re-checks, inside that transaction, what the action depends on: the case is
 * open, and every obligation it completes or extends is an open obligation of this case — a double
 * submit or a second window recording the same action finds it done and changes nothing.
 */
export async function writeAction(
  db: QorgauDatabase,
  stored: ActionRecord,
  effect: ActionEffect,
  attachments: readonly AttachmentRecord[],
): Promise<ActionRecord> {
  const current = await db.cases.get(stored.caseId);
  if (!current) throw new CaseWriteError('not-found');
  if (current.status === 'closed') throw new CaseWriteError('closed');
  const before = await db.obligations.where('caseId').equals(stored.caseId).toArray();
  const openIds = new Set(before.filter((o) => o.status === 'open').map((o) => o.id));
  const touched = [...effect.completes, ...(effect.extends ?? []).map((e) => e.obligationId)];
  if (touched.some((id) => !openIds.has(id))) throw new CaseWriteError('stale');
  await db.actions.add(stored);
  await db.attachments.bulkAdd([...attachments]);
  for (const obligationId of effect.completes) {
    const until = stored.kind === 'restrict' ? stored.data.until : undefined;
    await db.obligations.update(obligationId, {
      status: 'done',
      completedAt: stored.at,
      completedByActionId: stored.id,
      outcome: outcomeRecord(stored.kind, stored.id, until),
    });
  }
  for (const change of effect.extends ?? []) {
    await db.obligations.update(change.obligationId, { dueAt: change.dueAt, extended: true });
  }
  const spawned: ObligationRecord[] = effect.spawns.map((plan) => ({
    id: newId(),
    caseId: stored.caseId,
    ruleId: plan.ruleId,
    parentId: plan.parentId,
    triggerAt: plan.triggerAt,
    dueAt: plan.dueAt,
    status: 'open',
    urgentFromStart: plan.urgentFromStart,
    extended: false,
    notified: [],
  }));
  await db.obligations.bulkAdd(spawned);
  const all = await db.obligations.where('caseId').equals(stored.caseId).toArray();
  const closing = effect.closes !== undefined;
  if (closing) {
    // Closing is a decision: every obligation still open is left open by a waiver with its reason (case-steps closeCase).
    const waivers = new Map((effect.waives ?? []).map((w) => [w.obligationId, w.reason]));
    for (const open of all.filter((o) => o.status === 'open')) {
      const reason = waivers.get(open.id);
      if (reason === undefined) throw new CaseWriteError('stale');
      await db.obligations.update(open.id, { status: 'cancelled', outcome: { kind: 'waived', reason, at: stored.recordedAt } });
    }
  }
  await db.cases.update(stored.caseId, {
    nextDueAt: closing ? '' : nextDueOf(all),
    updatedAt: stored.recordedAt,
    ...(effect.reply ? { replyAt: stored.at } : {}),
    ...(closing ? { status: 'closed' as const, closedAt: stored.at, outcome: effect.closes?.outcome } : {}),
  });
  await appendAudit(db, stored.actor, stored.recordedAt, [
    {
      type: `action.${stored.kind}`,
      caseId: stored.caseId,
      data: {
        at: stored.at,
        note: stored.note,
        obligationId: stored.obligationId,
        data: stored.data,
        completes: effect.completes,
        spawns: spawned.map((o) => ({ ruleId: o.ruleId, dueAt: o.dueAt })),
        extends: effect.extends ?? [],
        closes: effect.closes?.outcome,
        attachments: attachments.map((a) => ({ name: a.name, sha256: a.sha256, size: a.size })),
      },
    },
  ]);
  return stored;
}

/** Annotations are the only write a closed case accepts. */
export async function annotateCase(db: QorgauDatabase, caseId: string, note: string, actor: string, at: string): Promise<void> {
  if (note.trim() === '') throw new CaseWriteError('empty');
  await db.transaction('rw', [db.cases, db.audit], async () => {
    if (!(await db.cases.get(caseId))) throw new CaseWriteError('not-found');
    await appendAudit(db, actor, at, [{ type: 'case.annotated', caseId, data: { note } }]);
  });
}

/** 'stale': an obligation the action completes or extends is no longer open (recorded meanwhile). */
/** 'withdrawn': the case was registered by mistake and withdrawn; 'open': it is not closed (reopen). */
export type CaseWriteProblem = 'not-found' | 'closed' | 'stale' | 'empty' | 'withdrawn' | 'open' | 'time';

export class CaseWriteError extends Error {
  constructor(readonly problem: CaseWriteProblem) {
    super(problem);
    this.name = 'CaseWriteError';
  }
}

/**
 * Re-dates every open obligation after a calendar correction or a term setting changed, and records
 * one audit event naming the cause and what moved. Returns how many deadlines moved.
 */
export async function recomputeOpenDeadlines(
  db: QorgauDatabase,
  dueOf: (obligation: ObligationRecord) => string,
  cause: string,
  actor: string,
  at: string,
): Promise<number> {
  return db.transaction('rw', [db.obligations, db.cases, db.audit], async () => {
    const open = await db.obligations.where('[status+dueAt]').between(['open', ''], ['open', '\uffff']).toArray();
    const moved: { id: string; caseId: string; from: string; to: string }[] = [];
    for (const obligation of open) {
      const dueAt = dueOf(obligation);
      if (dueAt !== obligation.dueAt) moved.push({ id: obligation.id, caseId: obligation.caseId, from: obligation.dueAt, to: dueAt });
    }
    if (moved.length === 0) return 0;
    for (const m of moved) await db.obligations.update(m.id, { dueAt: m.to });
    for (const caseId of new Set(moved.map((m) => m.caseId))) {
      const all = await db.obligations.where('caseId').equals(caseId).toArray();
      await db.cases.update(caseId, { nextDueAt: nextDueOf(all) });
    }
    await appendAudit(db, actor, at, [{ type: 'deadlines.recomputed', data: { cause, moved } }]);
    return moved.length;
  });
}
