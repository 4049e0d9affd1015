/** Rule packs: what a request or event obliges the operator to do, by when, and on what authority. */
import type { Localized } from '../calendar/types';
import type { StartRule, Term } from '../calendar/term';
import type { RuleId } from './rule-id';

export const JURISDICTIONS = ['kz', 'ru'] as const;
/** 'kz' — KZ Law 94-V; 'ru' — RF Federal Law 152-FZ. */
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/**
 * How firmly a rule is known (legal-reference.md, "Status tags"): P primary text read; P-old primary
 * text, possibly an older version; S secondary sources only; K known wording not re-read; I inference.
 */
export const STATUS_TAGS = ['P', 'P-old', 'S', 'K', 'I'] as const;
export type StatusTag = (typeof STATUS_TAGS)[number];

/** Tags whose values the DPO may change (kept as settings with their source, never hard-coded). */
export const EDITABLE_TAGS: readonly StatusTag[] = ['S', 'K', 'I'];

/** Row ids of legal-reference.md §1.1 (K…) and §1.2 (R…) that carry a numeric term. */
export const LEGAL_ROW_IDS = [
  'K1a',
  'K2',
  'K4',
  'K5',
  'K6',
  'K7',
  'K8',
  'K8a',
  'K9',
  'K10',
  'K11',
  'K12',
  'K13',
  'K14',
  'K15',
  'K16',
  'K17',
  'R1',
  'R2',
  'R3',
  'R4',
  'R4a',
  'R5',
  'R6',
  'R7',
  'R8',
  'R9',
  'R10',
  'R11',
  'R12',
  'R13',
  'R14',
  'R16',
] as const;
export type LegalRowId = (typeof LEGAL_ROW_IDS)[number];

/** The event that starts an obligation's clock. */
export const TRIGGERS = [
  'receipt',
  'documents-received',
  'verification-confirmed',
  'verification-not-confirmed',
  'correction-impossible',
  'detection',
  'establishment',
  'purpose-achieved',
  'extension-notice',
  'transfer',
  'term-end',
  'destruction',
  'relationship-ended',
  'violation-known',
] as const;
export type Trigger = (typeof TRIGGERS)[number];

/** An outcome recorded on an obligation that may spawn further obligations. */
export const OUTCOMES = [
  'verification-confirmed',
  'verification-not-confirmed',
  'correction-impossible',
  'extension-notice',
  'destruction-impossible',
  'destroyed',
  'unlawful-confirmed',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * 'deadline' — an act due by a date; 'retention' — a minimum keeping period; 'waiting-period' — the
 * earliest date something may happen; 'limitation' — a limitation period (informational).
 */
export const OBLIGATION_NATURES = ['deadline', 'retention', 'waiting-period', 'limitation'] as const;
export type ObligationNature = (typeof OBLIGATION_NATURES)[number];

/** Optional lengthening of a term, allowed only when its condition is recorded. */
export interface TermExtension {
  readonly term: Term;
  /** The recorded event required (e.g. a reasoned notice of extension sent to the subject). */
  readonly requires: 'extension-notice';
  /** What the DPO sees: the act, the pinpoint and the condition, in the three languages. */
  readonly citation: Localized;
  /** What the research behind the extension read (not shown). */
  readonly provenance: string;
  /** Settings key of the extension length. */
  readonly settingKey: string;
}

/** `Id`: the rule's id as a literal type (the packs keep it; see rule-id.ts). */
export interface ObligationRule<Id extends string = string> {
  /** Stable id, e.g. 'kz.access.provide'. */
  readonly id: Id;
  readonly jurisdiction: Jurisdiction;
  readonly row: LegalRowId;
  readonly title: Localized;
  readonly nature: ObligationNature;
  readonly trigger: Trigger;
  /** Default term (the pack's value). */
  readonly term: Term;
  readonly startRule: StartRule;
  /** What the DPO sees: the act and the pinpoint in the three languages (shared/rules/citation-texts.ts). */
  readonly citation: Localized;
  /**
   * What the research behind the rule read, for developers and lawyers checking it (text versions, press,
   * inferences, legal-reference.md rows): never shown in the interface. e.g. 'Law 94-V Art. 25 p.2 sub.8 ind.2'.
   */
  readonly provenance: string;
  readonly tag: StatusTag;
  /** True for S, K and I rules: the term is a setting the DPO may change. */
  readonly editable: boolean;
  /** Stable key of the term in the settings map. */
  readonly settingKey: string;
  readonly extension?: TermExtension;
  readonly note?: Localized;
}

/** Which clock a spawned obligation runs on. */
export const SPAWN_CLOCKS = ['outcome', 'parent-trigger', 'parent-due', 'own-trigger'] as const;
/**
 * 'outcome' — from the instant the outcome is recorded; 'parent-trigger' — from the parent's trigger
 * (the same clock); 'parent-due' — from the end of the parent's term; 'own-trigger' — from the spawned
 * rule's own trigger event, which the DPO records.
 */
export type SpawnClock = (typeof SPAWN_CLOCKS)[number];

export interface SpawnRule {
  readonly from: RuleId;
  readonly outcome: Outcome;
  readonly spawns: RuleId;
  readonly clock: SpawnClock;
  /** The spawned obligation is the parent with its extended term (RF +5 WD). */
  readonly extended?: boolean;
  readonly citation: string;
}

/** A settings map: term counts by settings key (only editable rules read it). */
export type DeadlineSettings = Readonly<Record<string, number | undefined>>;
