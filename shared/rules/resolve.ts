/** Pure look-ups over the rule packs: obligations of a request, chained obligations, effective terms. */
import { MAX_TERM_COUNT, type Term } from '../calendar/term';
import type { Localized } from '../calendar/types';
import { KZ_RULES } from './kz-pack';
import { REQUEST_TYPE_DEFINITIONS, type RequestType } from './request-types';
import { RU_RULES } from './ru-pack';
import type { RuleId } from './rule-id';
import { SPAWN_RULES } from './spawn-rules';
import type { DeadlineSettings, Jurisdiction, LegalRowId, ObligationRule, SpawnClock, StatusTag } from './types';

/** A rule of the packs: its id is a RuleId. */
export type PackRule = ObligationRule<RuleId>;

export const ALL_RULES: readonly PackRule[] = [...KZ_RULES, ...RU_RULES];

const byId = new Map<string, PackRule>(ALL_RULES.map((r) => [r.id, r]));

/** The rule with this id, or undefined (any text may be looked up: settings keys, the CLI). */
export function ruleById(id: string): PackRule | undefined {
  return byId.get(id);
}

/** Where a resolved term value came from. */
export interface TermPart {
  readonly term: Term;
  readonly source: 'pack' | 'settings';
  readonly settingKey: string;
  readonly defaultTerm: Term;
}

export interface ResolvedTerm {
  /** The effective term (base plus extension when extended). */
  readonly term: Term;
  /** 'settings' when any part came from the DPO's settings. */
  readonly source: 'pack' | 'settings';
  readonly base: TermPart;
  readonly extension?: TermPart;
  readonly citation: Localized;
  readonly tag: StatusTag;
  readonly editable: boolean;
  /** Settings keys that were present but not used (rule not editable, or value invalid). */
  readonly ignoredSettings: readonly string[];
}

export interface ResolveOptions {
  /** A reasoned extension notice has been recorded (RF +5 WD). */
  readonly extended?: boolean;
}

function part(editable: boolean, term: Term, key: string, settings: DeadlineSettings, ignored: string[]): TermPart {
  const value = settings[key];
  if (value === undefined) return { term, source: 'pack', settingKey: key, defaultTerm: term };
  const min = term.unit === 'hours' ? 0 : 1;
  const valid = Number.isInteger(value) && value >= min && value <= MAX_TERM_COUNT[term.unit];
  if (!editable || !valid) {
    ignored.push(key);
    return { term, source: 'pack', settingKey: key, defaultTerm: term };
  }
  return { term: { unit: term.unit, count: value }, source: 'settings', settingKey: key, defaultTerm: term };
}

/**
 * The term of a rule under the DPO's settings. Only S, K and I rules read the settings map (a value for
 * a P rule is ignored and reported); the default and its citation always come from the pack. With
 * `extended`, a rule that allows an extension (RF +5 WD) adds it — the extended term runs from the same
 * start, so N + 5 working days from the trigger.
 */
export function resolveTerm(rule: ObligationRule, settings: DeadlineSettings = {}, options: ResolveOptions = {}): ResolvedTerm {
  const ignored: string[] = [];
  const base = part(rule.editable, rule.term, rule.settingKey, settings, ignored);
  const useExtension = options.extended === true && rule.extension !== undefined;
  const extension = rule.extension ? part(rule.editable, rule.extension.term, rule.extension.settingKey, settings, ignored) : undefined;
  const term: Term =
    useExtension && extension && extension.term.unit === base.term.unit ? { unit: base.term.unit, count: base.term.count + extension.term.count } : base.term;
  const fromSettings = base.source === 'settings' || (useExtension && extension?.source === 'settings');
  return {
    term,
    source: fromSettings ? 'settings' : 'pack',
    base,
    ...(useExtension && extension ? { extension } : {}),
    citation: useExtension && rule.extension ? rule.extension.citation : rule.citation,
    tag: rule.tag,
    editable: rule.editable,
    ignoredSettings: ignored,
  };
}

export interface ResolvedObligation {
  readonly rule: PackRule;
  readonly resolved: ResolvedTerm;
}

/** The obligations a request type creates at once in a jurisdiction, with terms resolved under the settings. */
export function obligationsFor(jurisdiction: Jurisdiction, requestType: RequestType, settings: DeadlineSettings = {}): ResolvedObligation[] {
  const definition = REQUEST_TYPE_DEFINITIONS.find((d) => d.id === requestType);
  const ids = definition?.obligations[jurisdiction] ?? [];
  return ids.map((id) => {
    const rule = byId.get(id);
    if (!rule) throw new Error(`request type ${requestType} names an unknown obligation: ${id}`);
    return { rule, resolved: resolveTerm(rule, settings) };
  });
}

/** The request types that exist in a jurisdiction. */
export function requestTypesFor(jurisdiction: Jurisdiction): RequestType[] {
  return REQUEST_TYPE_DEFINITIONS.filter((d) => d.obligations[jurisdiction] !== undefined).map((d) => d.id);
}

export interface SpawnedObligation {
  readonly rule: PackRule;
  readonly clock: SpawnClock;
  /** True when the spawned obligation is the parent with its extension applied. */
  readonly extended: boolean;
  /** The provision the spawn rests on, as the research noted it (not shown). */
  readonly citation: string;
}

/** The obligations an outcome recorded on an obligation starts (empty when it starts none). */
export function spawnedBy(obligationId: string, outcome: string): SpawnedObligation[] {
  return SPAWN_RULES.filter((s) => s.from === obligationId && s.outcome === outcome).map((s) => {
    const rule = byId.get(s.spawns);
    if (!rule) throw new Error(`spawn rule names an unknown obligation: ${s.spawns}`);
    return { rule, clock: s.clock, extended: s.extended === true, citation: s.citation };
  });
}

export interface SettingDefinition {
  readonly key: string;
  readonly ruleId: RuleId;
  readonly row: LegalRowId;
  readonly title: Localized;
  readonly part: 'term' | 'extension';
  readonly defaultTerm: Term;
  readonly citation: Localized;
  readonly tag: StatusTag;
  /** The rule's note for the DPO (why the default is what it is), when it has one. */
  readonly note?: Localized;
}

/** Every editable setting (S, K, I rules), with its default and source, for the Settings screen. */
export function settingDefinitions(jurisdiction?: Jurisdiction): SettingDefinition[] {
  const out: SettingDefinition[] = [];
  for (const r of ALL_RULES) {
    if (!r.editable || (jurisdiction && r.jurisdiction !== jurisdiction)) continue;
    out.push({
      key: r.settingKey,
      ruleId: r.id,
      row: r.row,
      title: r.title,
      part: 'term',
      defaultTerm: r.term,
      citation: r.citation,
      tag: r.tag,
      ...(r.note ? { note: r.note } : {}),
    });
    if (r.extension) {
      out.push({
        key: r.extension.settingKey,
        ruleId: r.id,
        row: r.row,
        title: r.title,
        part: 'extension',
        defaultTerm: r.extension.term,
        citation: r.extension.citation,
        tag: r.tag,
      });
    }
  }
  return out;
}
