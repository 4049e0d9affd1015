/**
 * Plural categories of a count (CLDR rules through Intl.PluralRules, which depend on no time-zone
 * data): Russian one (1, 21, 101) / few (2–4, 22–24) / many (0, 5–20, 25–30) / other (fractions);
 * Kazakh and English one (1) / other.
 */
import type { Locale } from '../locale';

/** The forms of a count-bearing text; `few` and `many` are needed by Russian only. */
export interface PluralForms {
  readonly one: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** Kazakh and English: one and other. */
export interface OneOtherForms {
  readonly one: string;
  readonly other: string;
}

/** Russian: one, few, many and other. */
export interface RussianForms extends OneOtherForms {
  readonly few: string;
  readonly many: string;
}

const rules = new Map<Locale, Intl.PluralRules>();

/** The CLDR plural category of a count in a language (one Intl.PluralRules per language, made once). */
export function pluralCategory(locale: Locale, count: number): Intl.LDMLPluralRule {
  let rule = rules.get(locale);
  if (rule === undefined) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return rule.select(count);
}

/** The form for a count; a category the forms lack falls back to `other`. */
export function selectPlural(forms: PluralForms, locale: Locale, count: number): string {
  const category = pluralCategory(locale, count);
  return (category === 'one' || category === 'few' || category === 'many' ? forms[category] : undefined) ?? forms.other;
}
