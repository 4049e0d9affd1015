/**
 * Long unbroken words in a pdfmake document definition (issue 16 finding 9): pdfmake lays out a word longer than
 * the line letter by letter, so a 20 000-character word took minutes to render. Every run of more than
 * MAX_UNBROKEN non-space characters in the document's text gets a zero-width space (U+200B, a line-break
 * opportunity that prints nothing; Liberation Serif has it, zero wide) every MAX_UNBROKEN characters, so each
 * piece fits a line. Shorter runs — words, numbers, a SHA-256 in hex (64) — are left exactly as they are.
 * Only text is touched: strings under `text` and strings in content lists and table rows; images, fonts, styles
 * and sizes are not.
 */
export const MAX_UNBROKEN = 80;
const ZWSP = '\u200B';
const LONG_RUN = new RegExp(`[^\\s${ZWSP}]{${MAX_UNBROKEN + 1},}`, 'gu');
const PIECE = new RegExp(`[^]{1,${MAX_UNBROKEN}}`, 'gu');

export function breakLongWordsInText(text: string): string {
  return text.replace(LONG_RUN, (run) => (run.match(PIECE) ?? [run]).join(ZWSP));
}

/** Keys whose values are never text to lay out (images, fonts, names of styles, links …). */
const NOT_TEXT = new Set(['image', 'svg', 'font', 'style', 'styles', 'defaultStyle', 'link', 'linkToDestination', 'id', 'fonts', 'images', 'info']);

/** A copy of the definition with long words broken (see above). Plain data in, plain data out. */
export function breakLongWords<T>(definition: T): T {
  const visit = (value: unknown, inText: boolean): unknown => {
    if (typeof value === 'string') return inText ? breakLongWordsInText(value) : value;
    if (Array.isArray(value)) return value.map((item) => visit(item, inText));
    if (typeof value !== 'object' || value === null) return value;
    if (Object.getPrototypeOf(value) !== Object.prototype) return value; // Buffers, typed arrays, functions' owners …
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) {
      if (NOT_TEXT.has(key)) out[key] = member;
      else if (key === 'text' || key === 'content' || key === 'stack' || key === 'ul' || key === 'ol' || key === 'columns' || key === 'body' || key === 'table')
        out[key] = visit(member, true);
      else out[key] = typeof member === 'function' ? member : visit(member, false);
    }
    return out;
  };
  return visit(definition, false) as T;
}
