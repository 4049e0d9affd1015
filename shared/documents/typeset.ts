/**
 * Line-breaking care for legal text: a statute number such as «94-V», «191-IV» or «152-ФЗ» must not be
 * split at its hyphen, and abbreviations such as «ст.», «п.», «№», «г.» stay on the line of the number or
 * name that follows. Liberation Serif has no non-breaking hyphen (U+2011), so numbers become separate
 * no-wrap fragments; abbreviations get a no-break space (U+00A0, present in the font).
 */
export interface TypesetFragment {
  readonly text: string;
  readonly noWrap: boolean;
}

const NBSP = '\u00a0';

/** «ст. 11», «п. 4», «пп. 12)», «ч. 8», «абз. второй», «№ 94-V», «г. Алматы», «ул. …», «пр. …», «д. 7», «стр. 2» */
const ABBREVIATION_SPACE = /(^|[\s(«"])(№|ст\.|п\.|пп\.|ч\.|абз\.|г\.|ул\.|пр\.|д\.|стр\.) /gu;

/** Kazakh abbreviations that follow their name: «Алматы қ.», «Қозыбаев к-сі». */
const TRAILING_ABBREVIATION = /(\S) (қ\.|к-сі)/gu;

/** 94-V, 191-IV, 255-VIII, 268-XIII, 152-ФЗ — a number, a hyphen and an upper-case series or act type. */
const STATUTE_NUMBER = /\d+-[A-ZА-ЯЁ]{1,6}(?![\p{L}\p{N}])/gu;

export const typeset = (text: string): TypesetFragment[] => {
  const spaced = text
    .replace(ABBREVIATION_SPACE, (_m, lead: string, abbr: string) => `${lead}${abbr}${NBSP}`)
    .replace(TRAILING_ABBREVIATION, (_m, word: string, abbr: string) => `${word}${NBSP}${abbr}`);
  const fragments: TypesetFragment[] = [];
  let last = 0;
  for (const m of spaced.matchAll(STATUTE_NUMBER)) {
    const at = m.index;
    if (at > last) fragments.push({ text: spaced.slice(last, at), noWrap: false });
    fragments.push({ text: m[0], noWrap: true });
    last = at + m[0].length;
  }
  if (last < spaced.length) fragments.push({ text: spaced.slice(last), noWrap: false });
  return fragments;
};
