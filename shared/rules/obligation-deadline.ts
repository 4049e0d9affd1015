/**
 * The deadline of one obligation for a Kazakh operator: KZ obligations on the Kazakh calendar; RF
 * obligations on both calendars, keeping the earlier (computeEarliest — legal-reference §2.2).
 */
import type { CompiledCalendar } from '../calendar/compiled-calendar';
import { type DeadlineResult, computeDeadline } from '../calendar/deadline';
import { type EarliestResult, computeEarliest } from '../calendar/earliest';
import type { MomentReading } from '../calendar/term';
import type { TriggerEvent } from '../calendar/trace-types';
import { type ResolveOptions, type ResolvedTerm, resolveTerm } from './resolve';
import type { DeadlineSettings, ObligationRule, Trigger } from './types';

/** How each trigger is worded in a trace. */
export const TRIGGER_EVENT: Readonly<Record<Trigger, TriggerEvent>> = {
  receipt: 'received',
  'documents-received': 'received',
  'extension-notice': 'received',
  'verification-confirmed': 'decided',
  'verification-not-confirmed': 'decided',
  'correction-impossible': 'decided',
  detection: 'detected',
  establishment: 'established',
  'purpose-achieved': 'occurred',
  transfer: 'occurred',
  'term-end': 'occurred',
  destruction: 'occurred',
  'relationship-ended': 'occurred',
  'violation-known': 'occurred',
};

export interface ObligationClock extends ResolveOptions {
  /** The instant of the clock's start (the trigger, the outcome or the parent's due instant). */
  readonly from: Date | string;
  readonly settings?: DeadlineSettings;
  readonly zone?: string;
  readonly closeOfBusiness?: string;
  /** How a "from the moment" working-day term ends (K8); default 'same-time' (legal-reference §11.1). */
  readonly momentReading?: MomentReading;
  /** Compiled calendars with the DPO's overrides; default: the shipped ones. */
  readonly calendars?: { readonly kz?: CompiledCalendar; readonly ru?: CompiledCalendar };
}

export interface ObligationDeadline {
  readonly rule: ObligationRule;
  readonly resolved: ResolvedTerm;
  /** For RF rules an EarliestResult (both calendars in the trace). */
  readonly deadline: DeadlineResult | EarliestResult;
}

export function deadlineForObligation(rule: ObligationRule, clock: ObligationClock): ObligationDeadline {
  const resolved = resolveTerm(rule, clock.settings, clock);
  const common = {
    from: clock.from,
    term: resolved.term,
    startRule: rule.startRule,
    event: TRIGGER_EVENT[rule.trigger],
    ...(clock.zone === undefined ? {} : { zone: clock.zone }),
    ...(clock.closeOfBusiness === undefined ? {} : { closeOfBusiness: clock.closeOfBusiness }),
    ...(clock.momentReading === undefined ? {} : { momentReading: clock.momentReading }),
  };
  const kz = clock.calendars?.kz ?? 'kz';
  const ru = clock.calendars?.ru ?? 'ru';
  const deadline =
    rule.jurisdiction === 'kz' ? computeDeadline({ ...common, calendar: kz, law: 'kz' }) : computeEarliest({ ...common, calendars: [kz, ru], law: 'ru' });
  return { rule, resolved, deadline };
}
