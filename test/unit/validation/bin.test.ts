import { describe, expect, it } from 'vitest';
import { kzControlDigit, validateBin } from '../../../shared/validation';

describe('validateBin — valid numbers', () => {
  it('the BIN in seed 000 («QIWI Kazakhstan» ЖШС, 060640010247) validates', () => {
    expect(validateBin('060640010247')).toEqual({
      valid: true,
      bin: '060640010247',
      registered: { year: 2006, month: 6 },
      entityType: 'resident-legal-entity',
      unit: 'head-office',
    });
  });

  // Computed for this test with the two-pass algorithm.
  it.each([
    ['071240010227', 2007, 12, 'resident-legal-entity', 'head-office'],
    ['180650000040', 2018, 6, 'non-resident-legal-entity', 'head-office'],
    ['150260001152', 2015, 2, 'joint-entrepreneurship', 'head-office'],
    ['970740000838', 1997, 7, 'resident-legal-entity', 'head-office'],
    ['190741000205', 2019, 7, 'resident-legal-entity', 'branch'],
    // first pass gives 10 → second pass gives the control digit 1
    ['190740000201', 2019, 7, 'resident-legal-entity', 'head-office'],
  ] as const)('%s → %d-%d, %s, %s', (bin, year, month, entityType, unit) => {
    expect(validateBin(bin)).toMatchObject({ valid: true, bin, registered: { year, month }, entityType, unit });
  });
});

describe('validateBin — rejected numbers', () => {
  it.each([
    ['06064001024', 'length'],
    ['0606400102470', 'length'],
    ['06064001024O', 'digits'], // letter O instead of zero
    ['061340010247', 'month'],
    ['060040010247', 'month'],
    ['060630010247', 'entity-type'],
    ['060670010247', 'entity-type'],
    ['060640010248', 'checksum'],
    ['060640010274', 'checksum'],
    ['190740000200', 'checksum'],
  ] as const)('%j → %s', (bin, reason) => {
    expect(validateBin(bin)).toEqual({ valid: false, reason });
  });

  it('rejects every BIN whose both passes give 10', () => {
    expect(kzControlDigit(Array.from('19074000100', Number))).toBeNull();
    for (let last = 0; last <= 9; last += 1) {
      expect(validateBin(`19074000100${last}`)).toEqual({ valid: false, reason: 'checksum' });
    }
  });
});
