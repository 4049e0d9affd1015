import { describe, expect, it } from 'vitest';
import { activitiesSchema, activitySchema, problemsOf } from '../../../shared/processing/schema';
import { STARTERS, STARTER_IDS } from '../../../shared/processing/starters';
import { effectiveProblem, registerChange, versionInForce } from '../../../shared/processing/versions';

const first = STARTERS['microfinance-organisation'][0]!;

describe('register validation', () => {
  it('both starter registers are complete (every field in kk and ru, ids unique)', () => {
    for (const id of STARTER_IDS) {
      const result = activitiesSchema.safeParse(STARTERS[id]);
      expect(result.success ? [] : problemsOf(result.error), id).toEqual([]);
    }
  });

  it('names each bad field by its path with a code', () => {
    const bad = {
      ...first,
      id: 'Bad Id',
      purpose: { kk: '', ru: 'x' },
      retention: { ...first.retention, amount: 0, runsFrom: 'someday' },
      parties: [{ role: 'recipient', name: 'A', address: 'B', country: 'Kazakhstan' }],
    };
    const result = activitySchema.safeParse(bad);
    expect(result.success).toBe(false);
    const problems = result.success ? [] : problemsOf(result.error);
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'id', code: 'reg.error.id' },
        { path: 'purpose.kk', code: 'reg.error.required' },
        { path: 'retention.amount', code: 'reg.error.amount' },
        { path: 'retention.runsFrom', code: 'reg.error.enum' },
        { path: 'parties.0.country', code: 'reg.error.country' },
      ]),
    );
  });

  it('refuses an empty register and a duplicate activity id', () => {
    const empty = activitiesSchema.safeParse([]);
    expect(empty.success ? [] : problemsOf(empty.error, 'activities')).toEqual([{ path: 'activities', code: 'reg.error.empty' }]);
    const twice = activitiesSchema.safeParse([first, first]);
    expect(twice.success ? [] : problemsOf(twice.error, 'activities')).toEqual([{ path: 'activities.1.id', code: 'reg.error.id.duplicate' }]);
  });
});

describe('register versions', () => {
  const versions = [
    { version: 1, effectiveFrom: '2026-01-01' },
    { version: 2, effectiveFrom: '2026-06-01' },
    { version: 3, effectiveFrom: '2026-06-01' },
    { version: 4, effectiveFrom: '2026-12-01' },
  ];

  it('the version in force on a day: the latest effective on or before it; same day → the later saved', () => {
    expect(versionInForce(versions, '2025-12-31')).toBeUndefined();
    expect(versionInForce(versions, '2026-01-01')?.version).toBe(1);
    expect(versionInForce(versions, '2026-05-31')?.version).toBe(1);
    expect(versionInForce(versions, '2026-06-01')?.version).toBe(3);
    expect(versionInForce(versions, '2026-11-30')?.version).toBe(3);
    expect(versionInForce(versions, '2027-01-01')?.version).toBe(4);
  });

  it('a new version may not take effect before the latest one, nor on a day that does not exist', () => {
    expect(effectiveProblem({ effectiveFrom: '2026-06-01' }, '2026-05-31')).toBe('reg.error.before-latest');
    expect(effectiveProblem({ effectiveFrom: '2026-06-01' }, '2026-06-01')).toBeUndefined();
    expect(effectiveProblem(undefined, '2026-02-30')).toBe('reg.error.date');
  });

  it('names the activities a version adds, removes and changes', () => {
    const [a, b, c] = STARTERS['microfinance-organisation'];
    const changedB = { ...b!, retention: { ...b!.retention, amount: 6 } };
    const extra = { ...first, id: 'new-one' };
    expect(registerChange([a!, b!, c!], [a!, changedB, extra])).toEqual({ added: ['new-one'], removed: [c!.id], changed: [b!.id] });
  });
});
