import { describe, expect, it } from 'vitest';
import { destructionDate, startEvent, termExpiresOn } from '../../../shared/processing/retention';

const events = { opened: '2019-04-02', ended: '2021-03-15', lastOperation: '2021-02-28', consentWithdrawn: '2024-02-29' };

describe('retention clock', () => {
  it('AML Art. 11 p.4: five years from the end of the relationship, due the day after the term expires', () => {
    expect(termExpiresOn({ amount: 5, unit: 'years' }, '2021-03-15')).toBe('2026-03-15');
    expect(destructionDate({ amount: 5, unit: 'years', runsFrom: 'end-of-relationship' }, events)).toBe('2026-03-16');
  });

  it('five years after the operation runs from the last operation', () => {
    expect(destructionDate({ amount: 5, unit: 'years', runsFrom: 'operation-date' }, events)).toBe('2026-03-01');
  });

  it('purpose achieved runs from the end of the relationship (the contract fulfilled)', () => {
    expect(startEvent('purpose-achieved', events)).toBe('2021-03-15');
    expect(destructionDate({ amount: 3, unit: 'years', runsFrom: 'purpose-achieved' }, events)).toBe('2024-03-16');
  });

  it('consent withdrawn on 29 February: one year later the term ends on 28 February (Civil Code Art. 174)', () => {
    expect(termExpiresOn({ amount: 1, unit: 'years' }, '2024-02-29')).toBe('2025-02-28');
    expect(destructionDate({ amount: 1, unit: 'years', runsFrom: 'consent-withdrawn' }, events)).toBe('2025-03-01');
  });

  it('months: 31 January + 1 month ends on the last day of February', () => {
    expect(termExpiresOn({ amount: 1, unit: 'months' }, '2026-01-31')).toBe('2026-02-28');
    expect(destructionDate({ amount: 1, unit: 'months', runsFrom: 'end-of-relationship' }, { opened: '2025-01-01', ended: '2026-01-31' })).toBe('2026-03-01');
  });

  it('no date while the event has not happened (an open contract, consent not withdrawn)', () => {
    expect(destructionDate({ amount: 5, unit: 'years', runsFrom: 'end-of-relationship' }, { opened: '2025-01-01' })).toBe('');
    expect(destructionDate({ amount: 3, unit: 'years', runsFrom: 'consent-withdrawn' }, { opened: '2025-01-01', ended: '2025-06-01' })).toBe('');
  });

  it('refuses a start that is not a calendar date', () => {
    expect(() => termExpiresOn({ amount: 1, unit: 'years' }, '2025-02-30')).toThrow(RangeError);
  });
});
