/**
 * An RF citizen's destruction appears once in a batch act: one recorded destruction answers the KZ and the RF
 * obligation; a case of an older release whose destruction was recorded twice leaves the offer once an act
 * records either.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCase, recordAction } from '../../../renderer/db/case-repository';
import { QorgauDatabase } from '../../../renderer/db/database';
import { destructionCandidates } from '../../../renderer/db/document-queries';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`candidates-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
});

const RECEIVED = '2026-11-20T05:00:00.000Z';

async function rfCase(name: string) {
  const record = await createCase(
    db,
    {
      receivedAt: RECEIVED,
      enteredAt: RECEIVED,
      registrationYear: 2026,
      channel: 'email',
      language: 'ru',
      rfSubject: true,
      requestTypes: ['destruction'],
      subject: { fullName: name, email: 'rf@example.ru' },
      description: '',
    },
    [
      { ruleId: 'kz.destruction.demand', triggerAt: RECEIVED, dueAt: '2026-11-25T13:00:00.000Z', urgentFromStart: false },
      { ruleId: 'ru.destruction.destroy', triggerAt: RECEIVED, dueAt: '2026-12-01T13:00:00.000Z', urgentFromStart: false },
    ],
    [],
    'dpo',
  );
  const obligations = await db.obligations.where('caseId').equals(record.id).toArray();
  return { record, obligations };
}

const destroy = (caseId: string, obligationId: string, ruleId: 'kz.destruction.demand' | 'ru.destruction.destroy', at: string) => ({
  caseId,
  obligationId,
  kind: 'destroy' as const,
  at,
  recordedAt: at,
  actor: 'dpo',
  note: '',
  data: { grounds: [], ruleId },
});

describe('batch act candidates', () => {
  it('a case whose twin destructions (an older release) one act records is no longer offered', async () => {
    const { record, obligations } = await rfCase('Смирнова Мария Андреевна');
    const kz = obligations.find((o) => o.ruleId === 'kz.destruction.demand')!;
    const ru = obligations.find((o) => o.ruleId === 'ru.destruction.destroy')!;
    await recordAction(db, destroy(record.id, kz.id, 'kz.destruction.demand', '2026-11-23T05:00:00.000Z'), { completes: [kz.id], spawns: [] }, []);
    const second = await recordAction(
      db,
      destroy(record.id, ru.id, 'ru.destruction.destroy', '2026-11-23T05:05:00.000Z'),
      { completes: [ru.id], spawns: [] },
      [],
    );
    expect((await destructionCandidates(db)).map((c) => c.record.number)).toEqual([record.number]);
    await db.documents.add({
      id: 'act-1',
      caseId: record.id,
      caseIds: [record.id],
      actionIds: [second.id],
      kind: 'destruction-act',
      number: 'DPO-ACT/2026/0001',
      date: '2026-11-23',
      language: 'ru',
      sha256: 'a'.repeat(64),
      createdAt: '2026-11-23T06:00:00.000Z',
      bytes: new Blob(['%PDF-']),
    });
    expect(await destructionCandidates(db)).toEqual([]);
    // A voided act covers nothing: the destruction is on offer again for a new act.
    await db.documents.update('act-1', { voided: { at: '2026-11-24T05:00:00.000Z', date: '2026-11-24', reason: 'акт не на ту партию', actor: 'dpo' } });
    expect((await destructionCandidates(db)).map((c) => c.record.number)).toEqual([record.number]);
  });
});
