/**
 * The notification clocks of an incident, on the same engine as a request's obligations (shared/rules):
 * the KZ notice to the authorized body — 1 working day from the moment of detection (K8, §11.1: same
 * wall-clock time on the next working day by default, or the Art. 173 reading the DPO chose); for data of
 * RF citizens the first notice to Roskomnadzor within 24 hours and the investigation results within 72 hours
 * of establishing the fact (R10), exact clock hours. Terms come from the rule packs and the DPO's settings.
 */
import type { DeadlineContext } from '../cases/deadlines';
import type { DeadlineResult } from '../calendar/deadline';
import type { EarliestResult } from '../calendar/earliest';
import { deadlineForObligation, ruleById } from '../rules';
import type { IncidentObligationRecord, IncidentRuleId } from './model';

export interface PlannedIncidentObligation {
  readonly ruleId: IncidentRuleId;
  readonly triggerAt: string;
  readonly dueAt: string;
  readonly urgentFromStart: boolean;
}

/** The clocks an incident runs: K8 always (a Kazakh operator), R10 when RF citizens are concerned. */
export const incidentRuleIds = (rfConcerned: boolean): readonly IncidentRuleId[] =>
  rfConcerned ? ['kz.breach.notify-authority', 'ru.breach.notify-24h', 'ru.breach.notify-72h'] : ['kz.breach.notify-authority'];

/** The engine's result for one clock (with its trace). */
export function incidentDeadline(ruleId: IncidentRuleId, detectedAt: string, context: DeadlineContext): DeadlineResult | EarliestResult {
  const rule = ruleById(ruleId);
  if (!rule) throw new Error(`unknown obligation rule ${ruleId}`);
  return deadlineForObligation(rule, {
    from: detectedAt,
    settings: context.settings,
    zone: context.zone,
    closeOfBusiness: context.closeOfBusiness,
    ...(context.momentReading === undefined ? {} : { momentReading: context.momentReading }),
    calendars: context.calendars,
  }).deadline;
}

export function planIncidentObligation(ruleId: IncidentRuleId, detectedAt: string, context: DeadlineContext): PlannedIncidentObligation {
  const result = incidentDeadline(ruleId, detectedAt, context);
  return { ruleId, triggerAt: new Date(detectedAt).toISOString(), dueAt: result.due, urgentFromStart: result.urgentFromStart };
}

/** The clocks a newly registered incident starts, all from the moment of detection. */
export function incidentObligations(
  incident: { readonly detectedAt: string; readonly rfConcerned: boolean },
  context: DeadlineContext,
): PlannedIncidentObligation[] {
  return incidentRuleIds(incident.rfConcerned).map((id) => planIncidentObligation(id, incident.detectedAt, context));
}

/** The earliest due instant among open obligations, '' when none is open. */
export function nextIncidentDue(obligations: readonly Pick<IncidentObligationRecord, 'status' | 'dueAt'>[]): string {
  return (
    obligations
      .filter((o) => o.status === 'open')
      .map((o) => o.dueAt)
      .sort()[0] ?? ''
  );
}
