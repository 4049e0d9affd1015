/**
 * Time runs forward in a case file: a request is not received before the Law it is made under came into
 * force nor after the moment it is saved, and an action is not done before what it follows — the receipt
 * of the request, the start of its obligation's term, or the recorded step it comes after (verification
 * after the blocking, destruction after the confirmed violation …). Backdating within these bounds stays
 * possible: paper work is often recorded later, and the record keeps both times (done / entered).
 */
import type { ActionKind, ObligationAction } from './action-kinds';
import type { ActionRecord, ObligationRecord } from './model';

/**
 * Law 94-V of 21.05.2013 comes into force six months after its first official publication (Art. 31 p.1):
 * 25.11.2013. A request under it cannot have been received before 00:00 that day in Almaty (then UTC+6).
 */
export const LAW_IN_FORCE_DAY = '2013-11-25';
export const LAW_IN_FORCE_AT = '2013-11-24T18:00:00.000Z';

/** A clock may run up to a minute ahead of another: "in the future" means later than that. */
export const CLOCK_TOLERANCE_MS = 60_000;

export type ReceivedAtProblem = 'format' | 'future' | 'too-old';

/** The receipt instant of a request, checked at the moment of saving (`now`). */
export function checkReceivedAt(receivedAt: Date | undefined, now: Date): ReceivedAtProblem | undefined {
  if (receivedAt === undefined || Number.isNaN(receivedAt.getTime())) return 'format';
  if (receivedAt.getTime() > now.getTime() + CLOCK_TOLERANCE_MS) return 'future';
  if (receivedAt.toISOString() < LAW_IN_FORCE_AT) return 'too-old';
  return undefined;
}

/** What an action's instant may not precede, and when that was. */
export type TimeBound =
  | { readonly kind: 'receipt'; readonly at: string }
  | { readonly kind: 'trigger'; readonly at: string }
  /** A recorded step this one follows (`step`: its kind). */
  | { readonly kind: 'step'; readonly at: string; readonly step: ActionKind };

export interface BoundInput {
  readonly receivedAt: string;
  readonly obligation: Pick<ObligationRecord, 'id' | 'parentId' | 'triggerAt' | 'completedAt' | 'completedByActionId'>;
  readonly kind: ObligationAction;
  readonly actions: readonly Pick<ActionRecord, 'id' | 'obligationId' | 'at' | 'kind'>[];
  /** The action being corrected: it does not bound itself. */
  readonly except?: string | undefined;
}

const VERIFICATIONS: ReadonlySet<ObligationAction> = new Set<ObligationAction>(['verify-confirmed', 'verify-not-confirmed', 'verify-unlawful']);

/** The latest instant an action of `kind` on the obligation may not precede. */
export function actionLowerBound(input: BoundInput): TimeBound {
  const { obligation } = input;
  const candidates: TimeBound[] = [{ kind: 'receipt', at: input.receivedAt }];
  const actions = input.actions.filter((a) => a.id !== input.except);
  if (obligation.parentId === undefined) {
    candidates.push({ kind: 'trigger', at: obligation.triggerAt });
  } else {
    // A chained obligation follows the steps recorded on its parent (the blocking, the verification that started it).
    for (const a of actions) if (a.obligationId === obligation.parentId) candidates.push({ kind: 'step', at: a.at, step: a.kind });
  }
  if (VERIFICATIONS.has(input.kind)) {
    // A verification follows the blocking it verifies (the action that completed the obligation).
    for (const a of actions)
      if (a.obligationId === obligation.id && a.id === obligation.completedByActionId) candidates.push({ kind: 'step', at: a.at, step: a.kind });
  }
  return candidates.reduce((latest, c) => (Date.parse(c.at) > Date.parse(latest.at) ? c : latest));
}

/** The bound `at` precedes, if any. */
export function precedes(at: string, bound: TimeBound): TimeBound | undefined {
  return Date.parse(at) < Date.parse(bound.at) ? bound : undefined;
}
