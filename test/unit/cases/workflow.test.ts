import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import { currentDue, explainObligation, extendedDue, intakeObligations, spawnedObligations, type DeadlineContext } from '../../../shared/cases/deadlines';
import type { ObligationRecord } from '../../../shared/cases/model';
import { allowedActions, planAction, WorkflowError } from '../../../shared/cases/workflow';
import { termSettingKey } from '../../../shared/rules';

const context: DeadlineContext = {
  settings: {},
  zone: 'Asia/Almaty',
  closeOfBusiness: '18:00',
  calendars: { kz: buildCalendar('kz'), ru: buildCalendar('ru') },
};

const record = (over: Partial<ObligationRecord> & Pick<ObligationRecord, 'ruleId'>): ObligationRecord => ({
  id: over.ruleId,
  caseId: 'c',
  triggerAt: '2025-03-07T11:40:00.000Z',
  dueAt: '2025-03-11T13:00:00.000Z',
  status: 'open',
  urgentFromStart: false,
  extended: false,
  notified: [],
  ...over,
});

describe('obligations at intake', () => {
  it('a blocking request received Fri 07.03.2025 16:40 must be blocked by Tue 11.03.2025 18:00 (Almaty)', () => {
    const [block] = intakeObligations({ receivedAt: '2025-03-07T11:40:00.000Z', requestTypes: ['blocking'], rfSubject: false }, context);
    expect(block).toMatchObject({ ruleId: 'kz.block', dueAt: '2025-03-11T13:00:00.000Z', urgentFromStart: false });
  });

  it('an access request of an RF citizen gets one KZ and one RF clock for the one duty (no twin refuse clocks)', () => {
    const planned = intakeObligations({ receivedAt: '2026-11-20T04:00:00.000Z', requestTypes: ['access'], rfSubject: true }, context);
    expect(planned.map((p) => p.ruleId)).toEqual(['kz.access.provide', 'ru.access.provide']);
  });

  it('reads the DPO’s setting for an [S] term (access, default 3 working days)', () => {
    const base = intakeObligations({ receivedAt: '2026-11-20T04:00:00.000Z', requestTypes: ['access'], rfSubject: false }, context)[0]!;
    const five = intakeObligations(
      { receivedAt: '2026-11-20T04:00:00.000Z', requestTypes: ['access'], rfSubject: false },
      { ...context, settings: { [termSettingKey('kz.access.provide')]: 5 } },
    )[0]!;
    // received Fri 20.11.2026: 3 WD → Wed 25.11, 5 WD → Fri 27.11 (18:00 Almaty)
    expect(base.dueAt).toBe('2026-11-25T13:00:00.000Z');
    expect(five.dueAt).toBe('2026-11-27T13:00:00.000Z');
  });

  it('a breach is urgent from the moment of detection', () => {
    const [notify] = intakeObligations({ receivedAt: '2026-05-26T05:00:00.000Z', requestTypes: ['breach'], rfSubject: false }, context);
    expect(notify?.urgentFromStart).toBe(true);
  });
});

describe('workflow', () => {
  it('block → verification confirmed → destroy on its own one-working-day clock', () => {
    const block = record({ ruleId: 'kz.block' });
    expect(allowedActions(block, [block])).toEqual(['block']);
    expect(planAction('block', block, [block], '2025-03-10T05:00:00.000Z')).toEqual({ completes: ['kz.block'], spawns: [], extend: false });
    const done = { ...block, status: 'done' as const };
    expect(allowedActions(done, [done])).toEqual(['verify-confirmed', 'verify-not-confirmed']);
    const plan = planAction('verify-confirmed', done, [done], '2025-03-11T05:00:00.000Z');
    expect(plan.spawns).toEqual([{ ruleId: 'kz.destroy', clock: 'outcome', from: '2025-03-11T05:00:00.000Z' }]);
    const [destroy] = spawnedObligations(plan.spawns, done.id, context);
    expect(destroy).toMatchObject({ ruleId: 'kz.destroy', parentId: 'kz.block', dueAt: '2025-03-12T13:00:00.000Z' });
    const spawned = record({ ruleId: 'kz.destroy', id: 'd', parentId: done.id });
    expect(allowedActions(done, [done, spawned])).toEqual([]);
    expect(allowedActions(spawned, [done, spawned])).toEqual(['destroy']);
  });

  it('not confirmed → unblock', () => {
    const done = record({ ruleId: 'kz.block', status: 'done' });
    expect(planAction('verify-not-confirmed', done, [done], '2025-03-11T05:00:00.000Z').spawns.map((s) => s.ruleId)).toEqual(['kz.unblock']);
  });

  it('answering access one way closes both alternatives', () => {
    const provide = record({ ruleId: 'kz.access.provide' });
    const refuse = record({ ruleId: 'kz.access.refuse' });
    expect(planAction('refuse', refuse, [provide, refuse], '2026-01-01T00:00:00.000Z').completes.sort()).toEqual(['kz.access.provide', 'kz.access.refuse']);
  });

  it('RF extension only where the rule allows it, once; +5 working days from the same start', () => {
    const ru = record({ ruleId: 'ru.access.provide', triggerAt: '2026-11-02T06:00:00.000Z' });
    expect(allowedActions(ru, [ru])).toContain('extend');
    expect(allowedActions({ ...ru, extended: true }, [ru])).not.toContain('extend');
    expect(allowedActions(record({ ruleId: 'kz.block' }), [])).not.toContain('extend');
    const normal = currentDue(ru, context);
    const longer = extendedDue(ru, context);
    expect(Date.parse(longer) - Date.parse(normal)).toBeGreaterThanOrEqual(5 * 86_400_000);
  });

  it('refuses actions the state does not allow', () => {
    const block = record({ ruleId: 'kz.block' });
    expect(() => planAction('destroy', block, [block], '2025-03-11T05:00:00.000Z')).toThrow(WorkflowError);
  });

  it('every deadline explains itself', () => {
    const lines = explainObligation(record({ ruleId: 'kz.block' }), context, 'en');
    expect(lines.join('\n')).toMatch(/11\.03\.2025/);
    expect(explainObligation(record({ ruleId: 'kz.block' }), context, 'kk').join('\n')).toMatch(/[әғқңөұүһі]/);
  });
});
