/** The act of a scheduled destruction built from queue rows: reason, the retention basis, the systems, one row per relationship. */
import { describe, expect, it } from 'vitest';
import { buildDestructionAct } from '../../../shared/documents/destruction-act';
import type { DocumentModel } from '../../../shared/documents/document-model';
import type { ActDefaults } from '../../../shared/documents/profile-schema';
import { retentionActInputOf } from '../../../shared/processing/retention-act';
import type { RelationshipRecord } from '../../../shared/processing/relationship';
import { STARTERS } from '../../../shared/processing/starters';
import { LFT } from '../../fixtures/documents/sample-data';

const activities = STARTERS['microfinance-organisation'];
const position = { kk: 'ДҚО', ru: 'Ответственный за ПД' };
const defaults: ActDefaults = {
  destroyedBy: [{ name: 'Ахметова А.', position }],
  commission: [{ name: 'Ахметова А.', position, role: 'chair' }],
  informationSystems: [],
  categories: [],
  methods: ['database-deletion'],
  processor: { name: { kk: '', ru: '' }, address: { kk: '', ru: '' } },
  logMappings: {},
};
const rel = (id: string, over: Partial<RelationshipRecord> = {}): RelationshipRecord => ({
  id,
  subjectIin: '850315300108',
  subjectName: `Субъект ${id}`,
  rfSubject: false,
  contractNo: `MK-${id}`,
  activityId: 'microloan-contract',
  system: 'АБИС Colvir',
  createdAt: '2026-01-01T00:00:00.000Z',
  opened: '2015-01-01',
  ended: '2020-01-01',
  destroyOn: '2025-01-01',
  status: 'kept',
  ...over,
});

const text = (model: DocumentModel): string => JSON.stringify(model.blocks);

describe('retention act', () => {
  const input = retentionActInputOf({
    org: LFT,
    defaults,
    act: { number: 'ACT/2026/0001', date: '2026-11-20' },
    relationships: [rel('1'), rel('2', { system: 'CRM', activityId: 'debt-recovery', rfSubject: true })],
    activities,
    destroyedAt: '2026-11-20T06:00:00.000Z',
  });

  it('states the reason, each activity’s retention basis, the systems and one subject row per relationship; no cases', () => {
    expect(input.reason).toBe('storage-term-expired');
    expect(input.cases).toEqual([]);
    expect(input.subjects).toHaveLength(2);
    expect(input.subjects[0]?.identifier.ru).toMatch(/^ИИН .+, договор № MK-1$/);
    expect(input.subjects[1]?.identifier.kk).toMatch(/^ЖСН .+, шарт № MK-2$/);
    expect(input.informationSystems.map((s) => s.ru)).toEqual(['CRM', 'АБИС Colvir']);
    const bases = [...new Set(['microloan-contract', 'debt-recovery'].map((id) => activities.find((a) => a.id === id)!.retention.basis.ru))];
    expect(input.extraCitations?.map((c) => c.ru)).toEqual(bases);
    expect(input.includesRfSubjects).toBe(true);
    // Destroyed after both terms ended: late from the first missed day, naming the contracts.
    expect(input.dueBy).toBe('2025-01-01T23:59:59+05:00');
    expect(input.lateReason?.ru).toBe('с нарушением срока по договорам: MK-1, MK-2');
    // Annex 2: one Qorgau row per relationship with the day its term ended; annex 1 says the systems' extract was not loaded.
    expect(input.eventLog.map((r) => r.action.ru)).toEqual([expect.stringMatching(/^срок хранения истёк 01\.01\.2025 \(/), expect.any(String)]);
    expect(input.systemLogAbsent?.ru).toContain('CRM, АБИС Colvir');
    const ru = text(buildDestructionAct(input, 'ru'));
    for (const needle of ['истечение', 'MK-1', 'MK-2', 'CRM', 'АБИС Colvir', ...bases]) expect(ru).toContain(needle);
  });

  it('states the latest term as met when destroyed in time', () => {
    const inTime = retentionActInputOf({
      org: LFT,
      defaults,
      act: { number: 'A', date: '2026-11-20' },
      relationships: [rel('1', { destroyOn: '2026-11-25' }), rel('2', { destroyOn: '2026-12-10' })],
      activities,
      destroyedAt: '2026-11-20T06:00:00.000Z',
    });
    expect(inTime.dueBy).toBe('2026-12-10T23:59:59+05:00');
    expect(inTime.lateReason).toBeUndefined();
  });

  it('refuses a relationship whose activity is not in the register, and an empty choice', () => {
    const args = { org: LFT, defaults, act: { number: 'A', date: '2026-11-20' }, activities, destroyedAt: '2026-11-20T06:00:00.000Z' };
    expect(() => retentionActInputOf({ ...args, relationships: [rel('x', { activityId: 'nope' })] })).toThrow(RangeError);
    expect(() => retentionActInputOf({ ...args, relationships: [] })).toThrow(RangeError);
  });
});
