/** Carrying out an action on a case: the workflow plans it, the engine dates what it spawns, one transaction stores it. */
import { extendedDue, spawnedObligations } from '../../../shared/cases/deadlines';
import type { CaseOutcome, CaseRecord, ObligationRecord } from '../../../shared/cases/model';
import { planAction, REQUIRES, type ObligationAction } from '../../../shared/cases/workflow';
import { recordAction } from '../../db/case-repository';
import { database } from '../../db/database';
import type { Settings } from '../../db/settings-repository';
import { loadDeadlineContext } from './deadline-context';
import { CURRENT_ACTOR } from './register-request';

export type ActionProblem = 'note' | 'grounds' | 'supporting-document' | 'notice' | 'time';

export interface ActionInput {
  readonly at: Date;
  readonly note: string;
  readonly grounds: readonly string[];
  readonly files: readonly File[];
}

const REPLIES: readonly ObligationAction[] = ['provide', 'refuse', 'correct', 'destroy', 'unblock', 'stop-processing'];

export function checkAction(kind: ObligationAction, input: ActionInput, now: Date): ActionProblem | undefined {
  if (Number.isNaN(input.at.getTime()) || input.at.getTime() > now.getTime() + 60_000) return 'time';
  const requirement = REQUIRES[kind];
  if (requirement === 'grounds' && input.grounds.length === 0) return 'grounds';
  if (requirement === 'supporting-document' && input.files.length === 0 && input.note.trim().length < 3) return 'supporting-document';
  if (requirement === 'notice' && input.note.trim().length < 10) return 'notice';
  return undefined;
}

export async function performAction(
  caseRecord: CaseRecord,
  obligation: ObligationRecord,
  kind: ObligationAction,
  input: ActionInput,
  settings: Settings,
  now: Date = new Date(),
): Promise<ActionProblem | undefined> {
  const problem = checkAction(kind, input, now);
  if (problem) return problem;
  const db = database();
  const all = await db.obligations.where('caseId').equals(caseRecord.id).toArray();
  const at = input.at.toISOString();
  const plan = planAction(kind, obligation, all, at);
  const context = await loadDeadlineContext(db, settings);
  await recordAction(
    db,
    {
      caseId: caseRecord.id,
      obligationId: obligation.id,
      kind,
      at,
      recordedAt: now.toISOString(),
      actor: CURRENT_ACTOR,
      note: input.note.trim(),
      data: { grounds: [...input.grounds], ruleId: obligation.ruleId },
    },
    {
      completes: plan.completes,
      spawns: spawnedObligations(plan.spawns, obligation.id, context),
      extends: plan.extend ? [{ obligationId: obligation.id, dueAt: extendedDue(obligation, context) }] : [],
      reply: REPLIES.includes(kind),
    },
    input.files.map((f) => ({ name: f.name, type: f.type, blob: f })),
  );
  return undefined;
}

export async function closeCase(caseRecord: CaseRecord, outcome: CaseOutcome, note: string, now: Date = new Date()): Promise<void> {
  await recordAction(
    database(),
    { caseId: caseRecord.id, kind: 'close', at: now.toISOString(), recordedAt: now.toISOString(), actor: CURRENT_ACTOR, note: note.trim(), data: { outcome } },
    { completes: [], spawns: [], closes: { outcome } },
    [],
  );
}
