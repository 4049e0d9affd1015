/**
 * Corrections with a trail, as the case screen calls them. Each step is one transaction that reads the
 * case, its obligations, actions and documents again, checks the new value the way intake checks it,
 * keeps the previous value with the reason on the record and writes the audit event with before/after —
 * all or nothing. A correction of the receipt time re-dates the obligations it started (the deadline
 * engine with this installation's calendars, as registration dates them); a correction of the request
 * types or citizenship adds the obligations the new values start and marks the open ones they no longer
 * start as not applicable. Documents already issued stay as issued: the event names them as issued on
 * the earlier data.
 */
import type { RedatedRef } from '../../shared/audit/events';
import {
  applyCorrection,
  checkCorrection,
  fieldValue,
  hasReason,
  normalizedValue,
  type ActionCorrectableField,
  type CorrectableField,
  type CorrectionProblem,
  type CorrectionValue,
} from '../../shared/cases/corrections';
import { currentDue, intakeObligations } from '../../shared/cases/deadlines';
import type { ActionRecord, CaseRecord, ObligationRecord } from '../../shared/cases/model';
import { isObligationAction } from '../../shared/cases/action-kinds';
import { actionLowerBound, CLOCK_TOLERANCE_MS, precedes, type TimeBound } from '../../shared/cases/time-bounds';
import type { RequestType } from '../../shared/rules/request-types';
import { currentActor } from './actor';
import { appendAudit } from './audit-log';
import { CaseWriteError, nextDueOf } from './case-repository';
import { database } from './database';
import { readDeadlineContext, type DeadlineSettings } from './deadline-context';

export interface CaseCorrectionRequest {
  readonly caseId: string;
  readonly field: CorrectableField;
  readonly value: CorrectionValue;
  readonly reason: string;
}

/** 'after-actions': a receipt time later than an action already recorded on the case. */
export type CaseCorrectionProblem = CorrectionProblem | 'after-actions';

/** Corrects one intake field with a stated reason (see the module comment). */
export async function correctCase(
  request: CaseCorrectionRequest,
  offered: readonly RequestType[],
  settings: DeadlineSettings,
  now: Date = new Date(),
): Promise<CaseCorrectionProblem | undefined> {
  const db = database();
  const at = now.toISOString();
  const tables = [db.cases, db.obligations, db.actions, db.documents, db.audit, db.calendarOverrides, db.settings];
  return db.transaction('rw', tables, async () => {
    const record = await db.cases.get(request.caseId);
    if (!record) throw new CaseWriteError('not-found');
    if (record.withdrawal) throw new CaseWriteError('withdrawn');
    const problem = checkCorrection(record, request.field, request.value, request.reason, { requestTypes: offered, now });
    if (problem) return problem;
    const from = fieldValue(record, request.field);
    const to = normalizedValue(request.field, request.value);
    const corrected = applyCorrection(record, request.field, request.value);
    const actions = await db.actions.where('caseId').equals(record.id).toArray();
    if (request.field === 'receivedAt' && actions.some((a) => a.at < corrected.receivedAt)) return 'after-actions';

    const obligations = await db.obligations.where('caseId').equals(record.id).toArray();
    const context = await readDeadlineContext(db, settings);
    const redated: RedatedRef[] = [];
    const added: ObligationRecord[] = [];
    const dropped: string[] = [];
    const reason = request.reason.trim();
    // The obligations the request itself started (not those chained from an outcome).
    const roots = obligations.filter((o) => o.parentId === undefined && o.outcome?.kind !== 'not-applicable');
    if (request.field === 'receivedAt') {
      for (const o of roots.filter((r) => r.triggerAt === record.receivedAt)) {
        const dueAt = currentDue({ ruleId: o.ruleId, triggerAt: corrected.receivedAt, extended: o.extended }, context);
        redated.push({ obligationId: o.id, ruleId: o.ruleId, triggerAt: corrected.receivedAt, from: o.dueAt, to: dueAt });
        await db.obligations.update(o.id, { triggerAt: corrected.receivedAt, dueAt });
      }
    }
    if (request.field === 'requestTypes' || request.field === 'rfSubject') {
      const planned = intakeObligations(corrected, context);
      const have = new Set(roots.map((o) => o.ruleId));
      const wanted = new Set(planned.map((p) => p.ruleId));
      for (const p of planned.filter((x) => !have.has(x.ruleId))) {
        added.push({ id: globalThis.crypto.randomUUID(), caseId: record.id, ...p, status: 'open', extended: false, notified: [] });
      }
      for (const o of roots.filter((r) => r.status === 'open' && !wanted.has(r.ruleId))) {
        dropped.push(o.id);
        await db.obligations.update(o.id, { status: 'cancelled', outcome: { kind: 'not-applicable', reason, at } });
      }
      await db.obligations.bulkAdd(added);
    }
    const documents = (await db.documents.where('caseIds').equals(record.id).toArray()).filter((d) => d.voided === undefined);
    const after = await db.obligations.where('caseId').equals(record.id).toArray();
    const correction = { id: globalThis.crypto.randomUUID(), field: request.field, from, to, reason, at, actor: currentActor() };
    const next: CaseRecord = {
      ...corrected,
      corrections: [...(record.corrections ?? []), correction],
      nextDueAt: record.status === 'open' ? nextDueOf(after) : record.nextDueAt,
      updatedAt: at,
    };
    await db.cases.put(next);
    await appendAudit(db, currentActor(), at, [
      {
        type: 'case.corrected',
        caseId: record.id,
        data: {
          field: request.field,
          from,
          to,
          reason,
          redated,
          added: added.map((o) => ({ ruleId: o.ruleId, dueAt: o.dueAt })),
          dropped,
          documentsOnEarlierData: documents.map((d) => d.number),
        },
      },
    ]);
    return undefined;
  });
}

export interface ActionCorrectionRequest {
  readonly caseId: string;
  readonly actionId: string;
  readonly field: ActionCorrectableField;
  /** 'at': the instant (ISO); 'note': the text. */
  readonly value: string;
  readonly reason: string;
}

/** 'after-next-step': the corrected time is later than a step recorded after the action. */
export type ActionCorrectionProblem =
  'reason' | 'unchanged' | 'time' | 'note' | 'after-next-step' | { readonly problem: 'too-early'; readonly bound: TimeBound };

/** Corrects when an action was done, or what was done, with a stated reason. */
export async function correctAction(
  request: ActionCorrectionRequest,
  settings: DeadlineSettings,
  now: Date = new Date(),
): Promise<ActionCorrectionProblem | undefined> {
  if (!hasReason(request.reason)) return 'reason';
  const db = database();
  const at = now.toISOString();
  const tables = [db.cases, db.obligations, db.actions, db.audit, db.calendarOverrides, db.settings];
  return db.transaction('rw', tables, async (): Promise<ActionCorrectionProblem | undefined> => {
    const record = await db.cases.get(request.caseId);
    const actions = await db.actions.where('caseId').equals(request.caseId).toArray();
    const action = actions.find((a) => a.id === request.actionId);
    if (!record || !action) throw new CaseWriteError('not-found');
    if (record.withdrawal) throw new CaseWriteError('withdrawn');
    const obligations = await db.obligations.where('caseId').equals(request.caseId).toArray();
    const reason = request.reason.trim();
    const redated: RedatedRef[] = [];
    let to: string;
    if (request.field === 'note') {
      to = request.value.trim();
      if (to === action.note) return 'unchanged';
      if (to.length < 3 && isObligationAction(action.kind)) return 'note';
    } else {
      const instant = new Date(request.value);
      if (Number.isNaN(instant.getTime()) || instant.getTime() > now.getTime() + CLOCK_TOLERANCE_MS) return 'time';
      to = instant.toISOString();
      if (to === action.at) return 'unchanged';
      const early = boundOf(record, action, obligations, actions, to);
      if (early) return { problem: 'too-early', bound: early };
      // Steps recorded after this one (the verification of a blocking, a chained obligation's actions) stay after it.
      const later = actions.filter((a) => a.id !== action.id && dependsOn(a, action, obligations));
      if (later.some((a) => a.at < to)) return 'after-next-step';
      const context = await readDeadlineContext(db, settings);
      for (const o of obligations) {
        if (o.completedByActionId === action.id) await db.obligations.update(o.id, { completedAt: to });
        if (o.parentId !== undefined && o.parentId === action.obligationId && o.triggerAt === action.at) {
          const dueAt = currentDue({ ruleId: o.ruleId, triggerAt: to, extended: o.extended }, context);
          redated.push({ obligationId: o.id, ruleId: o.ruleId, triggerAt: to, from: o.dueAt, to: dueAt });
          await db.obligations.update(o.id, { triggerAt: to, dueAt });
        }
      }
      const after = await db.obligations.where('caseId').equals(record.id).toArray();
      await db.cases.update(record.id, {
        ...(record.replyAt === action.at ? { replyAt: to } : {}),
        ...(record.closedAt === action.at && action.kind === 'close' ? { closedAt: to } : {}),
        ...(record.status === 'open' ? { nextDueAt: nextDueOf(after) } : {}),
      });
    }
    const from = request.field === 'note' ? action.note : action.at;
    const correction = { field: request.field, from, to, reason, at, actor: currentActor() };
    const changed: ActionRecord = {
      ...action,
      ...(request.field === 'note' ? { note: to } : { at: to }),
      corrections: [...(action.corrections ?? []), correction],
    };
    await db.actions.put(changed);
    await db.cases.update(record.id, { updatedAt: at });
    await appendAudit(db, currentActor(), at, [
      {
        type: 'case.action-corrected',
        caseId: record.id,
        data: { actionId: action.id, kind: action.kind, field: request.field, from, to, reason, redated },
      },
    ]);
    return undefined;
  });
}

function boundOf(
  record: CaseRecord,
  action: ActionRecord,
  obligations: readonly ObligationRecord[],
  actions: readonly ActionRecord[],
  to: string,
): TimeBound | undefined {
  const obligation = obligations.find((o) => o.id === action.obligationId);
  if (obligation === undefined || !isObligationAction(action.kind)) {
    return precedes(to, { kind: 'receipt', at: record.receivedAt });
  }
  // The action's own completion does not bound it.
  const self = obligation.completedByActionId === action.id ? { ...obligation, completedByActionId: undefined } : obligation;
  return precedes(to, actionLowerBound({ receivedAt: record.receivedAt, obligation: self, kind: action.kind, actions, except: action.id }));
}

/** Whether `later` follows `step`: recorded on an obligation `step` started, or verifying the blocking `step` recorded. */
function dependsOn(later: ActionRecord, step: ActionRecord, obligations: readonly ObligationRecord[]): boolean {
  const target = obligations.find((o) => o.id === later.obligationId);
  if (target?.parentId !== undefined && target.parentId === step.obligationId) return true;
  return later.obligationId === step.obligationId && target?.completedByActionId === step.id && later.kind.startsWith('verify-');
}

/**
 * Withdraws a case registered by mistake (a test, a duplicate): it is closed and marked withdrawn with the
 * reason, keeps its number in the register, and its open obligations no longer apply. Never deleted.
 */
export async function withdrawCase(caseId: string, reason: string, now: Date = new Date()): Promise<'reason' | undefined> {
  if (!hasReason(reason)) return 'reason';
  const db = database();
  const at = now.toISOString();
  await db.transaction('rw', [db.cases, db.obligations, db.audit], async () => {
    const record = await db.cases.get(caseId);
    if (!record) throw new CaseWriteError('not-found');
    if (record.withdrawal) throw new CaseWriteError('withdrawn');
    const open = (await db.obligations.where('caseId').equals(caseId).toArray()).filter((o) => o.status === 'open');
    for (const o of open) await db.obligations.update(o.id, { status: 'cancelled', outcome: { kind: 'not-applicable', reason: reason.trim(), at } });
    await db.cases.update(caseId, {
      status: 'closed',
      closedAt: record.closedAt ?? at,
      nextDueAt: '',
      withdrawal: { at, reason: reason.trim(), actor: currentActor() },
      updatedAt: at,
    });
    await appendAudit(db, currentActor(), at, [
      { type: 'case.withdrawn', caseId, data: { number: record.number, reason: reason.trim(), dropped: open.map((o) => o.id) } },
    ]);
  });
  return undefined;
}
