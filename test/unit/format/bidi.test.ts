import { describe, expect, it } from 'vitest';
import { hasBidiControls, revealBidiControls } from '../../../shared/format';

describe('bidi controls in file names', () => {
  it('finds every embedding, override, isolate and mark, and nothing in plain Kazakh, Russian or Arabic text', () => {
    for (const control of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F']) {
      expect(hasBidiControls(`a${control}b`)).toBe(true);
    }
    expect(hasBidiControls('өтініш-скан.pdf')).toBe(false);
    expect(hasBidiControls('заявление.pdf')).toBe(false);
    expect(hasBidiControls('طلب.pdf')).toBe(false);
    expect(hasBidiControls('a\u200Db')).toBe(false); // a zero-width joiner is not a direction control
  });

  it('makes each control visible as its code point, in the order the characters are stored', () => {
    expect(revealBidiControls('invoice\u202Efdp.exe')).toBe('invoice[U+202E]fdp.exe');
    expect(revealBidiControls('\u2067a\u2069\u200E')).toBe('[U+2067]a[U+2069][U+200E]');
    expect(revealBidiControls('plain.pdf')).toBe('plain.pdf');
    // Called twice (the flag and the name), the same answer: the regex keeps no state between calls.
    expect(hasBidiControls('x\u202E')).toBe(true);
    expect(hasBidiControls('x\u202E')).toBe(true);
  });
});
