/**
 * The domain steps of a case file, as the screens call them. Each step is one transaction that reads
 * the state it depends on inside that transaction (the calendars' overrides it dates obligations with,
 * the obligations it completes) and writes the records with their audit event — all or nothing.
 */
import { checkAction, type ActionProblem } from '../../shared/cases/action-check';
import { extendedDue, intakeObligations, spawnedObligations } from '../../shared/cases/deadlines';
import type { IntakeValues } from '../../shared/cases/intake-schema';
import type { CaseOutcome, CaseRecord } from '../../shared/cases/model';
import { planAction, WorkflowError, type ObligationAction } from '../../shared/cases/workflow';
import { zonedParts } from '../../shared/format';
import { DEFAULT_TIME_ZONE } from '../../shared/locale';
import { currentActor } from './actor';
import { annotateCase as storeAnnotation, CaseWriteError, hashAttachments, storeCase, writeAction, type NewAttachment } from './case-repository';
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
  const db = database();
  const id = globalThis.crypto.randomUUID();
  const enteredAt = now.toISOString();
  const attachments = await hashAttachments(id, asAttachments(files), enteredAt);
  const registrationYear = zonedParts(now, DEFAULT_TIME_ZONE).year;
  const optional = (value: string) => (value === '' ? undefined : value);
  return db.transaction('rw', [db.cases, db.obligations, db.attachments, db.counters, db.audit, db.calendarOverrides, db.settings], async () => {
    const context = await readDeadlineContext(db, settings);
    const iso = receivedAt.toISOString();
    const obligations = intakeObligations({ receivedAt: iso, requestTypes: values.requestTypes, rfSubject: values.rfSubject }, context);
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
        },
        representative: values.onBehalf ? { fullName: values.representative.fullName, authorityDocument: values.representative.authorityDocument } : undefined,
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
): Promise<ActionProblem | undefined> {
  const problem = checkAction(
    request.kind,
    { at: request.at, note: request.note, grounds: request.grounds, fileCount: request.files.length, until: request.until },
    now,
  );
  if (problem) return problem;
  const db = database();
  const actionId = globalThis.crypto.randomUUID();
  const recordedAt = now.toISOString();
  const at = request.at.toISOString();
  const attachments = await hashAttachments(request.caseId, asAttachments(request.files), recordedAt, actionId);
  let late = false;
  await db.transaction('rw', [db.cases, db.obligations, db.actions, db.attachments, db.audit, db.calendarOverrides, db.settings], async () => {
    const all = await db.obligations.where('caseId').equals(request.caseId).toArray();
    const obligation = all.find((o) => o.id === request.obligationId);
    if (!obligation) throw new CaseWriteError('not-found');
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
          ...(request.kind === 'destroy' && request.basis ? { basis: request.basis } : {}),
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
  return late ? 'late' : undefined;
}

/** Closes an open case with its outcome; its open obligations are marked cancelled on closing. */
export async function closeCase(caseId: string, outcome: CaseOutcome, note: string, now: Date = new Date()): Promise<void> {
  const db = database();
  const at = now.toISOString();
  await db.transaction('rw', [db.cases, db.obligations, db.actions, db.attachments, db.audit], () =>
    writeAction(
      db,
      { id: globalThis.crypto.randomUUID(), caseId, kind: 'close', at, recordedAt: at, actor: currentActor(), note: note.trim(), data: { outcome } },
      { completes: [], spawns: [], closes: { outcome } },
      [],
    ),
  );
}

/** Annotations are the only write a closed case accepts. */
export async function annotateCase(caseId: string, note: string, now: Date = new Date()): Promise<void> {
  await storeAnnotation(database(), caseId, note.trim(), currentActor(), now.toISOString());
}
