/**
 * Partial destruction (legal-reference §11.1: "partly — what was destroyed, what is kept and until when"): the
 * outcome "partly" on a destruction duty answers with the reasoned letter and also has the confirmation and the
 * act of the part destroyed; the case is offered once for a batch act, and the act logs the partial destruction.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordObligationAction, registerRequest } from '../../../renderer/db/case-steps';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { destructionCandidates, loadActCases } from '../../../renderer/db/document-queries';
import { confirmationInputOf, defaultDestructionReason, documentOffers } from '../../../shared/documents/case-documents';
import { emptyOrgProfile, toOrgProfile, type OrgProfileSetting } from '../../../shared/documents/profile-schema';
import { blockingIntake } from '../../fixtures/cases/intake';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`partly-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
});
afterEach(() => {
  useDatabaseForTests(undefined);
  db.close();
});

const settings = { closeOfBusiness: '18:00', deadlineTerms: {} };
const PROFILE: OrgProfileSetting = {
  ...emptyOrgProfile(),
  legalName: { kk: '«Қорғау» ЖШС', ru: 'ТОО «Коргау»' },
  bin: '090540000013',
  dpo: { name: 'Омарова Сәуле', position: { kk: 'ДПО', ru: 'DPO' }, email: 'dpo@example.kz', phone: '+7 727 355 00 00' },
};
const RECEIVED = new Date('2026-11-20T05:00:00.000Z');

async function partlyDestroyed(rfSubject: boolean, kind: 'partly' | 'refuse' = 'partly') {
  const record = await registerRequest(
    blockingIntake({
      rfSubject,
      requestTypes: ['destruction'],
      subject: { fullName: 'Ковалёв Дмитрий Сергеевич', iin: '', birthDate: '', email: 'k@example.kz', phone: '', address: '', formOfAddress: 'male' },
    }),
    RECEIVED,
    [],
    settings,
    RECEIVED,
  );
  const [demand] = await db.obligations
    .where('caseId')
    .equals(record.id)
    .filter((o) => o.ruleId === 'kz.destruction.demand')
    .toArray();
  const problem = await recordObligationAction(
    {
      caseId: record.id,
      obligationId: demand!.id,
      kind,
      at: new Date('2026-11-23T06:00:00.000Z'),
      note: 'маркетинговые данные уничтожены; досье клиента хранится',
      grounds: ['kz-aml-retention-payment-organisation'],
      files: [],
      basis: 'relationship-ended',
    },
    settings,
    new Date('2026-11-23T07:00:00.000Z'),
  );
  expect(problem).toBeUndefined();
  const actions = await db.actions.where('caseId').equals(record.id).toArray();
  return { record, actions, obligations: await db.obligations.where('caseId').equals(record.id).toArray() };
}

describe('partial destruction', () => {
  it('answers with the reasoned letter, the confirmation of the part destroyed and its act; both duties of an RF citizen end', async () => {
    const { record, actions, obligations } = await partlyDestroyed(true);
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ kind: 'partly', data: { ruleId: 'kz.destruction.demand', basis: 'relationship-ended' } });
    expect(
      obligations
        .filter((o) => o.ruleId !== 'ru.destruction.keep-act')
        .map((o) => [o.ruleId, o.status, o.outcome?.kind])
        .sort(),
    ).toEqual([
      ['kz.destruction.demand', 'done', 'partly'],
      ['ru.destruction.destroy', 'done', 'partly'],
    ]);
    expect(documentOffers(actions, record).map((o) => o.kind)).toEqual(['refusal-letter', 'confirmation-destroyed', 'destruction-act']);
    expect(defaultDestructionReason(record, actions[0])).toBe('relationship-ended');
    const confirmation = confirmationInputOf(
      toOrgProfile(PROFILE, 'Asia/Almaty'),
      record,
      { number: 'OUT/1', date: '2026-11-23' },
      'confirmation-destroyed',
      actions[0]!,
      { scope: { kk: 'маркетингтік деректер', ru: 'маркетинговые данные' }, systems: [{ kk: 'CRM', ru: 'CRM' }] },
    );
    // The ground of the part destroyed (Art. 18 sub.2) and the RF part of the duty (Art. 20 p.3).
    expect(confirmation.basis?.map((b) => b.ru)).toEqual(['ст. 18 пп. 2) Закона РК № 94-V', 'ч. 3 ст. 20 Федерального закона № 152-ФЗ']);
    expect((await destructionCandidates(db)).map((c) => c.record.id)).toEqual([record.id]);
    const [actCase] = await loadActCases(db, [record.id]);
    expect(actCase?.destroy.id).toBe(actions[0]!.id);
    expect(actCase?.obligation?.ruleId).toBe('kz.destruction.demand');
  });

  it('a refusal destroys nothing: no confirmation, no act, no batch candidate', async () => {
    const { record, actions } = await partlyDestroyed(false, 'refuse');
    expect(documentOffers(actions, record).map((o) => o.kind)).toEqual(['refusal-letter']);
    expect(await destructionCandidates(db)).toEqual([]);
    expect(await loadActCases(db, [record.id])).toEqual([]);
  });

  it('"partly" on a duty that destroys nothing (access) offers the reasoned letter only', async () => {
    const record = await registerRequest(blockingIntake({ requestTypes: ['access'] }), RECEIVED, [], settings, RECEIVED);
    const [access] = await db.obligations.where('caseId').equals(record.id).toArray();
    await recordObligationAction(
      {
        caseId: record.id,
        obligationId: access!.id,
        kind: 'partly',
        at: new Date('2026-11-23T06:00:00.000Z'),
        note: '',
        grounds: ['kz-no-data-held'],
        files: [],
      },
      settings,
      new Date('2026-11-23T07:00:00.000Z'),
    );
    const actions = await db.actions.where('caseId').equals(record.id).toArray();
    expect(documentOffers(actions, record).map((o) => o.kind)).toEqual(['refusal-letter']);
    expect(await destructionCandidates(db)).toEqual([]);
  });
});
