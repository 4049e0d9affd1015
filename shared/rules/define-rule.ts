/** Builds an obligation rule, deriving editability from its tag and the stable settings keys from its id. */
import { EDITABLE_TAGS, type ObligationRule, type TermExtension } from './types';

type RuleSpec<Id extends string> = Omit<ObligationRule<Id>, 'editable' | 'settingKey' | 'extension'> & {
  readonly extension?: Omit<TermExtension, 'settingKey' | 'requires'>;
};

/** Settings key of a rule's term: '<rule id>.term'. */
export const termSettingKey = (ruleId: string): string => `${ruleId}.term`;
/** Settings key of a rule's extension: '<rule id>.extension'. */
export const extensionSettingKey = (ruleId: string): string => `${ruleId}.extension`;

/** The rule keeps its id's literal type, so the packs' ids make up the RuleId union (rule-id.ts). */
export function defineRule<const Id extends string>(spec: RuleSpec<Id>): ObligationRule<Id> {
  const { extension, ...rest } = spec;
  const editable = EDITABLE_TAGS.includes(spec.tag);
  return Object.freeze({
    ...rest,
    editable,
    settingKey: termSettingKey(spec.id),
    ...(extension ? { extension: Object.freeze({ ...extension, requires: 'extension-notice' as const, settingKey: extensionSettingKey(spec.id) }) } : {}),
  });
}
