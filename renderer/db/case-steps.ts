/**
 * The domain steps of a case file, as the screens call them. Each step is one transaction that reads
 * the state it depends on inside that transaction (the calendars' overrides it dates obligations with,
 * the obligations it completes) and writes the records with their audit event — all or nothing.
 */
import { TEXT_LIMIT } from '../../shared/text-limits';
import { checkAction, type ActionProblem } from '../../shared/cases/action-check';
import type { Waiver } from '../../shared/cases/action-data';
import { hasReason } from '../../shared/cases/corrections';
import { actionLowerBound, checkReceivedAt, precedes, type TimeBound } from '../../shared/cases/time-bounds';
import { extendedDue, intakeObligations, spawnedObligations } from '../../shared/cases/deadlines';
import { bodyTermDays, type IntakeValues } from '../../shared/cases/intake-schema';
import type { CaseOutcome, CaseRecord, RepresentativeRecord } from '../../shared/cases/model';
import { destroysData } from '../../shared/cases/destruction';
import { planAction, WorkflowError, type ObligationAction } from '../../shared/cases/workflow';
import { zonedParts } from '../../shared/format';
import { DEFAULT_TIME_ZONE } from '../../shared/locale';
import { currentActor } from './actor';
import { annotateCase as storeAnnotation, CaseWriteError, hashAttachments, nextDueOf, storeCase, writeAction, type NewAttachment } from './case-repository';
import { appendAudit } from './audit-log';
import { database } from './database';
import { readDeadlineContext, type DeadlineSettings } from './deadline-context';

export { CaseWriteError, type CaseWriteProblem } from './case-repository';

const asAttachments = (files: readonly File[]): NewAttachment[] => files.map((file) => ({ name: file.name, type: file.type, blob: file }));

/** Intake values (received-at already an instant) → a registered case with its obligations dated on the calendars. */
export async function registerRequest(
  values: IntakeValues,
  receivedAt: Date,
  files: readonly File[],
  settings: DeadlineSettings,
  now: Date = new Date(),
): Promise<CaseRecord> {
  // Time runs forward: not before the Law came into force, not after the moment of saving.
  if (checkReceivedAt(receivedAt, now) !== undefined) throw new CaseWriteError('time');
  const db = database();
  const id = globalThis.crypto.randomUUID();
  const enteredAt = now.toISOString();
  const attachments = await hashAttachments(id, asAttachments(files), enteredAt);
  const registrationYear = zonedParts(now, DEFAULT_TIME_ZONE).year;
  const optional = (value: string) => (value === '' ? undefined : value);
  return db.transaction('rw', [db.cases, db.obligations, db.attachments, db.counters, db.audit, db.calendarOverrides, db.settings], async () => {
    const context = await readDeadlineContext(db, settings);
    const iso = receivedAt.toISOString();
    const obligations = intakeObligations(
      { receivedAt: iso, requestTypes: values.requestTypes, rfSubject: values.rfSubject, bodyTermDays: bodyTermDays(values) },
      context,
    );
    return storeCase(
      db,
      id,
      {
        receivedAt: iso,
        enteredAt,
        registrationYear,
        channel: values.channel,
        language: values.language,
        rfSubject: values.rfSubject,
        requestTypes: values.requestTypes,
        subject: {
          fullName: values.subject.fullName,
          iin: optional(values.subject.iin.replace(/\s/g, '')),
          birthDate: optional(values.subject.birthDate),
          email: optional(values.subject.email),
          phone: optional(values.subject.phone),
          address: optional(values.subject.address),
          formOfAddress: values.subject.formOfAddress,
        },
        representative: values.onBehalf ? representativeOf(values.representative) : undefined,
        description: values.description,
      },
      obligations,
      attachments,
      currentActor(),
    );
  });
}

export interface ObligationActionRequest {
  readonly caseId: string;
  readonly obligationId: string;
  readonly kind: ObligationAction;
  readonly at: Date;
  readonly note: string;
  readonly grounds: readonly string[];
  readonly files: readonly File[];
  /** 'restrict': the date the storage term ends (YYYY-MM-DD). */
  readonly until?: string | undefined;
  /** 'destroy': the ground the destruction was made on (a DestructionReason). */
  readonly basis?: string | undefined;
}

/** An action dated before what it follows: the bound it precedes (receipt, the term's start, a recorded step). */
export interface TooEarly {
  readonly problem: 'too-early';
  readonly bound: TimeBound;
}

const REPLIES: readonly ObligationAction[] = ['provide', 'refuse', 'partly', 'restrict', 'correct', 'destroy', 'unblock', 'stop-processing'];

/**
 * Records an action on one obligation. The input is checked first (a localized problem, nothing written);
 * then, in one transaction, the obligation is read again and the workflow decides what the action does
 * now — an action recorded meanwhile (a double submit, a second window) is refused with
 * CaseWriteError('stale') and nothing changes.
 */
export async function recordObligationAction(
  request: ObligationActionRequest,
  settings: DeadlineSettings,
  now: Date = new Date(),
): Promise<ActionProblem | TooEarly | undefined> {
  const problem = checkAction(
    request.kind,
    { at: request.at, note: request.note, grounds: request.grounds, fileCount: request.files.length, until: request.until, basis: request.basis },
    now,
  );
  if (problem) return problem;
  const db = database();
  const actionId = globalThis.crypto.randomUUID();
  const recordedAt = now.toISOString();
  const at = request.at.toISOString();
  const attachments = await hashAttachments(request.caseId, asAttachments(request.files), recordedAt, actionId);
  let late = false;
  let early: TooEarly | undefined;
  await db.transaction('rw', [db.cases, db.obligations, db.actions, db.attachments, db.audit, db.calendarOverrides, db.settings], async () => {
    const all = await db.obligations.where('caseId').equals(request.caseId).toArray();
    const obligation = all.find((o) => o.id === request.obligationId);
    const current = await db.cases.get(request.caseId);
    if (!obligation || !current) throw new CaseWriteError('not-found');
    // Read in the transaction: an action recorded meanwhile in another window bounds this one too.
    const actions = await db.actions.where('caseId').equals(request.caseId).toArray();
    const bound = precedes(at, actionLowerBound({ receivedAt: current.receivedAt, obligation, kind: request.kind, actions }));
    if (bound) {
      early = { problem: 'too-early', bound };
      return;
    }
    let plan: ReturnType<typeof planAction>;
    try {
      plan = planAction(request.kind, obligation, all, at);
    } catch (error) {
      if (error instanceof WorkflowError && error.reason === 'late') {
        late = true;
        return;
      }
      // The workflow no longer allows it: the obligation was answered meanwhile.
      throw new CaseWriteError('stale');
    }
    const context = await readDeadlineContext(db, settings);
    await writeAction(
      db,
      {
        id: actionId,
        caseId: request.caseId,
        obligationId: obligation.id,
        kind: request.kind,
        at,
        recordedAt,
        actor: currentActor(),
        note: request.note.trim(),
        data: {
          grounds: [...request.grounds],
          ruleId: obligation.ruleId,
          ...(request.kind === 'restrict' && request.until ? { until: request.until } : {}),
          ...(destroysData(request.kind, obligation.ruleId) && request.basis ? { basis: request.basis } : {}),
        },
      },
      {
        completes: plan.completes,
        spawns: spawnedObligations(plan.spawns, obligation.id, context),
        extends: plan.extend ? [{ obligationId: obligation.id, dueAt: extendedDue(obligation, context) }] : [],
        reply: REPLIES.includes(request.kind),
      },
      attachments,
    );
  });
  return early ?? (late ? 'late' : undefined);
}

/** What closing needs: a waiver with a reason for every statutory obligation still open. */
export type CloseProblem = 'waiver';

/**
 * Closes an open case with its outcome. Closing is a decision: every obligation still open must be
 * waived with the reason the DPO types (`waivers`: obligation id → reason), read again in the
 * transaction — an obligation opened meanwhile without a waiver refuses the close and nothing changes.
 */
export async function closeCase(
  caseId: string,
  outcome: CaseOutcome,
  note: string,
  waivers: Readonly<Record<string, string>>,
  now: Date = new Date(),
): Promise<CloseProblem | undefined> {
  if (note.length > TEXT_LIMIT.note) throw new RangeError(`the note is longer than ${TEXT_LIMIT.note} characters`);
  const db = database();
  const at = now.toISOString();
  return db.transaction('rw', [db.cases, db.obligations, db.actions, db.attachments, db.audit], async () => {
    const open = (await db.obligations.where('caseId').equals(caseId).toArray()).filter((o) => o.status === 'open');
    if (open.some((o) => !hasReason(waivers[o.id] ?? ''))) return 'waiver';
    const waived: Waiver[] = open.map((o) => ({ obligationId: o.id, ruleId: o.ruleId, reason: (waivers[o.id] ?? '').trim() }));
    await writeAction(
      db,
      {
        id: globalThis.crypto.randomUUID(),
        caseId,
        kind: 'close',
        at,
        recordedAt: at,
        actor: currentActor(),
        note: note.trim(),
        data: { outcome, ...(waived.length > 0 ? { waived } : {}) },
      },
      { completes: [], spawns: [], closes: { outcome }, waives: waived },
      [],
    );
    return undefined;
  });
}

/** Opens a closed case again with a stated reason; the obligations waived at closing run again. A withdrawn case stays withdrawn. */
export async function reopenCase(caseId: string, reason: string, now: Date = new Date()): Promise<'reason' | undefined> {
  if (!hasReason(reason)) return 'reason';
  const db = database();
  const at = now.toISOString();
  await db.transaction('rw', [db.cases, db.obligations, db.audit], async () => {
    const current = await db.cases.get(caseId);
    if (!current) throw new CaseWriteError('not-found');
    if (current.withdrawal) throw new CaseWriteError('withdrawn');
    if (current.status !== 'closed') throw new CaseWriteError('open');
    const all = await db.obligations.where('caseId').equals(caseId).toArray();
    // Waived at closing — or, on cases closed before waivers were recorded, cancelled on closing without an outcome.
    const reopened = all.filter((o) => o.outcome?.kind === 'waived' || (o.status === 'cancelled' && o.outcome === undefined));
    for (const o of reopened) await db.obligations.update(o.id, { status: 'open', outcome: undefined });
    const after = await db.obligations.where('caseId').equals(caseId).toArray();
    await db.cases.update(caseId, { status: 'open', closedAt: undefined, outcome: undefined, nextDueAt: nextDueOf(after), updatedAt: at });
    await appendAudit(db, currentActor(), at, [{ type: 'case.reopened', caseId, data: { reason: reason.trim(), reopened: reopened.map((o) => o.id) } }]);
  });
  return undefined;
}

/** Annotations are the only write a closed case accepts. */
export async function annotateCase(caseId: string, note: string, now: Date = new Date()): Promise<void> {
  if (note.length > TEXT_LIMIT.note) throw new RangeError(`the note is longer than ${TEXT_LIMIT.note} characters`);
  await storeAnnotation(database(), caseId, note.trim(), currentActor(), now.toISOString());
}

/** The representative as stored: the authority document's kind, number and date, the reply address, the form of address. */
function representativeOf(rep: IntakeValues['representative']): RepresentativeRecord {
  const optional = (value: string) => (value === '' ? undefined : value);
  return {
    fullName: rep.fullName,
    authorityDocument: rep.authorityDocument,
    authorityKind: rep.authorityKind === '' ? undefined : rep.authorityKind,
    authorityNumber: optional(rep.authorityNumber),
    authorityDate: optional(rep.authorityDate),
    email: optional(rep.email),
    address: optional(rep.address),
    formOfAddress: rep.formOfAddress,
  };
}
