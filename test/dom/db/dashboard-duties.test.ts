/**
 * The dashboard counts one row per duty (legal-reference §11): an RF citizen's destruction demand has a KZ and
 * an RF obligation — one row, led by the earlier clock, both clocks in its detail. One recorded destruction
 * fulfils both, the row leaves the dashboard, and the case appears once in a batch act.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordObligationAction, registerRequest } from '../../../renderer/db/case-steps';
import { groupByDuty, loadDashboard } from '../../../renderer/db/dashboard-queries';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { destructionCandidates, loadActCases } from '../../../renderer/db/document-queries';
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import { bucketClock } from '../../../shared/cases/buckets';
import { destructionActInputOf } from '../../../shared/documents/case-documents';
import { emptyOrgProfile, toOrgProfile, type OrgProfileSetting } from '../../../shared/documents/profile-schema';
import { getTimeZone } from '../../../shared/time/zone';
import { effectiveActDefaults } from '../../../renderer/features/documents/case-data';
import type { IntakeValues } from '../../../shared/cases/intake-schema';
import { blockingIntake } from '../../fixtures/cases/intake';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`dashboard-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
});
afterEach(() => {
  useDatabaseForTests(undefined);
  db.close();
});

const PROFILE: OrgProfileSetting = {
  ...emptyOrgProfile(),
  legalName: { kk: '«Қорғау» ЖШС', ru: 'ТОО «Коргау»' },
  bin: '090540000013',
  dpo: { name: 'Омарова Сәуле', position: { kk: 'ДПО', ru: 'DPO' }, email: 'dpo@example.kz', phone: '+7 727 355 00 00' },
};
const settings = { closeOfBusiness: '18:00', deadlineTerms: {} };
const zone = getTimeZone('Asia/Almaty');
// Fri 20.11.2026 10:00 Almaty.
const RECEIVED = new Date('2026-11-20T05:00:00.000Z');
// Mon 23.11.2026 12:00 Almaty.
const NOW = new Date('2026-11-23T07:00:00.000Z');
const dashboard = () => loadDashboard(db, bucketClock(NOW, buildCalendar('kz'), zone), zone, 100);

const register = (name: string, types: IntakeValues['requestTypes'], rfSubject: boolean) =>
  registerRequest(
    blockingIntake({
      rfSubject,
      requestTypes: types,
      subject: { fullName: name, iin: '', birthDate: '', email: 'rf@example.ru', phone: '', address: '', formOfAddress: 'neutral' },
    }),
    RECEIVED,
    [],
    settings,
    RECEIVED,
  );

describe('dashboard: one row per duty', () => {
  it('an RF citizen’s destruction: one row (the earlier KZ clock leads), both clocks in the row; counts are duties', async () => {
    const record = await register('Смирнова Мария Андреевна', ['destruction'], true);
    const open = await db.obligations.where('caseId').equals(record.id).toArray();
    expect(open.map((o) => o.ruleId).sort()).toEqual(['kz.destruction.demand', 'ru.destruction.destroy']);
    const buckets = await dashboard();
    const rows = buckets.flatMap((b) => b.rows);
    expect(buckets.reduce((n, b) => n + b.count, 0)).toBe(1);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row!.duty).toBe('destruction');
    // K13 [I] 3 WD → Wed 25.11.2026 18:00; R4a 7 WD → Tue 01.12.2026 18:00 (earlier of the KZ and RF calendars).
    expect(row!.obligation).toMatchObject({ ruleId: 'kz.destruction.demand', dueAt: '2026-11-25T13:00:00.000Z' });
    expect(row!.clocks.map((c) => [c.ruleId, c.dueAt])).toEqual([
      ['kz.destruction.demand', '2026-11-25T13:00:00.000Z'],
      ['ru.destruction.destroy', '2026-12-01T13:00:00.000Z'],
    ]);
    expect(buckets.find((b) => b.bucket === 'next-3-working-days')?.count).toBe(1);
    expect(buckets.find((b) => b.bucket === 'later')?.count).toBe(0);
  });

  it('distinct duties of one case and the same duty of two cases are separate rows', async () => {
    const unlawful = await register('Петров Игорь Васильевич', ['unlawful-processing'], true);
    await register('Ковалёв Дмитрий Сергеевич', ['access'], true);
    await register('Ким Ольга Николаевна', ['access'], false);
    const rows = (await dashboard()).flatMap((b) => b.rows);
    // Unlawful processing: block (R6), stop (R8), destroy (R9) — three duties; two access cases — two rows.
    expect(
      rows
        .filter((r) => r.caseRecord.id === unlawful.id)
        .map((r) => r.duty)
        .sort(),
    ).toEqual(['blocking', 'destruction', 'stop']);
    const access = rows.filter((r) => r.duty === 'access');
    expect(access).toHaveLength(2);
    expect(access.map((r) => r.clocks.length).sort()).toEqual([1, 2]);
  });

  it('groupByDuty keeps the ascending order: the first clock of each (case, duty) leads', () => {
    const o = (id: string, caseId: string, ruleId: 'kz.access.provide' | 'ru.access.provide' | 'kz.block', dueAt: string) => ({
      id,
      caseId,
      ruleId,
      triggerAt: '2026-11-20T05:00:00.000Z',
      dueAt,
      status: 'open' as const,
      urgentFromStart: false,
      extended: false,
      notified: [],
    });
    const groups = groupByDuty([
      o('1', 'a', 'kz.access.provide', '2026-11-25T13:00:00.000Z'),
      o('2', 'b', 'kz.block', '2026-11-26T13:00:00.000Z'),
      o('3', 'a', 'ru.access.provide', '2026-12-04T13:00:00.000Z'),
    ]);
    expect(groups.map((g) => [g.duty, g.clocks.map((c) => c.id)])).toEqual([
      ['access', ['1', '3']],
      ['blocking', ['2']],
    ]);
  });

  it('one recorded destruction fulfils both obligations, empties the row, and the case is once in a batch act', async () => {
    const record = await register('Смирнова Мария Андреевна', ['destruction'], true);
    const other = await register('Сидоров Павел Ильич', ['destruction'], true);
    for (const r of [record, other]) {
      const all = await db.obligations.where('caseId').equals(r.id).toArray();
      const ru = all.find((o) => o.ruleId === 'ru.destruction.destroy')!;
      expect(
        await recordObligationAction(
          {
            caseId: r.id,
            obligationId: ru.id,
            kind: 'destroy',
            at: new Date('2026-11-23T06:00:00.000Z'),
            note: 'CRM',
            grounds: [],
            files: [],
            basis: 'unlawful-processing',
          },
          settings,
          NOW,
        ),
      ).toBeUndefined();
      const after = await db.obligations.where('caseId').equals(r.id).toArray();
      expect(
        after
          .filter((o) => o.ruleId !== 'ru.destruction.keep-act')
          .map((o) => [o.ruleId, o.status])
          .sort(),
      ).toEqual([
        ['kz.destruction.demand', 'done'],
        ['ru.destruction.destroy', 'done'],
      ]);
    }
    expect(await db.actions.where('kind').equals('destroy').count()).toBe(2);
    expect((await dashboard()).flatMap((b) => b.rows)).toEqual([]);
    const candidates = await destructionCandidates(db);
    expect(candidates.map((c) => c.record.subject.fullName).sort()).toEqual(['Сидоров Павел Ильич', 'Смирнова Мария Андреевна']);
    const cases = await loadActCases(
      db,
      candidates.map((c) => c.record.id),
    );
    expect(cases).toHaveLength(2);
    // The act is held to the earlier of the two terms the destruction answered (K13 3 WD before R4a 7 WD).
    expect(cases.map((c) => c.obligation?.ruleId)).toEqual(['kz.destruction.demand', 'kz.destruction.demand']);
    const input = destructionActInputOf({
      org: toOrgProfile(PROFILE, 'Asia/Almaty'),
      defaults: effectiveActDefaults(null, PROFILE),
      act: { number: 'DPO-ACT/2026/0001', date: '2026-11-23' },
      cases,
      choices: {
        reason: 'unlawful-processing',
        categories: [{ kk: 'байланыс деректері', ru: 'контактные данные' }],
        informationSystems: [{ kk: 'CRM', ru: 'CRM' }],
        paperCarriers: [],
        methods: ['database-deletion'],
        retained: [],
      },
      describe: (e) => e.type,
    });
    expect(input.subjects.map((s) => s.fullName).sort()).toEqual(['Сидоров Павел Ильич', 'Смирнова Мария Андреевна']);
    expect(input.eventLog.filter((r) => r.action.ru === 'action.destroy')).toHaveLength(2);
  });
});
