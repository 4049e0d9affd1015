/** A text-over-its-limit message that also says how many characters were typed. */
import type { Translate } from '../app/app-context';
import type { MessageKey } from './messages';

/** The message keys that say a text is over its limit (each names the limit). */
export const isTooLongKey = (key: string): boolean => key.startsWith('text.long.') || key === 'intake.name.long' || key === 'reg.error.long';

/** The message, followed by "N characters typed." when it is a too-long message and the length is known. */
export function messageWithTyped(t: Translate, key: MessageKey, typed: number | undefined): string {
  const text = (t as (message: MessageKey) => string)(key);
  return typed !== undefined && isTooLongKey(key) ? `${text} ${t('text.long.typed', { count: typed })}` : text;
}

/** The length of what is typed in a form control (react-hook-form keeps the element as the error's ref). */
export function typedLength(ref: unknown): number | undefined {
  if (typeof ref !== 'object' || ref === null || !('value' in ref)) return undefined;
  const value: unknown = ref.value;
  return typeof value === 'string' ? value.length : undefined;
}
