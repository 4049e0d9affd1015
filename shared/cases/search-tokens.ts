/**
 * The words a case is found by (issue 13 item 2). A case carries `searchTokens`, a derived, indexed
 * list of folded words: every word of the subject's and the representative's names, the case number
 * whole and by its parts, IINs, the e-mail whole and by its parts, the phone's digits (international
 * and national forms), the numbers of the documents issued for it, and the words of the request text.
 * A query is cut into words the same way; a case matches when each query word begins one of its tokens.
 *
 * Folding: lower case, ё → е, and the Kazakh letters to their Russian look-alikes (қ → к, ә → а,
 * ө → о, ү/ұ → у, ғ → г, ң → н, һ → х, і → и), so a DPO on a Russian keyboard finds "Қасым" by "Касым".
 */
import type { CaseRecord } from './model';

const KAZAKH_FOLD: Readonly<Record<string, string>> = {
  қ: 'к',
  ә: 'а',
  ө: 'о',
  ү: 'у',
  ұ: 'у',
  ғ: 'г',
  ң: 'н',
  һ: 'х',
  і: 'и',
  ё: 'е',
};

/** Lower case with the look-alike letters folded; spaces collapsed. */
export function foldText(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('ru')
    .replace(/[қәөүұғңһіё]/g, (letter) => KAZAKH_FOLD[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The name as the list sorts it: folded, so Қасымов sorts with Касымов under К (code-point order would put Қ after Я). */
export const nameSortKey = (fullName: string): string => foldText(fullName);

/** The folded words of a text: runs of letters and digits. */
export function words(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

const digits = (value: string): string => value.replace(/\D/g, '');

/** A Kazakh/Russian phone: all its digits, and the ten national digits after +7 or 8, with either prefix. */
function phoneTokens(phone: string): string[] {
  const all = digits(phone);
  if (all.length < 5) return all === '' ? [] : [all];
  const national = all.length === 11 && (all.startsWith('7') || all.startsWith('8')) ? all.slice(1) : undefined;
  return national ? [all, national, `7${national}`, `8${national}`] : [all];
}

function emailTokens(email: string): string[] {
  const folded = foldText(email).replace(/\s/g, '');
  return folded === '' ? [] : [folded, ...words(folded)];
}

/** DSR-2026-000005: the whole number, its parts, its digits and the sequence without zeros ('5'). */
export function numberTokens(number: string): string[] {
  const folded = foldText(number);
  const parts = words(folded);
  const seq = parts.find((p, i) => i > 0 && /^\d+$/.test(p) && p.length >= 4 && i === parts.length - 1);
  return [folded, ...parts, digits(folded), ...(seq ? [String(Number(seq))] : [])].filter((t) => t !== '');
}

/**
 * Two words of a name together, in either order ("касымов ерлан", "ерлан касымов"): a query of two
 * name words is then one index lookup, newest first, instead of two large sets intersected.
 */
export function namePairs(fullName: string): string[] {
  const parts = words(fullName).slice(0, 3);
  const pairs: string[] = [];
  for (const a of parts) for (const b of parts) if (a !== b) pairs.push(pairToken(`${a} ${b}`));
  return pairs;
}

/** Pairs are kept apart from words ('~' begins no word), so one typed word never runs through every pair it begins. */
export const pairToken = (phrase: string): string => `~${phrase}`;

/** E-mail addresses written in a text (kept whole, so "ivanova@mail.kz" is one exact word). */
const EMAIL_IN_TEXT = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

/** The tokens of who the case is about and what identifies it: they rank above words of the text. */
export function identityTokens(row: Pick<CaseRecord, 'number' | 'subject' | 'representative'>, documentNumbers: readonly string[] = []): string[] {
  const { subject, representative } = row;
  return [
    ...numberTokens(row.number),
    ...words(subject.fullName),
    ...namePairs(subject.fullName),
    ...(subject.iin ? [digits(subject.iin)] : []),
    ...(subject.email ? emailTokens(subject.email) : []),
    ...(subject.phone ? phoneTokens(subject.phone) : []),
    ...(representative ? [...words(representative.fullName), ...(representative.iin ? [digits(representative.iin)] : [])] : []),
    ...documentNumbers.flatMap(numberTokens),
  ].filter((t) => t !== '');
}

/** Words of the request text; one-letter words (prepositions) are left out. */
export function textTokens(description: string): string[] {
  const emails = (description.match(EMAIL_IN_TEXT) ?? []).map((e) => foldText(e));
  return [...emails, ...words(description).filter((w) => w.length > 1 || /\d/.test(w))];
}

/** Every token of a case, unique and sorted. */
export function caseSearchTokens(
  row: Pick<CaseRecord, 'number' | 'subject' | 'representative' | 'description'>,
  documentNumbers: readonly string[] = [],
): string[] {
  return [...new Set([...identityTokens(row, documentNumbers), ...textTokens(row.description)])].sort();
}

/**
 * A stored search key: a token with the case's receipt instant (ms). The multi-entry index of these
 * pairs keeps the cases of one word newest first, so a search reads just the page it shows.
 */
export type SearchKey = readonly [token: string, receivedMs: number];

/** The stored, indexed `searchTokens` of a case: each token paired with its receipt instant. */
export function caseSearchKeys(
  row: Pick<CaseRecord, 'number' | 'subject' | 'representative' | 'description' | 'receivedAt'>,
  documentNumbers: readonly string[] = [],
): SearchKey[] {
  const ms = Date.parse(row.receivedAt);
  return caseSearchTokens(row, documentNumbers).map((token) => [token, ms] as const);
}

/** The tokens of stored search keys. */
export const tokensOf = (keys: readonly SearchKey[]): string[] => keys.map((key) => key[0]);

/**
 * The words of a query. An e-mail stays one word; a query of digits with phone or IIN punctuation
 * ("+7 701 123 45 67", "880101 300123") is one run of digits.
 */
export function queryTokens(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (/^[\d\s+()-]+$/.test(trimmed) && /\d.*[\s+()-].*\d/.test(trimmed) && digits(trimmed).length >= 7) return [digits(trimmed)];
  const emails = trimmed.match(EMAIL_IN_TEXT) ?? [];
  const rest = emails.reduce((left, email) => left.replace(email, ' '), trimmed);
  return [...new Set([...emails.map((e) => foldText(e)), ...words(rest)])];
}

/** Does some token begin with the query word? */
export const anyStartsWith = (tokens: readonly string[], word: string): boolean => tokens.some((t) => t.startsWith(word));

/**
 * How well a case answers a query, for ranking (higher first): per query word, 4 for a whole word of
 * the name/number/identifiers, 3 for the beginning of one, 2 for a whole word of the request text,
 * 1 for the beginning of one; 0 when some query word matches nothing.
 */
export function matchScore(identity: readonly string[], text: readonly string[], query: readonly string[]): number {
  let score = 0;
  for (const word of query) {
    const best = identity.includes(word) ? 4 : anyStartsWith(identity, word) ? 3 : text.includes(word) ? 2 : anyStartsWith(text, word) ? 1 : 0;
    if (best === 0) return 0;
    score += best;
  }
  return score;
}

/** The score of a stored case (its fields re-tokenized; the document numbers are in its stored tokens). */
export function scoreCase(
  row: Pick<CaseRecord, 'number' | 'subject' | 'representative' | 'description'> & { readonly searchTokens?: readonly SearchKey[] },
  query: readonly string[],
): number {
  const identity = identityTokens(row);
  const text = textTokens(row.description);
  const known = new Set([...identity, ...text]);
  // Document numbers are only in the stored tokens: count them with the identifiers.
  const extra = tokensOf(row.searchTokens ?? []).filter((t) => !known.has(t));
  return matchScore([...identity, ...extra], text, query);
}
