/**
 * What each kind of action stores in its `data` member. The stored shapes are those the app has always
 * written — `{ grounds, ruleId }` for an action on an obligation, `{ outcome }` for closing — so existing
 * databases and backups read as they are. A kind whose data changes gets its own entry here (a partial
 * answer naming what was and was not done, a restriction instead of deletion with its end date): new
 * members are optional, as rows written before them lack them.
 */
import type { RuleId } from '../rules/rule-id';
import type { CaseOutcome } from './model';

/** Recorded with every action on an obligation. */
export interface ObligationActionData {
  /** Ids of the grounds (grounds library) a refusal gives; empty for the other actions. */
  readonly grounds: readonly string[];
  /** The rule of the obligation the action was recorded on: which duty it answers (the letter's basis). */
  readonly ruleId: RuleId;
  /** 'restrict': YYYY-MM-DD, the date the retention ends and the data will be destroyed (Digital Code Art. 41 p.3). */
  readonly until?: string | undefined;
  /** 'destroy': the ground the destruction was made on (a DestructionReason: its Art. 18 sub-point is printed). */
  readonly basis?: string | undefined;
}

/** Recorded when the case is closed. */
export interface CloseActionData {
  readonly outcome: CaseOutcome;
  /** Statutory obligations left open by the DPO's decision, each with the reason typed (absent on older rows). */
  readonly waived?: readonly Waiver[] | undefined;
}

export interface Waiver {
  readonly obligationId: string;
  readonly ruleId: RuleId;
  readonly reason: string;
}

/** An action that carries nothing besides its note. */
export type NoActionData = Readonly<Record<string, never>>;

export interface ActionDataByKind {
  readonly block: ObligationActionData;
  readonly 'verify-confirmed': ObligationActionData;
  readonly 'verify-not-confirmed': ObligationActionData;
  readonly 'verify-unlawful': ObligationActionData;
  readonly 'destruction-impossible': ObligationActionData;
  readonly correct: ObligationActionData;
  readonly 'correction-impossible': ObligationActionData;
  readonly destroy: ObligationActionData;
  readonly unblock: ObligationActionData;
  readonly provide: ObligationActionData;
  readonly refuse: ObligationActionData;
  readonly restrict: ObligationActionData;
  readonly partly: ObligationActionData;
  readonly 'stop-processing': ObligationActionData;
  readonly notify: ObligationActionData;
  readonly extend: ObligationActionData;
  readonly close: CloseActionData;
  readonly annotate: NoActionData;
}
