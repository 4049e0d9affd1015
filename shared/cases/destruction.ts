/**
 * Which recorded actions destroy data: a destruction, and a partial outcome ("partly") of a duty a destruction
 * fulfils — part destroyed, part kept with grounds (legal-reference §11.1: "partly: what was destroyed, what is
 * kept and until when"). The part destroyed needs its confirmation and its act like any destruction.
 */
import type { RuleId } from '../rules/rule-id';
import type { ActionKind } from './action-kinds';
import type { ActionRecord } from './model';
import { FULFILS } from './workflow';

/** Whether an action of `kind` on an obligation of `ruleId` destroys (the whole or a part of) the data. */
export const destroysData = (kind: ActionKind, ruleId: RuleId | undefined): boolean =>
  kind === 'destroy' || (kind === 'partly' && ruleId !== undefined && FULFILS.destroy.includes(ruleId));

/** Whether a recorded action destroyed data (a destruction, or a partial one). */
export const isDestructionRecord = (action: ActionRecord): boolean =>
  action.kind !== 'close' && action.kind !== 'annotate' && destroysData(action.kind, action.data.ruleId);
