/**
 * How a statutory duty ended (legal-reference §11): one obligation per duty, and its outcome is recorded on
 * it — fulfilled, refused with grounds, restricted instead of deleted (Digital Code Art. 41 p.3), impossible
 * (the follow-up duty starts), followed up by the next duty (a confirmed violation → destroy), or superseded
 * (a twin clock of an older release, answered by its sibling). Obligations written before outcomes were
 * recorded lack the member; `outcomeOf` reads them from the action that completed them.
 */
import type { ActionKind } from './action-kinds';

export const OUTCOME_KINDS = ['fulfilled', 'partly', 'refused', 'restricted', 'impossible', 'followed-up', 'superseded', 'waived', 'not-applicable'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export type ObligationOutcome =
  | { readonly kind: 'fulfilled'; readonly actionId: string }
  /** Done in part, refused in part with grounds (the letter lists both). */
  | { readonly kind: 'partly'; readonly actionId: string }
  | { readonly kind: 'refused'; readonly actionId: string }
  /** `until`: YYYY-MM-DD, the date the retention ends and the data will be destroyed. */
  | { readonly kind: 'restricted'; readonly actionId: string; readonly until: string }
  | { readonly kind: 'impossible'; readonly actionId: string }
  | { readonly kind: 'followed-up'; readonly actionId: string }
  /** `by`: the obligation of the same duty that answers this one. */
  | { readonly kind: 'superseded'; readonly by: string }
  /** Left open when the case was closed, by the DPO's decision with the reason typed (`at`: when). */
  | { readonly kind: 'waived'; readonly reason: string; readonly at: string }
  /** No longer applies: the request types were corrected, or the case was withdrawn as registered by mistake. */
  | { readonly kind: 'not-applicable'; readonly reason: string; readonly at: string };

/** The outcome an action records on the obligations it completes. */
export const OUTCOME_KIND_OF_ACTION: Readonly<Partial<Record<ActionKind, Exclude<OutcomeKind, 'superseded' | 'waived' | 'not-applicable'>>>> = {
  refuse: 'refused',
  partly: 'partly',
  restrict: 'restricted',
  'correction-impossible': 'impossible',
  'destruction-impossible': 'impossible',
  'verify-confirmed': 'followed-up',
};

/** The outcome record an action writes (fulfilled unless the action says otherwise). */
export function outcomeRecord(kind: ActionKind, actionId: string, until?: string): ObligationOutcome {
  const outcome = OUTCOME_KIND_OF_ACTION[kind] ?? 'fulfilled';
  if (outcome === 'restricted') return { kind: 'restricted', actionId, until: until ?? '' };
  return { kind: outcome, actionId };
}
