/**
 * The case record is evidence: time runs forward, corrections keep a trail and re-date the obligations,
 * closing with an open obligation needs a waiver, a closed case reopens with a reason, a case registered
 * by mistake is withdrawn (never deleted), an issued letter is voided (never deleted, its number never
 * reused). Each step is one transaction: a failure injected into its last write changes nothing.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyAuditTrail } from '../../../renderer/db/audit-log';
import { CaseWriteError, closeCase, recordObligationAction, registerRequest, reopenCase } from '../../../renderer/db/case-steps';
import { correctAction, correctCase, withdrawCase } from '../../../renderer/db/correction-steps';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { issueDocument, nextSequence } from '../../../renderer/db/document-repository';
import { voidDocument } from '../../../renderer/db/document-steps';
import { REQUEST_TYPES } from '../../../shared/rules/request-types';
import { takeSnapshot } from '../../../renderer/db/backup-snapshot';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { decodeBackup } from '../../../shared/backup/codec';
import { BLOCKING_ENTERED, BLOCKING_RECEIVED, blockingIntake } from '../../fixtures/cases/intake';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`evidence-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
});
afterEach(() => {
  vi.restoreAllMocks();
  useDatabaseForTests(undefined);
  db.close();
});

const settings = { closeOfBusiness: '18:00', deadlineTerms: {} };
const later = new Date('2025-03-12T06:00:00.000Z');

async function everything(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    out[table.name] = rows.map((row: object) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Blob ? { blob: v.size, type: v.type } : v])),
    );
  }
  return out;
}
const failAuditOnce = () => vi.spyOn(db.audit, 'bulkAdd').mockRejectedValueOnce(new Error('injected: disk full'));

async function registered(over: Parameters<typeof blockingIntake>[0] = {}) {
  const record = await registerRequest(blockingIntake(over), BLOCKING_RECEIVED, [], settings, BLOCKING_ENTERED);
  const obligations = await db.obligations.where('caseId').equals(record.id).toArray();
  return { record, block: obligations.find((o) => o.ruleId === 'kz.block')! };
}

const action = (caseId: string, obligationId: string, kind: 'block' | 'verify-confirmed' | 'destroy', at: string, note = 'сделано в CRM, заявка 4471') => ({
  caseId,
  obligationId,
  kind,
  at: new Date(at),
  note,
  grounds: [],
  files: [],
});

describe('time runs forward', () => {
  it('an action before the receipt of the request is refused, naming the receipt; nothing is written', async () => {
    const { record, block } = await registered();
    const before = await everything();
    const result = await recordObligationAction(action(record.id, block.id, 'block', '2025-02-07T05:00:00.000Z'), settings, later);
    expect(result).toEqual({ problem: 'too-early', bound: { kind: 'receipt', at: BLOCKING_RECEIVED.toISOString() } });
    expect(await everything()).toEqual(before);
  });

  it('a verification before the blocking, a destruction before the confirmed violation are refused; backdating within bounds is kept with both times', async () => {
    const { record, block } = await registered();
    expect(await recordObligationAction(action(record.id, block.id, 'block', '2025-03-10T05:00:00.000Z'), settings, later)).toBeUndefined();
    const early = await recordObligationAction(action(record.id, block.id, 'verify-confirmed', '2025-03-10T04:00:00.000Z'), settings, later);
    expect(early).toEqual({ problem: 'too-early', bound: { kind: 'step', step: 'block', at: '2025-03-10T05:00:00.000Z' } });
    expect(await recordObligationAction(action(record.id, block.id, 'verify-confirmed', '2025-03-10T09:00:00.000Z'), settings, later)).toBeUndefined();
    const destroy = (await db.obligations.where('caseId').equals(record.id).toArray()).find((o) => o.parentId === block.id)!;
    expect(destroy.ruleId).toBe('kz.destroy');
    const tooEarly = await recordObligationAction(action(record.id, destroy.id, 'destroy', '2025-03-10T08:00:00.000Z'), settings, later);
    expect(tooEarly).toMatchObject({ problem: 'too-early', bound: { kind: 'step', step: 'verify-confirmed', at: '2025-03-10T09:00:00.000Z' } });
    expect(await recordObligationAction(action(record.id, destroy.id, 'destroy', '2025-03-11T05:00:00.000Z'), settings, later)).toBeUndefined();
    const stored = (await db.actions.where('caseId').equals(record.id).toArray()).find((a) => a.kind === 'destroy')!;
    expect({ at: stored.at, recordedAt: stored.recordedAt }).toEqual({ at: '2025-03-11T05:00:00.000Z', recordedAt: later.toISOString() });
  });

  it('what was done is required where the confirmation letter states it', async () => {
    const { record, block } = await registered();
    expect(await recordObligationAction(action(record.id, block.id, 'block', '2025-03-10T05:00:00.000Z', ' '), settings, later)).toBe('note');
  });

  it('a receipt before the Law came into force (25.11.2013) or in the future is refused at registration', async () => {
    await expect(registerRequest(blockingIntake(), new Date('2013-11-24T17:59:00.000Z'), [], settings, BLOCKING_ENTERED)).rejects.toEqual(
      new CaseWriteError('time'),
    );
    await expect(registerRequest(blockingIntake(), new Date('2025-03-07T12:05:00.000Z'), [], settings, BLOCKING_ENTERED)).rejects.toEqual(
      new CaseWriteError('time'),
    );
    expect(await db.cases.count()).toBe(0);
  });
});

describe('corrections with a trail', () => {
  it('a misspelt name: the previous value is kept with the reason, the search key follows, the audit names before/after', async () => {
    const { record } = await registered();
    const request = { caseId: record.id, field: 'subject.fullName' as const, value: 'Ерлан Сапаров', reason: 'ой' };
    expect(await correctCase({ ...request, value: 'Ерлан Сапарова' }, REQUEST_TYPES, settings, later)).toBe('reason');
    expect(await correctCase({ ...request, reason: 'опечатка в фамилии' }, REQUEST_TYPES, settings, later)).toBe('unchanged');
    expect(await correctCase({ ...request, value: 'Е', reason: 'опечатка в фамилии' }, REQUEST_TYPES, settings, later)).toBe('intake.name.short');
    expect(await correctCase({ ...request, value: 'Ерлан Сапаров-Ким', reason: 'опечатка в фамилии' }, REQUEST_TYPES, settings, later)).toBeUndefined();
    const stored = (await db.cases.get(record.id))!;
    expect(stored.subject.fullName).toBe('Ерлан Сапаров-Ким');
    expect(stored.subjectName).toBe('ерлан сапаров-ким');
    expect(stored.corrections).toEqual([
      {
        id: expect.any(String),
        field: 'subject.fullName',
        from: 'Ерлан Сапаров',
        to: 'Ерлан Сапаров-Ким',
        reason: 'опечатка в фамилии',
        at: later.toISOString(),
        actor: 'dpo',
      },
    ]);
    const event = (await db.audit.toArray()).at(-1)!;
    expect(event).toMatchObject({ type: 'case.corrected', data: { field: 'subject.fullName', from: 'Ерлан Сапаров', to: 'Ерлан Сапаров-Ким' } });
    expect(await verifyAuditTrail(db)).toMatchObject({ ok: true });
  });

  it('a wrong receipt time: the obligation is re-dated on the calendars; documents already issued are named as issued on the earlier data', async () => {
    const { record, block } = await registered();
    expect(block.dueAt).toBe('2025-03-11T13:00:00.000Z');
    await issueDocument(
      db,
      {
        kind: 'refusal-letter',
        year: 2025,
        seq: 1,
        number: 'L/2025/1',
        date: '2025-03-10',
        language: 'ru',
        caseIds: [record.id],
        caseNumbers: [record.number],
        actionIds: [],
        bytes: new Uint8Array([37, 80, 68, 70]),
      },
      'dpo',
      '2025-03-10T05:00:00.000Z',
    );
    // Received on Thursday 6 March, 16:40 (+05) → one working day → Friday 7 March, 18:00.
    const value = '2025-03-06T11:40:00.000Z';
    expect(
      await correctCase({ caseId: record.id, field: 'receivedAt', value, reason: 'дата со штампа канцелярии' }, REQUEST_TYPES, settings, later),
    ).toBeUndefined();
    const moved = (await db.obligations.get(block.id))!;
    expect(moved).toMatchObject({ triggerAt: value, dueAt: '2025-03-07T13:00:00.000Z' });
    expect(await db.cases.get(record.id)).toMatchObject({ receivedAt: value, nextDueAt: '2025-03-07T13:00:00.000Z' });
    const event = (await db.audit.toArray()).at(-1)!;
    expect(event.data).toMatchObject({
      from: BLOCKING_RECEIVED.toISOString(),
      to: value,
      redated: [{ obligationId: block.id, ruleId: 'kz.block', from: '2025-03-11T13:00:00.000Z', to: '2025-03-07T13:00:00.000Z' }],
      documentsOnEarlierData: ['L/2025/1'],
    });
  });

  it('a receipt time later than a recorded action, before 2013-11-25 or in the future is refused', async () => {
    const { record, block } = await registered();
    await recordObligationAction(action(record.id, block.id, 'block', '2025-03-10T05:00:00.000Z'), settings, later);
    const before = await everything();
    const correct = (value: string) => correctCase({ caseId: record.id, field: 'receivedAt', value, reason: 'дата со штампа' }, REQUEST_TYPES, settings, later);
    expect(await correct('2025-03-10T06:00:00.000Z')).toBe('after-actions');
    expect(await correct('2013-11-24T10:00:00.000Z')).toBe('intake.receivedAt.tooOld');
    expect(await correct('2025-03-12T07:00:00.000Z')).toBe('intake.receivedAt.future');
    expect(await everything()).toEqual(before);
  });

  it('a wrong request type: the new type starts its obligations, the old one no longer applies', async () => {
    const { record, block } = await registered();
    const correct = (value: string[]) =>
      correctCase({ caseId: record.id, field: 'requestTypes', value, reason: 'тип указан неверно' }, REQUEST_TYPES, settings, later);
    expect(await correct(['access'])).toBeUndefined();
    const all = await db.obligations.where('caseId').equals(record.id).toArray();
    expect(all.find((o) => o.id === block.id)).toMatchObject({ status: 'cancelled', outcome: { kind: 'not-applicable', reason: 'тип указан неверно' } });
    expect(all.find((o) => o.ruleId === 'kz.access.provide')).toMatchObject({ status: 'open', triggerAt: BLOCKING_RECEIVED.toISOString() });
    expect((await db.cases.get(record.id))?.requestTypes).toEqual(['access']);
  });

  it('an action: its time is corrected within bounds, the obligation it completed follows; the old time is kept', async () => {
    const { record, block } = await registered();
    await recordObligationAction(action(record.id, block.id, 'block', '2025-03-10T05:00:00.000Z'), settings, later);
    const [done] = await db.actions.toArray();
    const correct = (value: string, reason = 'время из журнала CRM') =>
      correctAction({ caseId: record.id, actionId: done!.id, field: 'at', value, reason }, settings, later);
    expect(await correct('2025-03-01T05:00:00.000Z')).toEqual({ problem: 'too-early', bound: { kind: 'receipt', at: BLOCKING_RECEIVED.toISOString() } });
    expect(await correct('2025-03-10T04:00:00.000Z', '')).toBe('reason');
    expect(await correct('2025-03-10T04:00:00.000Z')).toBeUndefined();
    expect((await db.obligations.get(block.id))?.completedAt).toBe('2025-03-10T04:00:00.000Z');
    expect((await db.actions.get(done!.id))?.corrections).toEqual([
      { field: 'at', from: '2025-03-10T05:00:00.000Z', to: '2025-03-10T04:00:00.000Z', reason: 'время из журнала CRM', at: later.toISOString(), actor: 'dpo' },
    ]);
    expect(
      await correctAction({ caseId: record.id, actionId: done!.id, field: 'note', value: 'заблокировано в CRM и АБС', reason: 'уточнение' }, settings, later),
    ).toBeUndefined();
    expect((await db.actions.get(done!.id))?.note).toBe('заблокировано в CRM и АБС');
  });

  it('a case registered by mistake is withdrawn with a reason: number kept, obligations no longer apply, never deleted, not reopened', async () => {
    const { record, block } = await registered();
    expect(await withdrawCase(record.id, ' ', later)).toBe('reason');
    expect(await withdrawCase(record.id, 'тестовая запись', later)).toBeUndefined();
    const stored = (await db.cases.get(record.id))!;
    expect(stored).toMatchObject({ number: record.number, status: 'closed', nextDueAt: '', withdrawal: { reason: 'тестовая запись', actor: 'dpo' } });
    expect((await db.obligations.get(block.id))?.outcome).toMatchObject({ kind: 'not-applicable' });
    await expect(reopenCase(record.id, 'по ошибке', later)).rejects.toEqual(new CaseWriteError('withdrawn'));
    expect((await registered()).record.number).toBe('DSR-2025-000002');
    expect(await db.cases.count()).toBe(2);
  });
});

describe('closing is a decision', () => {
  it('closing with an open obligation needs a waiver with a reason; the waiver is kept; the case reopens with a reason', async () => {
    const { record, block } = await registered();
    const before = await everything();
    expect(await closeCase(record.id, 'fulfilled', '', {}, later)).toBe('waiver');
    expect(await closeCase(record.id, 'fulfilled', '', { [block.id]: 'ok' }, later)).toBe('waiver');
    expect(await everything()).toEqual(before);
    expect(await closeCase(record.id, 'withdrawn', 'отозвано', { [block.id]: 'субъект отозвал заявление' }, later)).toBeUndefined();
    expect(await db.obligations.get(block.id)).toMatchObject({ status: 'cancelled', outcome: { kind: 'waived', reason: 'субъект отозвал заявление' } });
    const close = (await db.actions.toArray()).find((a) => a.kind === 'close')!;
    expect(close.data).toEqual({ outcome: 'withdrawn', waived: [{ obligationId: block.id, ruleId: 'kz.block', reason: 'субъект отозвал заявление' }] });

    expect(await reopenCase(record.id, '', later)).toBe('reason');
    expect(await reopenCase(record.id, 'субъект возобновил заявление', later)).toBeUndefined();
    expect(await db.cases.get(record.id)).toMatchObject({ status: 'open', nextDueAt: block.dueAt });
    expect((await db.cases.get(record.id))?.outcome).toBeUndefined();
    const reopened = (await db.obligations.get(block.id))!;
    expect(reopened.status).toBe('open');
    expect(reopened.outcome).toBeUndefined();
    expect((await db.audit.toArray()).at(-1)).toMatchObject({ type: 'case.reopened', data: { reason: 'субъект возобновил заявление', reopened: [block.id] } });
    await expect(reopenCase(record.id, 'ещё раз открыть', later)).rejects.toEqual(new CaseWriteError('open'));
  });
  it('a case closed before waivers were recorded (obligations cancelled on closing, no outcome) reopens with them open', async () => {
    const { record, block } = await registered();
    await closeCase(record.id, 'fulfilled', '', { [block.id]: 'субъект отозвал заявление' }, later);
    // As an older release left it: cancelled on closing, without an outcome.
    await db.obligations.update(block.id, { outcome: undefined });
    expect(await reopenCase(record.id, 'субъект возобновил заявление', later)).toBeUndefined();
    expect((await db.obligations.get(block.id))?.status).toBe('open');
  });
});

describe('nothing issued disappears', () => {
  it('a voided letter keeps its number: the next letter takes the next number, never the voided one', async () => {
    const { record } = await registered();
    const draft = (seq: number) => ({
      kind: 'refusal-letter' as const,
      year: 2025,
      seq,
      number: `L/2025/${seq}`,
      date: '2025-03-10',
      language: 'ru' as const,
      caseIds: [record.id],
      caseNumbers: [record.number],
      actionIds: [],
      bytes: new Uint8Array([37, 80, 68, 70, seq]),
    });
    const letter = await issueDocument(db, draft(1), 'dpo', '2025-03-10T05:00:00.000Z');
    const voided = await voidDocument(letter.id, 'имя субъекта с опечаткой', 'Asia/Almaty', later);
    expect(voided.voided).toMatchObject({ date: '2025-03-12', reason: 'имя субъекта с опечаткой', actor: 'dpo' });
    expect(await nextSequence(db, 'letter', 2025)).toBe(2);
    await expect(issueDocument(db, draft(1), 'dpo', '2025-03-12T06:00:00.000Z')).rejects.toMatchObject({ problem: 'number-taken' });
    expect((await issueDocument(db, draft(2), 'dpo', '2025-03-12T06:00:00.000Z')).number).toBe('L/2025/2');
    expect(await db.documents.count()).toBe(2);
  });
});

describe('each new step is one transaction: a failure in its audit append changes nothing', () => {
  it('correcting a field, an action; withdrawing; closing with a waiver; reopening; voiding', async () => {
    const { record, block } = await registered();
    const steps: (() => Promise<unknown>)[] = [
      () =>
        correctCase({ caseId: record.id, field: 'receivedAt', value: '2025-03-06T11:40:00.000Z', reason: 'дата со штампа' }, REQUEST_TYPES, settings, later),
      () => correctCase({ caseId: record.id, field: 'requestTypes', value: ['access'], reason: 'тип указан неверно' }, REQUEST_TYPES, settings, later),
      () => closeCase(record.id, 'fulfilled', '', { [block.id]: 'субъект отозвал заявление' }, later),
      () => withdrawCase(record.id, 'тестовая запись', later),
    ];
    for (const step of steps) {
      const before = await everything();
      failAuditOnce();
      await expect(step()).rejects.toThrow('injected');
      expect(await everything()).toEqual(before);
    }
    await recordObligationAction(action(record.id, block.id, 'block', '2025-03-10T05:00:00.000Z'), settings, later);
    const [done] = await db.actions.toArray();
    let before = await everything();
    failAuditOnce();
    await expect(
      correctAction({ caseId: record.id, actionId: done!.id, field: 'at', value: '2025-03-10T04:00:00.000Z', reason: 'время из CRM' }, settings, later),
    ).rejects.toThrow('injected');
    expect(await everything()).toEqual(before);

    await closeCase(record.id, 'fulfilled', '', {}, later);
    before = await everything();
    failAuditOnce();
    await expect(reopenCase(record.id, 'субъект возобновил заявление', later)).rejects.toThrow('injected');
    expect(await everything()).toEqual(before);

    const letter = await issueDocument(
      db,
      {
        kind: 'refusal-letter',
        year: 2025,
        seq: 1,
        number: 'L/2025/1',
        date: '2025-03-10',
        language: 'ru',
        caseIds: [record.id],
        caseNumbers: [record.number],
        actionIds: [],
        bytes: new Uint8Array([37]),
      },
      'dpo',
      '2025-03-10T05:00:00.000Z',
    );
    before = await everything();
    failAuditOnce();
    await expect(voidDocument(letter.id, 'выдано по ошибке', 'Asia/Almaty', later)).rejects.toThrow('injected');
    expect(await everything()).toEqual(before);
    expect(await verifyAuditTrail(db)).toMatchObject({ ok: true });
  });
});

describe('the evidence trail survives a backup', () => {
  it('a snapshot with corrections, a waiver, a reopening and a withdrawal decodes under the strict schemas', async () => {
    const { record, block } = await registered();
    await correctCase(
      { caseId: record.id, field: 'subject.fullName', value: 'Ерлан Сапаров-Ким', reason: 'опечатка в фамилии' },
      REQUEST_TYPES,
      settings,
      later,
    );
    await recordObligationAction(action(record.id, block.id, 'block', '2025-03-10T05:00:00.000Z'), settings, later);
    const [done] = await db.actions.toArray();
    await correctAction({ caseId: record.id, actionId: done!.id, field: 'note', value: 'заблокировано в CRM и АБС', reason: 'уточнение' }, settings, later);
    const open = (await db.obligations.where('caseId').equals(record.id).toArray()).filter((o) => o.status === 'open');
    await closeCase(record.id, 'fulfilled', '', Object.fromEntries(open.map((o) => [o.id, 'уничтожено вне системы'])), later);
    await reopenCase(record.id, 'субъект возобновил заявление', later);
    // (A voided document's row is checked by test/unit/backup/record-schemas.test.ts: fake-indexeddb here does not keep Blobs.)
    const second = await registered();
    await withdrawCase(second.record.id, 'тестовая запись', later);
    const { bytes } = await takeSnapshot(db, { appVersion: '0.1.0', kind: 'export', createdAt: later.toISOString() });
    const decoded = await decodeBackup(bytes, { currentSchemaVersion: CURRENT_SCHEMA_VERSION });
    expect(decoded.ok ? 'ok' : decoded.problem).toBe('ok');
  });
});
