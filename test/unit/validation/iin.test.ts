import { describe, expect, it } from 'vitest';
import { crossCheckBirthDate, kzControlDigit, maskIin, validateIin } from '../../../shared/validation';

// All valid numbers below were computed with the official two-pass algorithm for this test;
// they are structurally valid but not known to belong to anyone.
describe('validateIin — valid numbers', () => {
  it.each([
    ['850708300124', '1985-07-08', 'male', 20],
    ['920229400152', '1992-02-29', 'female', 20],
    ['991231400773', '1999-12-31', 'female', 20],
    ['000129500282', '2000-01-29', 'male', 21],
    ['010105601238', '2001-01-05', 'female', 21],
    ['200202501010', '2020-02-02', 'male', 21],
    ['101026600094', '2010-10-26', 'female', 21],
    ['651012100317', '1865-10-12', 'male', 19],
    // first pass gives 10 → second pass weights 3..11,1,2 give the control digit 7
    ['850708300607', '1985-07-08', 'male', 20],
  ] as const)('%s → born %s, %s, century %d', (iin, birthDate, sex, century) => {
    const r = validateIin(iin);
    expect(r).toMatchObject({ valid: true, iin, birthDate, sex, century });
  });

  it('accepts digit 7 = 0 with unknown sex and century, no full birth date', () => {
    const r = validateIin('750315004567');
    expect(r).toEqual({
      valid: true,
      iin: '750315004567',
      birthDate: null,
      birthMonthDay: { month: 3, day: 15 },
      birthYearDigits: 75,
      sex: 'unknown',
      century: null,
    });
  });

  it('trims surrounding whitespace', () => {
    expect(validateIin(' 850708300124 \n')).toMatchObject({ valid: true, iin: '850708300124' });
  });
});

describe('validateIin — rejected numbers', () => {
  it.each([
    ['', 'length'],
    ['85070830012', 'length'],
    ['8507083001240', 'length'],
    ['85070830012a', 'digits'],
    ['８５０７０８３００１２４', 'digits'], // full-width digits are not ASCII digits
    ['850708 00124', 'digits'],
    ['850708700124', 'century'],
    ['850708900124', 'century'],
    ['850230300124', 'date'], // 30 February
    ['930229400152', 'date'], // 1993 is not a leap year
    ['851308300124', 'date'], // month 13
    ['850700300124', 'date'], // day 0
    ['850708300125', 'checksum'], // last digit changed
    ['850708300214', 'checksum'], // two digits swapped
    ['850708300600', 'checksum'], // second pass gives 7, not 0
  ] as const)('%j → %s', (iin, reason) => {
    expect(validateIin(iin)).toEqual({ valid: false, reason });
  });

  it('rejects every IIN whose both passes give 10 (no control digit exists)', () => {
    expect(kzControlDigit(Array.from('85070830067', Number))).toBeNull();
    for (let last = 0; last <= 9; last += 1) {
      expect(validateIin(`85070830067${last}`)).toEqual({ valid: false, reason: 'checksum' });
    }
  });

  it('documents what the official two-pass scheme does and does not catch', () => {
    // 850708300124 has first-pass sum ≡ 4 (mod 11). A change of digit i by delta shifts it by delta·i.
    expect(validateIin('850708300224').valid).toBe(false); // digit 10: +10 → 3
    expect(validateIin('850708310124').valid).toBe(false); // digit 8: +8 → 1
    // Weight 11 on digit 11 is ≡ 0 (mod 11): the first pass cannot see that digit at all.
    expect(validateIin('850708300134')).toMatchObject({ valid: true });
    // A change that moves the first pass to 10 is judged by the second pass, which may agree by chance.
    expect(validateIin('850308300124')).toMatchObject({ valid: true, birthDate: '1985-03-08' });
  });
});

describe('crossCheckBirthDate', () => {
  it.each([
    ['850708300124', '1985-07-08', 'match'],
    ['850708300124', '1985-07-09', 'mismatch'],
    ['850708300124', '2085-07-08', 'mismatch'],
    ['750315004567', '1975-03-15', 'match'], // century unknown: YY-MM-DD compared
    ['750315004567', '2075-03-15', 'match'],
    ['750315004567', '1975-03-16', 'mismatch'],
    ['850708300125', '1985-07-08', 'iin-invalid'],
    ['850708300124', '08.07.1985', 'dob-invalid'],
    ['850708300124', '1985-02-30', 'dob-invalid'],
  ] as const)('%s vs %s → %s', (iin, dob, expected) => {
    expect(crossCheckBirthDate(iin, dob)).toBe(expected);
  });
});

describe('maskIin', () => {
  it('keeps only the last four digits', () => {
    expect(maskIin('850708300124')).toBe('********0124');
    expect(maskIin('0124')).toBe('0124');
  });
});
