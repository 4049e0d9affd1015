import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/audit/canonical-json';
import { GENESIS_HASH, linkText, sealEvent, verifyChain, type ChainEvent } from '../../../shared/audit/chain';

/** The chain hashes any event body, whatever its type and data. */
async function chainOf(n: number): Promise<ChainEvent[]> {
  const events: ChainEvent[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const event = await sealEvent(prev, {
      seq,
      at: `2026-03-0${(seq % 9) + 1}T10:00:00.000Z`,
      actor: 'dpo',
      type: seq === 1 ? 'case.created' : 'action.recorded',
      caseId: 'c1',
      data: { note: `шаг ${seq} — Әлия Қасымқызы`, n: seq },
    });
    events.push(event);
    prev = event.hash;
  }
  return events;
}

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: undefined, w: 'ә' }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"w":"ә","y":2}]},"b":1}');
  });
  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
  });
});

describe('audit hash chain', () => {
  it('hashes SHA-256 over the previous hash and the canonical event', async () => {
    const [first] = await chainOf(1);
    const expected = createHash('sha256').update(linkText(GENESIS_HASH, first!)).digest('hex');
    expect(first!.hash).toBe(expected);
    expect(first!.prevHash).toBe(GENESIS_HASH);
  });

  it('verifies an intact chain', async () => {
    const events = await chainOf(6);
    expect(await verifyChain(events)).toEqual({ ok: true, count: 6, lastHash: events[5]!.hash });
    expect(await verifyChain([])).toEqual({ ok: true, count: 0, lastHash: GENESIS_HASH });
  });

  it('pinpoints an edited event', async () => {
    const events = await chainOf(6);
    events[3] = { ...events[3]!, data: { note: 'changed afterwards', n: 4 } };
    expect(await verifyChain(events)).toEqual({ ok: false, count: 3, brokenAt: 4, reason: 'hash-mismatch' });
  });

  it('pinpoints a removed event', async () => {
    const events = await chainOf(6);
    events.splice(2, 1);
    expect(await verifyChain(events)).toMatchObject({ ok: false, brokenAt: 4, reason: 'sequence-gap' });
  });

  it('pinpoints an event re-sealed on its own (the next link breaks)', async () => {
    const events = await chainOf(6);
    events[2] = await sealEvent(events[2]!.prevHash, { ...events[2]!, actor: 'intruder' });
    expect(await verifyChain(events)).toMatchObject({ ok: false, brokenAt: 4, reason: 'link-mismatch' });
  });
});
