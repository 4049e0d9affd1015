/** A value or a reason it could not be produced. Every IPC answer and every repository write uses it. */
export type Result<T, E extends string = string> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E; readonly message: string };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

export const err = <E extends string>(error: E, message: string): Result<never, E> => ({
  ok: false,
  error,
  message,
});
