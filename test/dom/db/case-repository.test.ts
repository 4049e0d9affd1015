import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyAuditTrail, caseHistory } from '../../../renderer/db/audit-log';
import { annotateCase, CaseWriteError, createCase, recordAction, type NewCase, type ObligationPlan } from '../../../renderer/db/case-repository';
import { QorgauDatabase } from '../../../renderer/db/database';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`repo-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
});

const request = (over: Partial<NewCase> = {}): NewCase => ({
  receivedAt: '2025-03-07T11:40:00.000Z',
  enteredAt: '2025-03-07T12:00:00.000Z',
  registrationYear: 2025,
  channel: 'email',
  language: 'ru',
  rfSubject: false,
  requestTypes: ['blocking'],
  subject: { fullName: 'Ерлан Сапаров', iin: '900315400123', email: 'e@example.kz' },
  description: 'Прошу заблокировать мои данные',
  ...over,
});

const blockPlan: ObligationPlan[] = [{ ruleId: 'kz.block', triggerAt: '2025-03-07T11:40:00.000Z', dueAt: '2025-03-11T13:00:00.000Z', urgentFromStart: false }];

describe('case repository', () => {
  it('numbers cases per year without gaps and writes case, obligations, attachments and audit together', async () => {
    const file = new Blob([new TextEncoder().encode('скан заявления')], { type: 'application/pdf' });
    const first = await createCase(db, request(), blockPlan, [{ name: 'заявление.pdf', type: 'application/pdf', blob: file }], 'dpo');
    const second = await createCase(db, request(), [], [], 'dpo');
    const nextYear = await createCase(db, request({ registrationYear: 2026 }), [], [], 'dpo');
    expect([first.number, second.number, nextYear.number]).toEqual(['DSR-2025-000001', 'DSR-2025-000002', 'DSR-2026-000001']);
    expect(first.nextDueAt).toBe('2025-03-11T13:00:00.000Z');
    expect(first.subjectName).toBe('ерлан сапаров');
    expect(await db.obligations.where('caseId').equals(first.id).count()).toBe(1);
    const [attachment] = await db.attachments.where('caseId').equals(first.id).toArray();
    expect(attachment).toMatchObject({ name: 'заявление.pdf', size: file.size });
    expect(attachment?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyAuditTrail(db)).toMatchObject({ ok: true, count: 3 });
  });

  it('leaves nothing behind when the write fails half-way', async () => {
    await createCase(db, request(), blockPlan, [], 'dpo');
    const before = { cases: await db.cases.count(), obligations: await db.obligations.count(), audit: await db.audit.count() };
    // A duplicate obligation id makes bulkAdd fail after the case row is written inside the transaction.
    const existing = (await db.obligations.toArray())[0]!;
    const original = db.obligations.bulkAdd.bind(db.obligations);
    db.obligations.bulkAdd = (rows: never[]) => original([...rows, existing] as never);
    await expect(createCase(db, request(), blockPlan, [], 'dpo')).rejects.toThrow();
    db.obligations.bulkAdd = original;
    expect({ cases: await db.cases.count(), obligations: await db.obligations.count(), audit: await db.audit.count() }).toEqual(before);
    expect((await db.counters.get('case-seq:2025'))?.value).toBe(1);
    expect((await createCase(db, request(), [], [], 'dpo')).number).toBe('DSR-2025-000002');
  });

  it('records actions with their effects; a closed case accepts only annotations', async () => {
    const created = await createCase(db, request(), blockPlan, [], 'dpo');
    const [block] = await db.obligations.where('caseId').equals(created.id).toArray();
    await recordAction(
      db,
      {
        caseId: created.id,
        obligationId: block!.id,
        kind: 'block',
        at: '2025-03-10T05:00:00.000Z',
        recordedAt: '2025-03-10T05:01:00.000Z',
        actor: 'dpo',
        note: 'заблокировано в CRM',
        data: { grounds: [], ruleId: 'kz.block' },
      },
      {
        completes: [block!.id],
        spawns: [{ ruleId: 'kz.destroy', triggerAt: '2025-03-10T06:00:00.000Z', dueAt: '2025-03-11T13:00:00.000Z', urgentFromStart: false }],
      },
      [],
    );
    expect((await db.obligations.get(block!.id))?.status).toBe('done');
    const spawned = (await db.obligations.where('caseId').equals(created.id).toArray()).find((o) => o.status === 'open')!;
    await recordAction(
      db,
      {
        caseId: created.id,
        kind: 'close',
        at: '2025-03-11T05:00:00.000Z',
        recordedAt: '2025-03-11T05:00:00.000Z',
        actor: 'dpo',
        note: '',
        data: { outcome: 'fulfilled' },
      },
      {
        completes: [],
        spawns: [],
        closes: { outcome: 'fulfilled' },
        waives: [{ obligationId: spawned.id, ruleId: 'kz.destroy', reason: 'уничтожено вне системы' }],
      },
      [],
    );
    const closed = await db.cases.get(created.id);
    expect(closed).toMatchObject({ status: 'closed', outcome: 'fulfilled', nextDueAt: '' });
    expect((await db.obligations.where('caseId').equals(created.id).toArray()).map((o) => o.status).sort()).toEqual(['cancelled', 'done']);
    await expect(
      recordAction(
        db,
        { caseId: created.id, kind: 'block', at: '', recordedAt: '', actor: 'dpo', note: '', data: { grounds: [], ruleId: 'kz.block' } },
        { completes: [], spawns: [] },
        [],
      ),
    ).rejects.toEqual(new CaseWriteError('closed'));
    await annotateCase(db, created.id, 'Ответ вручён лично', 'dpo', '2025-03-12T05:00:00.000Z');
    expect((await caseHistory(db, created.id)).map((e) => e.type)).toEqual(['case.created', 'action.block', 'action.close', 'case.annotated']);
    expect(await verifyAuditTrail(db)).toMatchObject({ ok: true, count: 4 });
  });

  it('the integrity check finds a tampered event', async () => {
    const created = await createCase(db, request(), blockPlan, [], 'dpo');
    await annotateCase(db, created.id, 'a', 'dpo', '2025-03-12T05:00:00.000Z');
    await annotateCase(db, created.id, 'b', 'dpo', '2025-03-12T06:00:00.000Z');
    await db.audit.update(2, { actor: 'someone else' });
    expect(await verifyAuditTrail(db)).toEqual({ ok: false, count: 1, brokenAt: 2, reason: 'hash-mismatch' });
  });
});

describe('recomputing open deadlines', () => {
  it('moves open obligations only, updates the case’s next deadline, audits once; nothing to move writes nothing', async () => {
    const { recomputeOpenDeadlines } = await import('../../../renderer/db/case-repository');
    const created = await createCase(db, request(), blockPlan, [], 'dpo');
    const auditBefore = await db.audit.count();
    expect(await recomputeOpenDeadlines(db, (o) => o.dueAt, 'nothing changed', 'dpo', '2025-03-08T00:00:00.000Z')).toBe(0);
    expect(await db.audit.count()).toBe(auditBefore);
    const moved = await recomputeOpenDeadlines(db, () => '2025-03-12T13:00:00.000Z', 'calendar kz 2025-03-11', 'dpo', '2025-03-08T00:00:00.000Z');
    expect(moved).toBe(1);
    expect((await db.cases.get(created.id))?.nextDueAt).toBe('2025-03-12T13:00:00.000Z');
    const last = await db.audit.orderBy('seq').last();
    expect(last).toMatchObject({ type: 'deadlines.recomputed', data: { cause: 'calendar kz 2025-03-11' } });
    expect(await verifyAuditTrail(db)).toMatchObject({ ok: true });
  });
});
