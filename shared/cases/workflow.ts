/**
 * The per-case state machine: which actions are allowed on which obligation now, and what each does
 * — which obligations it fulfils, which outcome it records (spawning chained obligations through the
 * rule packs: blocking → verification → destroy or unblock, each on its own one-working-day clock),
 * and which terms it extends (RF +5 working days, only with a recorded reasoned notice).
 */
import { ruleById, spawnedBy, type Outcome, type RuleId, type SpawnClock } from '../rules';
import type { ActionKind, ObligationAction } from './action-kinds';
import { DUTY_OF } from './duties';
import type { ObligationRecord } from './model';

export { ACTION_KINDS, type ActionKind, type ObligationAction } from './action-kinds';

/** The obligations each action fulfils, by rule id. */
/** The duties a reasoned answer can end: refused with grounds, or done in part and refused in part. */
const REASONED_ANSWERS: readonly RuleId[] = [
  'kz.access.provide',
  'ru.access.provide',
  'kz.access.refuse',
  'ru.access.refuse',
  'kz.destruction.demand',
  'ru.destruction.destroy',
  'kz.correction.change',
  'kz.public-source.exclude',
  'kz.consent-withdrawal.stop',
  'ru.consent-withdrawal.stop',
  'ru.stop-processing.stop',
  'kz.objection-automated.answer',
];

export const FULFILS: Readonly<Record<ObligationAction, readonly RuleId[]>> = {
  block: ['kz.block', 'ru.block'],
  // A destruction demand whose violation is confirmed is answered by the destroy duty it starts (K6).
  'verify-confirmed': ['kz.destruction.demand'],
  'verify-not-confirmed': [],
  correct: ['kz.correction.change', 'ru.correction.change', 'ru.inaccuracy.clarify-unblock'],
  'correction-impossible': ['kz.correction.change'],
  destroy: [
    'kz.destruction.demand',
    'kz.purpose-achieved.destroy',
    'kz.destroy',
    'kz.consent-withdrawal.stop',
    'ru.consent-withdrawal.stop',
    'kz.correction.destroy',
    'ru.destruction.destroy',
    'ru.unlawful.destroy',
    'ru.purpose-achieved.destroy',
    'ru.destruction-impossible.destroy',
  ],
  unblock: ['kz.unblock', 'ru.inaccuracy.clarify-unblock'],
  provide: [
    'kz.access.provide',
    'ru.access.provide',
    'kz.authority-request.answer',
    'kz.consent-proof.provide',
    'kz.objection-automated.answer',
    'ru.authority-request.answer',
    'kz.third-party-transfer.notify',
  ],
  refuse: REASONED_ANSWERS,
  // Done in part, refused in part with grounds: the same duties a refusal can answer.
  partly: REASONED_ANSWERS,
  // Digital Code Art. 41 p.3: a mandatory storage term → access restricted and processing suspended instead.
  restrict: ['kz.destruction.demand', 'kz.purpose-achieved.destroy'],
  // R14: destruction impossible within the term → the data are blocked and destroyed within six months of its end.
  'destruction-impossible': ['ru.unlawful.destroy', 'ru.purpose-achieved.destroy', 'ru.consent-withdrawal.stop', 'ru.stop-processing.stop'],
  'verify-unlawful': [],
  'stop-processing': ['kz.consent-withdrawal.stop', 'ru.consent-withdrawal.stop', 'ru.stop-processing.stop', 'ru.unlawful.stop', 'kz.public-source.exclude'],
  notify: ['kz.breach.notify-authority', 'kz.breach.notice-content', 'ru.breach.notify-24h', 'ru.breach.notify-72h'],
  extend: [],
};

/** Outcomes recorded by actions (spawning chained obligations). */
const OUTCOME_OF: Partial<Readonly<Record<ObligationAction, Outcome>>> = {
  'verify-confirmed': 'verification-confirmed',
  'verify-not-confirmed': 'verification-not-confirmed',
  'correction-impossible': 'correction-impossible',
  'destruction-impossible': 'destruction-impossible',
  'verify-unlawful': 'unlawful-confirmed',
  destroy: 'destroyed',
};

/** What an action must carry before it is accepted. */
export type ActionRequirement = 'supporting-document' | 'grounds' | 'notice' | 'grounds-and-until' | 'what-was-done';
export const REQUIRES: Partial<Readonly<Record<ActionKind, ActionRequirement>>> = {
  // The confirmation letter states what was done (shared/documents/case-documents.ts CONFIRMATION_OF).
  block: 'what-was-done',
  unblock: 'what-was-done',
  destroy: 'what-was-done',
  correct: 'supporting-document',
  refuse: 'grounds',
  partly: 'grounds',
  restrict: 'grounds-and-until',
  extend: 'notice',
};

const BLOCK_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['kz.block', 'ru.block']);

/** Actions the DPO may take on an obligation now. */
export function allowedActions(obligation: ObligationRecord, all: readonly ObligationRecord[]): ObligationAction[] {
  const actions: ObligationAction[] = [];
  if (obligation.status === 'open') {
    for (const [action, rules] of Object.entries(FULFILS) as [ObligationAction, readonly RuleId[]][]) {
      if (rules.includes(obligation.ruleId)) actions.push(action);
    }
    const rule = ruleById(obligation.ruleId);
    if (rule?.extension && !obligation.extended) actions.push('extend');
  }
  // Verification follows a carried-out block, once.
  if (BLOCK_RULES.has(obligation.ruleId) && obligation.status === 'done' && !all.some((o) => o.parentId === obligation.id)) {
    const outcomes = ['verification-confirmed', 'verification-not-confirmed'] as const;
    if (spawnedBy(obligation.ruleId, outcomes[0]).length > 0) actions.push('verify-confirmed');
    if (spawnedBy(obligation.ruleId, outcomes[1]).length > 0) actions.push('verify-not-confirmed');
    if (obligation.ruleId === 'ru.block') actions.push('verify-not-confirmed');
    // Unlawful processing found while blocked starts R8/R9 — unless the request already started them.
    if (obligation.ruleId === 'ru.block' && !all.some((o) => o.ruleId === 'ru.unlawful.stop')) actions.push('verify-unlawful');
  }
  return [...new Set(actions)];
}

export interface SpawnPlan {
  readonly ruleId: RuleId;
  readonly clock: SpawnClock;
  /** The instant the spawned clock starts from. */
  readonly from: string;
}

export interface ActionPlan {
  readonly completes: string[];
  readonly spawns: SpawnPlan[];
  readonly extend: boolean;
}

/**
 * What an action on an obligation does. `at` is when it was done (the instant an outcome's clock
 * starts from). Spawned obligations of a non-deadline nature (retention) are informational and left out.
 */
export function planAction(action: ObligationAction, obligation: ObligationRecord, all: readonly ObligationRecord[], at: string): ActionPlan {
  if (!allowedActions(obligation, all).includes(action)) throw new WorkflowError(action, obligation.ruleId);
  if (action === 'extend') {
    // An extension is recorded only before the original deadline (legal-reference §11.2).
    if (at > obligation.dueAt) throw new WorkflowError(action, obligation.ruleId, 'late');
    return { completes: [], spawns: [], extend: true };
  }
  const completes = new Set<string>();
  if (FULFILS[action].includes(obligation.ruleId)) completes.add(obligation.id);
  // One act answers every open obligation of the same duty the action fulfils (KZ and RF clocks, old twins).
  if (completes.has(obligation.id)) {
    const duty = DUTY_OF[obligation.ruleId];
    for (const other of all) {
      if (other.status === 'open' && DUTY_OF[other.ruleId] === duty && FULFILS[action].includes(other.ruleId)) completes.add(other.id);
    }
  }
  const outcome = OUTCOME_OF[action];
  const spawns: SpawnPlan[] = outcome
    ? spawnedBy(obligation.ruleId, outcome)
        .filter((s) => s.rule.nature === 'deadline' && !s.extended)
        .map((s) => ({
          ruleId: s.rule.id,
          clock: s.clock,
          from: s.clock === 'parent-trigger' ? obligation.triggerAt : s.clock === 'parent-due' ? obligation.dueAt : at,
        }))
    : [];
  return { completes: [...completes], spawns, extend: false };
}

export class WorkflowError extends Error {
  constructor(
    readonly action: ActionKind,
    readonly ruleId: RuleId,
    /** 'late': an extension after the original deadline. */
    readonly reason: 'not-allowed' | 'late' = 'not-allowed',
  ) {
    super(reason === 'late' ? `the term of ${ruleId} has already run out: it can no longer be extended` : `action ${action} is not allowed on ${ruleId} now`);
    this.name = 'WorkflowError';
  }
}
