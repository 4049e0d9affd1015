import { describe, expect, it } from 'vitest';
import { upgradeSnapshot } from '../../../shared/backup/upgrade';
import { openCurrent, seedAtVersion } from './migration-harness';

const obligation = (id: string, caseId: string, ruleId: string, over: Record<string, unknown> = {}) => ({
  id,
  caseId,
  ruleId,
  triggerAt: '2026-03-02T05:00:00.000Z',
  dueAt: '2026-03-05T13:00:00.000Z',
  status: 'open',
  urgentFromStart: false,
  extended: false,
  notified: [],
  ...over,
});

const action = (id: string, caseId: string, kind: string, ruleId: string) => ({
  id,
  caseId,
  obligationId: `${caseId}-${ruleId}`,
  kind,
  at: '2026-03-03T05:00:00.000Z',
  recordedAt: '2026-03-03T05:01:00.000Z',
  actor: 'dpo',
  note: '',
  data: { grounds: [], ruleId },
});

/** c1: an open access request with twin clocks; c2: answered by a refusal (both done); c3: a block carried out. */
const V3_OBLIGATIONS = [
  obligation('o1', 'c1', 'kz.access.provide'),
  obligation('o2', 'c1', 'kz.access.refuse'),
  obligation('o3', 'c1', 'ru.access.provide'),
  obligation('o4', 'c1', 'ru.access.refuse'),
  obligation('o5', 'c2', 'kz.access.provide', { status: 'done', completedAt: '2026-03-03T05:00:00.000Z', completedByActionId: 'a1' }),
  obligation('o6', 'c2', 'kz.access.refuse', { status: 'done', completedAt: '2026-03-03T05:00:00.000Z', completedByActionId: 'a1' }),
  obligation('o7', 'c3', 'kz.block', { status: 'done', completedAt: '2026-03-03T05:00:00.000Z', completedByActionId: 'a2' }),
];
const V3_ACTIONS = [action('a1', 'c2', 'refuse', 'kz.access.refuse'), action('a2', 'c3', 'block', 'kz.block')];

describe('schema version 4: one obligation per duty, outcomes recorded', () => {
  it('keeps every obligation; twin refuse clocks are superseded by their provide clock; completed ones get their outcome', async () => {
    const run = await seedAtVersion(3, async (db) => {
      await db.obligations.bulkAdd(V3_OBLIGATIONS as never);
      await db.actions.bulkAdd(V3_ACTIONS as never);
    });
    const db = await openCurrent(run);
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(await db.obligations.count()).toBe(7);
    expect(await db.actions.count()).toBe(2);
    const get = async (id: string) => db.obligations.get(id);
    expect(await get('o1')).toMatchObject({ status: 'open', ruleId: 'kz.access.provide' });
    expect((await get('o1'))?.outcome).toBeUndefined();
    expect(await get('o2')).toMatchObject({ status: 'cancelled', outcome: { kind: 'superseded', by: 'o1' } });
    expect(await get('o4')).toMatchObject({ status: 'cancelled', outcome: { kind: 'superseded', by: 'o3' } });
    expect(await get('o5')).toMatchObject({ status: 'done', outcome: { kind: 'refused', actionId: 'a1' } });
    expect(await get('o6')).toMatchObject({ status: 'done', outcome: { kind: 'refused', actionId: 'a1' } });
    expect(await get('o7')).toMatchObject({ status: 'done', outcome: { kind: 'fulfilled', actionId: 'a2' } });
    // The dashboard's index sees one open clock per duty and jurisdiction.
    const open = await db.obligations.where('[status+dueAt]').between(['open', ''], ['open', '\uffff']).toArray();
    expect(open.map((o) => o.ruleId).sort()).toEqual(['kz.access.provide', 'ru.access.provide']);
    db.close();
  });

  it('a backup of version 3 is carried forward the same way', () => {
    const tables = upgradeSnapshot({ obligations: V3_OBLIGATIONS, actions: V3_ACTIONS }, 3, 4);
    const rows = tables.obligations ?? [];
    expect(rows).toHaveLength(7);
    expect(rows.find((o) => o.id === 'o2')).toMatchObject({ status: 'cancelled', outcome: { kind: 'superseded', by: 'o1' } });
    expect(rows.find((o) => o.id === 'o7')).toMatchObject({ outcome: { kind: 'fulfilled', actionId: 'a2' } });
    expect(tables.cases).toEqual([]);
  });
});
