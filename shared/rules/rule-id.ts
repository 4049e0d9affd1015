/**
 * The id of every obligation rule of the packs, as one union derived from the packs themselves: a rule
 * added to a pack is a RuleId at once, and a stored or written id that no pack has does not compile.
 */
import { KZ_RULES } from './kz-pack';
import { RU_RULES } from './ru-pack';

export type RuleId = (typeof KZ_RULES)[number]['id'] | (typeof RU_RULES)[number]['id'];

/** Every rule id, KZ pack first (for validation: backup files, settings). */
export const RULE_IDS: readonly RuleId[] = [...KZ_RULES, ...RU_RULES].map((rule) => rule.id);

const KNOWN: ReadonlySet<string> = new Set<string>(RULE_IDS);

export const isRuleId = (value: unknown): value is RuleId => typeof value === 'string' && KNOWN.has(value);
