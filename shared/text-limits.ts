/**
 * How long each text a person types may be. Every form checks its fields against one of these (zod `max`
 * with the code textTooLong(limit), or a domain step's check), and the message states the limit
 * ('text.long.<limit>' in renderer/i18n). The backup reader bounds every stored string at the longest.
 */
export const TEXT_LIMITS = [100, 200, 300, 400, 500, 1000, 4000, 20_000] as const;
export type TextLimit = (typeof TEXT_LIMITS)[number];

/** What each kind of field takes. */
export const TEXT_LIMIT = {
  /** A person's full name, a representative's. */
  name: 200,
  /** An address, an e-mail, a document reference. */
  line: 500,
  /** The note recorded with an action, a closure or a calendar correction. */
  note: 4000,
  /** The reason recorded with a destruction. */
  reason: 1000,
  /** A passphrase (export, app lock): PBKDF2 hashes all of it. */
  passphrase: 1000,
  /** The text of a request. */
  request: 20_000,
} as const satisfies Record<string, TextLimit>;

/** The message code of a text over its limit (a key of the interface's messages). */
export type TextTooLong = `text.long.${TextLimit}`;
export const textTooLong = (limit: TextLimit): TextTooLong => `text.long.${limit}`;

/**
 * Whether any string in `value` (a draft's inputs: plain objects, arrays, strings) is longer than `limit`.
 * Iterative, and never deeper than a form goes.
 */
export function hasTextOver(value: unknown, limit: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: next, depth } = stack.pop()!;
    if (typeof next === 'string') {
      if (next.length > limit) return true;
    } else if (typeof next === 'object' && next !== null && depth < 16) {
      for (const child of Array.isArray(next) ? next : Object.values(next)) stack.push({ value: child, depth: depth + 1 });
    }
  }
  return false;
}

/** The code of the first text over its limit, or undefined. */
export function firstTooLong(fields: readonly (readonly [text: string, limit: TextLimit])[]): TextTooLong | undefined {
  const over = fields.find(([text, limit]) => text.length > limit);
  return over ? textTooLong(over[1]) : undefined;
}
