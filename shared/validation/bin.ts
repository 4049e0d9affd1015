/**
 * Business identification number — БСН (бизнес-сәйкестендіру нөмірі) / БИН
 * (бизнес-идентификационный номер), Kazakhstan. Structure (12 digits):
 *
 *   YYMM   year and month of registration (month 01–12 is checked)
 *   T      type: 4 = resident legal entity, 5 = non-resident legal entity, 6 = individual entrepreneur
 *          acting as joint entrepreneurship (ИП(С) / бірлескен кәсіпкерлік)
 *   A      unit: 0 = head office, 1 = branch, 2 = representative office, 3 = peasant (farm) enterprise
 *          acting as joint entrepreneurship; other digits are reported as 'other', not rejected
 *   NNNNN  serial
 *   K      control digit, same two-pass mod 11 as the IIN
 *
 * Registration century: YY 00–49 → 20YY, 50–99 → 19YY (BINs were also assigned retroactively to
 * entities registered in the 1990s, e.g. 97xx…).
 */
import { hasValidControlDigit, preCheck } from './kz-checksum';

export type BinErrorReason = 'length' | 'digits' | 'checksum' | 'month' | 'entity-type';
export type BinEntityType = 'resident-legal-entity' | 'non-resident-legal-entity' | 'joint-entrepreneurship';
export type BinUnit = 'head-office' | 'branch' | 'representative-office' | 'peasant-farm' | 'other';

export interface BinInfo {
  readonly bin: string;
  readonly registered: { readonly year: number; readonly month: number };
  readonly entityType: BinEntityType;
  readonly unit: BinUnit;
}

export type BinResult = ({ readonly valid: true } & BinInfo) | { readonly valid: false; readonly reason: BinErrorReason };

const ENTITY_TYPES: Readonly<Record<number, BinEntityType>> = {
  4: 'resident-legal-entity',
  5: 'non-resident-legal-entity',
  6: 'joint-entrepreneurship',
};

const UNITS: Readonly<Record<number, BinUnit>> = {
  0: 'head-office',
  1: 'branch',
  2: 'representative-office',
  3: 'peasant-farm',
};

/** Validates a BIN: length, digits, registration month, entity type, control digit (in that order). */
export const validateBin = (input: string): BinResult => {
  const pre = preCheck(input);
  if (!pre.ok) return { valid: false, reason: pre.reason };
  const d = pre.digits;
  const at = (i: number): number => d[i] ?? 0;

  const month = at(2) * 10 + at(3);
  if (month < 1 || month > 12) return { valid: false, reason: 'month' };

  const entityType = ENTITY_TYPES[at(4)];
  if (entityType === undefined) return { valid: false, reason: 'entity-type' };

  if (!hasValidControlDigit(d)) return { valid: false, reason: 'checksum' };

  const yy = at(0) * 10 + at(1);
  return {
    valid: true,
    bin: pre.value,
    registered: { year: yy >= 50 ? 1900 + yy : 2000 + yy, month },
    entityType,
    unit: UNITS[at(5)] ?? 'other',
  };
};
