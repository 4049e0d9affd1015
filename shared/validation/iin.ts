/**
 * Individual identification number — ЖСН (жеке сәйкестендіру нөмірі) / ИИН (индивидуальный
 * идентификационный номер), Kazakhstan. Structure (12 digits):
 *
 *   YYMMDD  birth date
 *   C       century and sex: 1/2 = born 1800–1899 male/female, 3/4 = 1900–1999, 5/6 = 2000–2099
 *   NNNN    registration serial
 *   K       control digit (see kz-checksum.ts)
 *
 * Digit 7 = 0 — decision: **accepted** as a valid IIN with sex and century unknown. In practice 0 appears
 * in numbers issued to foreigners and where the civil register had no century/sex data; the birth-date
 * digits are still checked as a month/day that can exist (29 February allowed, the year being unknown),
 * but no full birth date is returned. Digits 7–9 are rejected ('century').
 *
 * The check is structural: a valid IIN may still not be assigned to anyone, and no "born in the future"
 * check is made (that needs today's date; callers that have one can compare `birthDate`).
 */
import { hasValidControlDigit, preCheck } from './kz-checksum';

export type IinErrorReason = 'length' | 'digits' | 'checksum' | 'date' | 'century';
export type IinSex = 'male' | 'female' | 'unknown';

export interface IinInfo {
  readonly iin: string;
  /** ISO date YYYY-MM-DD, or null when digit 7 is 0 (century unknown). */
  readonly birthDate: string | null;
  /** Birth month and day as written in the IIN (always present for a valid IIN). */
  readonly birthMonthDay: { readonly month: number; readonly day: number };
  /** Two-digit year as written in the IIN. */
  readonly birthYearDigits: number;
  readonly sex: IinSex;
  /** 19, 20 or 21 for the 19th/20th/21st century; null for digit 7 = 0. */
  readonly century: 19 | 20 | 21 | null;
}

export type IinResult = ({ readonly valid: true } & IinInfo) | { readonly valid: false; readonly reason: IinErrorReason };

interface CenturyDigit {
  readonly baseYear: number | null;
  readonly sex: IinSex;
  readonly century: 19 | 20 | 21 | null;
}

const CENTURY_DIGITS: Readonly<Record<number, CenturyDigit>> = {
  0: { baseYear: null, sex: 'unknown', century: null },
  1: { baseYear: 1800, sex: 'male', century: 19 },
  2: { baseYear: 1800, sex: 'female', century: 19 },
  3: { baseYear: 1900, sex: 'male', century: 20 },
  4: { baseYear: 1900, sex: 'female', century: 20 },
  5: { baseYear: 2000, sex: 'male', century: 21 },
  6: { baseYear: 2000, sex: 'female', century: 21 },
};

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Validates an IIN: length, digits, century/sex digit, birth date, control digit (in that order). */
export const validateIin = (input: string): IinResult => {
  const pre = preCheck(input);
  if (!pre.ok) return { valid: false, reason: pre.reason };
  const d = pre.digits;
  const at = (i: number): number => d[i] ?? 0;

  const centuryDigit = CENTURY_DIGITS[at(6)];
  if (centuryDigit === undefined) return { valid: false, reason: 'century' };

  const yy = at(0) * 10 + at(1);
  const month = at(2) * 10 + at(3);
  const day = at(4) * 10 + at(5);
  // Year unknown (digit 7 = 0): use a leap year so that 29 February is accepted.
  const year = centuryDigit.baseYear === null ? 2000 : centuryDigit.baseYear + yy;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { valid: false, reason: 'date' };
  }

  if (!hasValidControlDigit(d)) return { valid: false, reason: 'checksum' };

  return {
    valid: true,
    iin: pre.value,
    birthDate: centuryDigit.baseYear === null ? null : `${year}-${pad2(month)}-${pad2(day)}`,
    birthMonthDay: { month, day },
    birthYearDigits: yy,
    sex: centuryDigit.sex,
    century: centuryDigit.century,
  };
};

export type BirthDateCheck = 'match' | 'mismatch' | 'iin-invalid' | 'dob-invalid';

/**
 * Compares the birth date encoded in an IIN with a date of birth from another document (ISO YYYY-MM-DD).
 * For an IIN whose century digit is 0 only the two-digit year, month and day are compared.
 */
export const crossCheckBirthDate = (iin: string, dob: string): BirthDateCheck => {
  const parsed = validateIin(iin);
  if (!parsed.valid) return 'iin-invalid';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dob.trim());
  if (m === null) return 'dob-invalid';
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'dob-invalid';
  if (parsed.birthDate !== null) return parsed.birthDate === dob.trim() ? 'match' : 'mismatch';
  return year % 100 === parsed.birthYearDigits && month === parsed.birthMonthDay.month && day === parsed.birthMonthDay.day ? 'match' : 'mismatch';
};

/**
 * Masks an IIN for letters and acts: only the last four digits stay readable (e.g. ********0247),
 * enough to match it against the subject's own documents without disclosing the birth date.
 */
export const maskIin = (iin: string): string => {
  const value = iin.trim();
  return value.length <= 4 ? value : `${'*'.repeat(value.length - 4)}${value.slice(-4)}`;
};
