/**
 * Check digit shared by the Kazakh IIN (ЖСН/ИИН) and BIN (БСН/БИН): twelve digits, the twelfth is the
 * control digit computed from the first eleven.
 *
 * First pass: weights 1..11, sum mod 11. If the result is 10, second pass with weights
 * 3,4,5,6,7,8,9,10,11,1,2. If it is 10 again, no control digit exists and the number is invalid
 * (such numbers are never issued).
 *
 * Known limits of this official scheme (so callers do not over-trust it): weight 11 on digit 11 is ≡ 0
 * (mod 11), so a typo in digit 11 passes whenever the first pass decides; and a typo that moves the first
 * pass to 10 is judged by the second pass, which may agree by chance.
 */
const FIRST_PASS_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_PASS_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

const weightedMod11 = (digits: readonly number[], weights: readonly number[]): number => {
  let sum = 0;
  for (let i = 0; i < weights.length; i += 1) {
    sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  }
  return sum % 11;
};

/** Control digit for the first eleven digits, or null when both passes give 10 (number cannot exist). */
export const kzControlDigit = (firstEleven: readonly number[]): number | null => {
  if (firstEleven.length !== 11) return null;
  const first = weightedMod11(firstEleven, FIRST_PASS_WEIGHTS);
  if (first !== 10) return first;
  const second = weightedMod11(firstEleven, SECOND_PASS_WEIGHTS);
  return second === 10 ? null : second;
};

/** Twelve-digit string → digits, or null when it is not exactly twelve ASCII digits. */
export const twelveDigits = (value: string): number[] | null => (/^\d{12}$/.test(value) ? Array.from(value, (c) => c.charCodeAt(0) - 48) : null);

/** Common pre-checks: the trimmed input, or which of 'length' / 'digits' failed. */
export const preCheck = (
  input: string,
): { readonly ok: true; readonly value: string; readonly digits: number[] } | { readonly ok: false; readonly reason: 'length' | 'digits' } => {
  const value = input.trim();
  if (value.length !== 12) return { ok: false, reason: 'length' };
  const digits = twelveDigits(value);
  return digits === null ? { ok: false, reason: 'digits' } : { ok: true, value, digits };
};

/** True when the twelfth digit matches the control digit of the first eleven. */
export const hasValidControlDigit = (digits: readonly number[]): boolean => {
  const control = kzControlDigit(digits.slice(0, 11));
  return control !== null && control === digits[11];
};
