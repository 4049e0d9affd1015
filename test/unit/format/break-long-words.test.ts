/**
 * Issue 16 finding 9: a 20 000-character unbroken word took minutes to render in a PDF (pdfmake lays a word
 * longer than the line out letter by letter). Long runs are broken with zero-width spaces before rendering.
 */
import { describe, expect, it } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { MAX_UNBROKEN, breakLongWords, breakLongWordsInText } from '../../../shared/format/break-long-words';
import { renderPdf } from '../../fixtures/documents/pdf-node';

const longest = (text: string): number => Math.max(0, ...text.split(/[\s\u200B]/u).map((word) => [...word].length));

describe('long words in PDFs', () => {
  it('breaks every run longer than the limit, and leaves words, numbers and hashes alone', () => {
    const word = 'Ә'.repeat(20_000);
    const broken = breakLongWordsInText(`Кіріспе ${word} соңы`);
    expect(longest(broken)).toBe(MAX_UNBROKEN);
    expect(broken.replaceAll('\u200B', '')).toBe(`Кіріспе ${word} соңы`);
    const hash = 'ab'.repeat(32);
    expect(breakLongWordsInText(`SHA-256 ${hash}, DSR-2026-000001`)).toBe(`SHA-256 ${hash}, DSR-2026-000001`);
  });

  it('touches text only: not images, styles or sizes', () => {
    const image = `data:image/png;base64,${'A'.repeat(500)}`;
    const definition = {
      content: [
        'x'.repeat(200),
        { text: ['y'.repeat(200), { text: 'z'.repeat(200), style: 'h' }] },
        { image, width: 100 },
        { table: { widths: ['*'], body: [['w'.repeat(200)]] } },
      ],
      styles: { h: { fontSize: 12 } },
    } as TDocumentDefinitions;
    const out = breakLongWords(definition);
    const strings: string[] = [];
    JSON.parse(JSON.stringify(out.content), (_key, value: unknown) => {
      if (typeof value === 'string' && value !== image) strings.push(value);
      return value;
    });
    expect(strings.filter((text) => text.length >= 200).map(longest)).toEqual([MAX_UNBROKEN, MAX_UNBROKEN, MAX_UNBROKEN, MAX_UNBROKEN]);
    expect(JSON.stringify(out)).toContain(image);
    expect(out.styles).toEqual(definition.styles);
  });

  it('a note of one 20 000-character word renders (and its letters are all there)', async () => {
    const word = 'ж'.repeat(20_000);
    const bytes = await renderPdf({ content: [{ text: `Ескертпе: ${word}` }], defaultStyle: { font: 'LiberationSerif' } });
    expect(bytes.subarray(0, 4).toString()).toBe('%PDF');
  });
});
