/**
 * What a (batch) destruction act is made from: each case with its destroy action, the obligation that action
 * fulfilled and the case's own audit trail, loaded with a few indexed queries however many cases — then the
 * act's input with one subject row per case and the event-log annex from those trails.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../shared/cases/model';
import { destructionActInputOf } from '../../../shared/documents/case-documents';
import { emptyOrgProfile, toOrgProfile, type OrgProfileSetting } from '../../../shared/documents/profile-schema';
import { createCase, recordAction } from '../../../renderer/db/case-repository';
import { QorgauDatabase } from '../../../renderer/db/database';
import { loadActCases } from '../../../renderer/db/document-queries';
import { effectiveActDefaults } from '../../../renderer/features/documents/case-data';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`act-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
});

const CASES = 120;

async function destroyedCase(i: number): Promise<CaseRecord> {
  const received = new Date(Date.UTC(2026, 10, 2, 5, 0) + i * 60_000).toISOString();
  const record = await createCase(
    db,
    {
      receivedAt: received,
      enteredAt: received,
      registrationYear: 2026,
      channel: 'email',
      language: i % 2 === 0 ? 'kk' : 'ru',
      rfSubject: false,
      requestTypes: ['destruction'],
      subject: { fullName: `Субъект ${String(i).padStart(4, '0')}`, email: `s${i}@example.kz` },
      description: '',
    },
    [{ ruleId: 'kz.destroy', triggerAt: received, dueAt: '2026-11-20T13:00:00.000Z', urgentFromStart: false }],
    [],
    'dpo',
  );
  const [obligation] = await db.obligations.where('caseId').equals(record.id).toArray();
  // An earlier, superseded destroy on a few cases: the act takes the latest.
  const destroys = i % 10 === 0 ? ['2026-11-10T05:00:00.000Z', '2026-11-11T05:00:00.000Z'] : ['2026-11-11T05:00:00.000Z'];
  for (const [n, at] of destroys.entries()) {
    await recordAction(
      db,
      {
        caseId: record.id,
        obligationId: obligation!.id,
        kind: 'destroy',
        at,
        recordedAt: at,
        actor: 'dpo',
        note: `уничтожено ${n + 1}`,
        data: { grounds: [], ruleId: 'kz.destroy' },
      },
      { completes: n === destroys.length - 1 ? [obligation!.id] : [], spawns: [] },
      [],
    );
  }
  return record;
}

describe('act cases', () => {
  it(`loads ${CASES} cases with their latest destroy, its obligation and their trails, and makes one act of them`, async () => {
    const records: CaseRecord[] = [];
    for (let i = 0; i < CASES; i++) records.push(await destroyedCase(i));
    const ids = records.map((r) => r.id);

    const loaded = await loadActCases(db, [...ids, 'no-such-case']);
    expect(loaded).toHaveLength(CASES);
    for (const c of loaded) {
      expect(c.destroy.caseId).toBe(c.record.id);
      expect(c.destroy.at).toBe('2026-11-11T05:00:00.000Z');
      expect(c.obligation?.completedByActionId).toBe(c.destroy.id);
      expect(c.history.map((e) => e.type)[0]).toBe('case.created');
      expect(c.history.every((e) => e.caseId === c.record.id)).toBe(true);
      expect(c.history.map((e) => e.seq)).toEqual([...c.history.map((e) => e.seq)].sort((a, b) => a - b));
    }
    // A given action: that one, even if a later destroy exists.
    const first = (await db.actions.where('caseId').equals(ids[0]!).sortBy('at'))[0]!;
    expect((await loadActCases(db, [ids[0]!], first.id))[0]?.destroy.id).toBe(first.id);

    const profile: OrgProfileSetting = {
      ...emptyOrgProfile(),
      legalName: { kk: '«Қорғау» ЖШС', ru: 'ТОО «Коргау»' },
      bin: '090540000013',
      dpo: { name: 'Омарова Сәуле', position: { kk: 'ДПО', ru: 'DPO' }, email: 'dpo@example.kz', phone: '+7 727 355 00 00' },
    };
    const input = destructionActInputOf({
      org: toOrgProfile(profile, 'Asia/Almaty'),
      defaults: effectiveActDefaults(null, profile),
      act: { number: 'ACT/2026/0001', date: '2026-11-23' },
      cases: loaded,
      choices: {
        reason: 'consent-withdrawn',
        categories: [{ kk: 'аты-жөні', ru: 'ФИО' }],
        informationSystems: [{ kk: 'CRM', ru: 'CRM' }],
        paperCarriers: [],
        methods: ['database-deletion'],
        retained: [],
      },
      describe: (e) => e.type,
    });
    expect(input.subjects).toHaveLength(CASES);
    expect(new Set(input.subjects.map((s) => s.caseNumber)).size).toBe(CASES);
    expect(input.cases).toHaveLength(CASES);
    expect(input.destroyedAt).toBe('2026-11-11T05:00:00.000Z');
    // Each case's trail in the annex: its registration and each destroy.
    expect(input.eventLog.length).toBeGreaterThanOrEqual(CASES * 2);
    expect(input.destroyedBy).toEqual([{ name: 'Омарова Сәуле', position: { kk: 'ДПО', ru: 'DPO' } }]);
  }, 60_000);
});
