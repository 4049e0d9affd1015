/** Jurisdiction rule packs (KZ Law 94-V, RF 152-FZ): request type → obligations → term + citation. */
export * from './types';
export { defineRule, extensionSettingKey, termSettingKey } from './define-rule';
export { KZ_RULES } from './kz-pack';
export { RU_RULES } from './ru-pack';
export { RULE_IDS, isRuleId, type RuleId } from './rule-id';
export * from './request-types';
export { SPAWN_RULES } from './spawn-rules';
export * from './resolve';
export * from './obligation-deadline';
