/** Time runs forward: the receipt between the Law's entry into force and now; an action not before what it follows. */
import { describe, expect, it } from 'vitest';
import { actionLowerBound, checkReceivedAt, LAW_IN_FORCE_AT, precedes } from '../../../shared/cases/time-bounds';

const now = new Date('2026-11-24T06:00:00.000Z');

describe('checkReceivedAt', () => {
  it('accepts a receipt from 25.11.2013 00:00 Almaty up to the moment of saving (a minute of clock drift)', () => {
    expect(LAW_IN_FORCE_AT).toBe(new Date('2013-11-25T00:00:00+06:00').toISOString());
    expect(checkReceivedAt(new Date(LAW_IN_FORCE_AT), now)).toBeUndefined();
    expect(checkReceivedAt(new Date('2013-11-24T17:59:59.000Z'), now)).toBe('too-old');
    expect(checkReceivedAt(new Date('2026-11-24T06:00:59.000Z'), now)).toBeUndefined();
    expect(checkReceivedAt(new Date('2026-11-24T06:01:01.000Z'), now)).toBe('future');
    expect(checkReceivedAt(new Date(Number.NaN), now)).toBe('format');
    expect(checkReceivedAt(undefined, now)).toBe('format');
  });
});

describe('actionLowerBound', () => {
  const receivedAt = '2026-11-20T05:00:00.000Z';
  const block = { id: 'o1', triggerAt: receivedAt, parentId: undefined, completedAt: '2026-11-21T05:00:00.000Z', completedByActionId: 'a1' };
  const blocked = { id: 'a1', obligationId: 'o1', at: '2026-11-21T05:00:00.000Z', kind: 'block' as const };
  const verified = { id: 'a2', obligationId: 'o1', at: '2026-11-22T05:00:00.000Z', kind: 'verify-confirmed' as const };

  it('an action on an obligation the request started: the receipt (or the trigger, when later)', () => {
    expect(
      actionLowerBound({ receivedAt, obligation: { ...block, completedAt: undefined, completedByActionId: undefined }, kind: 'block', actions: [] }),
    ).toEqual({
      kind: 'receipt',
      at: receivedAt,
    });
    const later = { ...block, triggerAt: '2026-11-20T09:00:00.000Z' };
    expect(actionLowerBound({ receivedAt, obligation: later, kind: 'block', actions: [] })).toEqual({ kind: 'trigger', at: '2026-11-20T09:00:00.000Z' });
  });

  it('a verification follows the blocking; a chained obligation follows the steps recorded on its parent', () => {
    expect(actionLowerBound({ receivedAt, obligation: block, kind: 'verify-confirmed', actions: [blocked] })).toEqual({
      kind: 'step',
      step: 'block',
      at: blocked.at,
    });
    const destroy = { id: 'o2', triggerAt: verified.at, parentId: 'o1', completedAt: undefined, completedByActionId: undefined };
    expect(actionLowerBound({ receivedAt, obligation: destroy, kind: 'destroy', actions: [blocked, verified] })).toEqual({
      kind: 'step',
      step: 'verify-confirmed',
      at: verified.at,
    });
    // The action being corrected does not bound itself.
    expect(actionLowerBound({ receivedAt, obligation: destroy, kind: 'destroy', actions: [blocked, verified], except: 'a2' })).toMatchObject({ step: 'block' });
  });

  it('precedes names the bound only when the instant is strictly before it', () => {
    const bound = { kind: 'receipt' as const, at: receivedAt };
    expect(precedes('2026-11-20T04:59:59.000Z', bound)).toBe(bound);
    expect(precedes(receivedAt, bound)).toBeUndefined();
  });
});
