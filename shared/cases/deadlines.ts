/**
 * Deadlines of a case's obligations: computed from the rule packs on the working-day calendars (with
 * the DPO's overrides and term settings), stored as instants for indexing, recomputed when a calendar
 * or a setting changes, and explained by the engine's trace.
 */
import type { CompiledCalendar } from '../calendar/compiled-calendar';
import type { DeadlineResult } from '../calendar/deadline';
import { CalendarRangeError } from '../calendar/compiled-calendar';
import type { DeadlineWarning } from '../calendar/trace-types';
import type { MomentReading } from '../calendar/term';
import { formatTrace, formatWarning } from '../calendar/trace-format';
import type { Locale } from '../locale';
import { deadlineForObligation, obligationsFor, ruleById, type DeadlineSettings, type Jurisdiction, type RuleId } from '../rules';
import type { RequestType } from '../rules/request-types';
import type { ObligationRecord } from './model';
import type { SpawnPlan } from './workflow';

export interface DeadlineContext {
  readonly settings: DeadlineSettings;
  /** The organisation's zone (deadlines are counted in it). */
  readonly zone: string;
  readonly closeOfBusiness: string;
  /** The DPO's reading of "from the moment" working-day terms (K8); default 'same-time'. */
  readonly momentReading?: MomentReading;
  readonly calendars: { readonly kz: CompiledCalendar; readonly ru: CompiledCalendar };
}

export interface PlannedObligation {
  readonly ruleId: RuleId;
  readonly parentId?: string | undefined;
  readonly triggerAt: string;
  readonly dueAt: string;
  readonly urgentFromStart: boolean;
  /** The case's own term (K14: set by the authorized body), overriding the rule's default. */
  readonly termCount?: number | undefined;
}

/** Rules whose term the case sets (K14: the authorized body sets it in its request) — [I] rules only. */
export const CASE_TERM_RULES: readonly RuleId[] = ['kz.authority-request.answer'];

/** The most working days a case's own term may have. */
export const MAX_CASE_TERM = 90;

function compute(ruleId: RuleId, from: string, extended: boolean, context: DeadlineContext, termCount?: number): DeadlineResult {
  const rule = ruleById(ruleId);
  if (!rule) throw new Error(`unknown obligation rule ${ruleId}`);
  const own = termCount !== undefined && CASE_TERM_RULES.includes(ruleId);
  return deadlineForObligation(rule, {
    from,
    extended,
    settings: own ? { ...context.settings, [rule.settingKey]: termCount } : context.settings,
    zone: context.zone,
    closeOfBusiness: context.closeOfBusiness,
    ...(context.momentReading === undefined ? {} : { momentReading: context.momentReading }),
    calendars: context.calendars,
  }).deadline;
}

const plan = (ruleId: RuleId, from: string, context: DeadlineContext, parentId?: string, termCount?: number): PlannedObligation => {
  const own = termCount !== undefined && CASE_TERM_RULES.includes(ruleId) ? termCount : undefined;
  const result = compute(ruleId, from, false, context, own);
  return {
    ruleId,
    parentId,
    triggerAt: new Date(from).toISOString(),
    dueAt: result.due,
    urgentFromStart: result.urgentFromStart,
    ...(own === undefined ? {} : { termCount: own }),
  };
};

/**
 * The obligations a new request creates at once: the KZ pack always (a Kazakh operator), the RF pack
 * too when the subject is a Russian citizen. Only obligations with a deadline are tracked; retention
 * and limitation periods are informational.
 */
export function intakeObligations(
  request: {
    readonly receivedAt: string;
    readonly requestTypes: readonly RequestType[];
    readonly rfSubject: boolean;
    /** K14: the working days the authorized body set in its request. */
    readonly bodyTermDays?: number | undefined;
  },
  context: DeadlineContext,
): PlannedObligation[] {
  const jurisdictions: Jurisdiction[] = request.rfSubject ? ['kz', 'ru'] : ['kz'];
  const seen = new Set<RuleId>();
  const out: PlannedObligation[] = [];
  for (const type of request.requestTypes) {
    for (const jurisdiction of jurisdictions) {
      for (const { rule } of obligationsFor(jurisdiction, type, context.settings)) {
        if (rule.nature !== 'deadline' || seen.has(rule.id)) continue;
        seen.add(rule.id);
        out.push(plan(rule.id, request.receivedAt, context, undefined, request.bodyTermDays));
      }
    }
  }
  return out;
}

export function spawnedObligations(spawns: readonly SpawnPlan[], parentId: string, context: DeadlineContext): PlannedObligation[] {
  return spawns.map((s) => plan(s.ruleId, s.from, context, parentId));
}

/** The due instant of an obligation under the current calendars and settings. */
export function currentDue(obligation: Pick<ObligationRecord, 'ruleId' | 'triggerAt' | 'extended' | 'termCount'>, context: DeadlineContext): string {
  return compute(obligation.ruleId, obligation.triggerAt, obligation.extended, context, obligation.termCount).due;
}

/** The extended due instant (RF +5 working days from the same start). */
export function extendedDue(obligation: Pick<ObligationRecord, 'ruleId' | 'triggerAt' | 'termCount'>, context: DeadlineContext): string {
  return compute(obligation.ruleId, obligation.triggerAt, true, context, obligation.termCount).due;
}

/**
 * The years of an estimated calendar (transfer acts not yet published, or no data at all) that the counting
 * of an obligation's due date went through: the due date may move when the calendar is published. None for
 * hour terms, which no calendar moves. A term that cannot be counted (past the calendars' range) has none.
 */
export function estimatedYearsOf(
  obligation: Pick<ObligationRecord, 'ruleId' | 'triggerAt' | 'extended' | 'termCount'>,
  context: DeadlineContext,
): readonly DeadlineWarning[] {
  try {
    return compute(obligation.ruleId, obligation.triggerAt, obligation.extended, context, obligation.termCount).warnings;
  } catch (error) {
    if (error instanceof CalendarRangeError) return [];
    throw error;
  }
}

/** How the due instant was computed, in the interface language (warnings for estimated years first). */
export function explainObligation(
  obligation: Pick<ObligationRecord, 'ruleId' | 'triggerAt' | 'extended' | 'termCount'>,
  context: DeadlineContext,
  locale: Locale,
): string[] {
  const result = compute(obligation.ruleId, obligation.triggerAt, obligation.extended, context, obligation.termCount);
  return [...result.warnings.map((w) => formatWarning(w, locale)), ...formatTrace(result.trace, locale)];
}
