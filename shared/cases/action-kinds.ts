/** What the DPO can record on a case: one kind per step of the workflow (shared/cases/workflow.ts). */

export const ACTION_KINDS = [
  'block',
  'verify-confirmed',
  'verify-not-confirmed',
  'verify-unlawful',
  'correct',
  'correction-impossible',
  'destroy',
  'destruction-impossible',
  'unblock',
  'provide',
  'refuse',
  'restrict',
  'partly',
  'stop-processing',
  'notify',
  'extend',
  'close',
  'annotate',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** Kinds recorded on the case itself rather than on one of its obligations. */
export const CASE_ACTION_KINDS = ['close', 'annotate'] as const;
export type CaseActionKind = (typeof CASE_ACTION_KINDS)[number];

/** Actions taken on one obligation (all but close and annotate). */
export type ObligationAction = Exclude<ActionKind, CaseActionKind>;

export const isObligationAction = (kind: ActionKind): kind is ObligationAction => kind !== 'close' && kind !== 'annotate';

export const OBLIGATION_ACTIONS: readonly ObligationAction[] = ACTION_KINDS.filter(isObligationAction);
