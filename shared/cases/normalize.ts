/**
 * Search keys. Names are compared case-insensitively with collapsed spaces; ё is folded into е
 * (Russian spelling varies); Kazakh letters stay distinct (Қ is not К). Only digits are kept of an IIN.
 */
export function normalizeName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('ru').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

export const digitsOnly = (value: string): string => value.replace(/\D/g, '');
