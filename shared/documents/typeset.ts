/**
 * Line-breaking care for legal text. A word with a hyphen inside («комплаенс-контроля», «e-mail», «іс-қимыл»,
 * «18-бабы», «94-V», «152-ФЗ», «DSR-2026-000123») is never split at its hyphen: justified lines would otherwise
 * leave «комплаенс- контроля». Liberation Serif has no non-breaking hyphen (U+2011; it has U+2010, which
 * breaks like «-»), so each such word — with the punctuation and no-break spaces attached to it and the spaces
 * after it — becomes a no-wrap fragment. Fragments start only after a space: pdfmake justifies by spreading
 * space between inlines, so a fragment boundary inside a word would open a gap there. Abbreviations such as
 * «ст.», «п.», «№», «г.» stay on the line of what follows (a no-break space, U+00A0, present in the font).
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

/**
 * A whitespace-delimited token (no-break spaces belong to it) with a hyphen between two letters or digits,
 * and the ordinary spaces that follow it.
 */
const HYPHENATED_WORD = /(?<![^\s]|\u00a0)(?:[^\s]|\u00a0)*[\p{L}\p{N}]-[\p{L}\p{N}](?:[^\s]|\u00a0)*[ ]*/gu;

/** Longer tokens stay breakable: a no-wrap fragment wider than the column would overflow it. */
const MAX_NO_WRAP = 60;

export const typeset = (text: string): TypesetFragment[] => {
  const spaced = text
    .replace(ABBREVIATION_SPACE, (_m, lead: string, abbr: string) => `${lead}${abbr}${NBSP}`)
    .replace(TRAILING_ABBREVIATION, (_m, word: string, abbr: string) => `${word}${NBSP}${abbr}`);
  const fragments: TypesetFragment[] = [];
  let last = 0;
  for (const m of spaced.matchAll(HYPHENATED_WORD)) {
    if (m[0].trimEnd().length > MAX_NO_WRAP) continue;
    const at = m.index;
    if (at > last) fragments.push({ text: spaced.slice(last, at), noWrap: false });
    fragments.push({ text: m[0], noWrap: true });
    last = at + m[0].length;
  }
  if (last < spaced.length) fragments.push({ text: spaced.slice(last), noWrap: false });
  return fragments;
};
