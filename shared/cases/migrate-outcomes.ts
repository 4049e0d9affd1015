/**
 * Schema version 4 (legal-reference §11, "outcomes, not parallel deadlines"), as a pure step over stored rows
 * so the database upgrade (renderer/db/schema.ts) and the backup snapshot upgrade (shared/backup/upgrade.ts)
 * do the same thing:
 * - an access request of an older release carries twin clocks (provide and refuse): the open refuse clock whose
 *   provide clock is also open is marked 'cancelled' with the outcome 'superseded' by it — kept, never deleted,
 *   so the dashboard counts the duty once;
 * - an obligation completed before outcomes were recorded gets the outcome of the action that completed it.
 */
import type { ActionKind } from './action-kinds';
import { OUTCOME_KIND_OF_ACTION } from './outcome';

type Row = Record<string, unknown>;

const TWIN_OF: Readonly<Record<string, string>> = { 'kz.access.refuse': 'kz.access.provide', 'ru.access.refuse': 'ru.access.provide' };

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The obligation rows carried to version 4 (the input rows are not changed). */
export function migrateObligationOutcomes(obligations: readonly Row[], actions: readonly Row[]): Row[] {
  const actionById = new Map(actions.map((a) => [str(a.id), a] as const));
  const openProvide = new Map<string, string>();
  for (const o of obligations) {
    const rule = str(o.ruleId);
    if (o.status === 'open' && (rule === 'kz.access.provide' || rule === 'ru.access.provide')) openProvide.set(`${str(o.caseId)}|${rule}`, str(o.id) ?? '');
  }
  return obligations.map((o) => {
    if (o.outcome !== undefined) return o;
    const twin = TWIN_OF[str(o.ruleId) ?? ''];
    const provider = twin === undefined ? undefined : openProvide.get(`${str(o.caseId)}|${twin}`);
    if (o.status === 'open' && provider !== undefined) return { ...o, status: 'cancelled', outcome: { kind: 'superseded', by: provider } };
    const actionId = str(o.completedByActionId);
    const action = actionId === undefined ? undefined : actionById.get(actionId);
    if (o.status !== 'done' || action === undefined || actionId === undefined) return o;
    const kind = OUTCOME_KIND_OF_ACTION[str(action.kind) as ActionKind] ?? 'fulfilled';
    if (kind === 'restricted') return o;
    return { ...o, outcome: { kind, actionId } };
  });
}
