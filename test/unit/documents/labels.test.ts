import { describe, expect, it } from 'vitest';
import { DEFAULT_GROUNDS, LABELS } from '../../../shared/documents';
import * as citations from '../../../shared/documents/citations';

/** Every key path of a nested dictionary (functions count as leaves). */
const keyPaths = (value: unknown, prefix = ''): string[] => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keyPaths(v, prefix === '' ? k : `${prefix}.${k}`));
};

/** Every string a dictionary can print; functions are called with sample arguments. */
const strings = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const out = (value as (...args: unknown[]) => unknown)('1', 'Алматы', 'ст. 1', 'x@example.kz');
    return strings(out);
  }
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
};

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
/** Look-alikes that must never stand in for Kazakh letters: Latin schwa, barred o, dotless i, h. */
const LOOK_ALIKES = /[\u0259\u018F\u0275\u019F\u0131]/u;

const mixedScriptWords = (text: string): string[] => text.split(/[^\p{L}]+/u).filter((w) => CYRILLIC.test(w) && LATIN.test(w));

describe('document labels', () => {
  it('kk and ru dictionaries have exactly the same keys', () => {
    expect(keyPaths(LABELS.kk).sort()).toEqual(keyPaths(LABELS.ru).sort());
  });

  it('Kazakh texts use real Kazakh letters, never Latin look-alikes inside Cyrillic words', () => {
    const kk = [
      ...strings(LABELS.kk),
      ...DEFAULT_GROUNDS.flatMap((g) => [g.text.kk, g.citation.kk]),
      ...strings(Object.values(citations).map((c) => (typeof c === 'object' && c !== null && 'kk' in c ? c.kk : c))),
    ];
    expect(kk.length).toBeGreaterThan(150);
    for (const text of kk) {
      expect(mixedScriptWords(text), text).toEqual([]);
      expect(text, text).not.toMatch(LOOK_ALIKES);
    }
    // the Kazakh letters themselves are present across the dictionary
    const all = kk.join(' ');
    for (const letter of 'әғқңөұүі') expect(all, letter).toContain(letter);
  });

  it('Russian texts have no mixed-script words either', () => {
    for (const text of [...strings(LABELS.ru), ...DEFAULT_GROUNDS.flatMap((g) => [g.text.ru, g.citation.ru])]) {
      expect(mixedScriptWords(text), text).toEqual([]);
    }
  });
});
