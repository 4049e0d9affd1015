/**
 * The integrity check against a real Dexie database (fake-indexeddb): every record is sealed by the audit event
 * that last wrote it, and the head of the trail is anchored outside the database. Removing the last entries,
 * rewriting the whole chain with the app's own sealing function, or editing a case, obligation or document row
 * behind the app's back is each reported, naming the entry or the record.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditAnchor } from '../../../shared/audit/anchor';
import { GENESIS_HASH, sealEvent, type AuditEvent } from '../../../shared/audit/chain';
import { recordDigest, type RecordSeal } from '../../../shared/audit/record-seal';
import { setCurrentActor } from '../../../renderer/db/actor';
import { createCase, recordAction, type NewCase } from '../../../renderer/db/case-repository';
import { setOverride } from '../../../renderer/db/calendar-override-repository';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { issueDocument } from '../../../renderer/db/document-repository';
import { auditHead, checkDatabaseIntegrity, furtherHead } from '../../../renderer/db/integrity-check';
import { saveSetting } from '../../../renderer/db/settings-repository';
import type { AppLockSetting } from '../../../renderer/db/backup-settings';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`integrity-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
});
afterEach(() => {
  useDatabaseForTests(undefined);
  setCurrentActor('dpo');
});

const request: NewCase = {
  receivedAt: '2026-11-16T05:00:00.000Z',
  enteredAt: '2026-11-16T06:00:00.000Z',
  registrationYear: 2026,
  channel: 'email',
  language: 'ru',
  rfSubject: false,
  requestTypes: ['blocking'],
  subject: { fullName: 'Ерлан Сапаров', email: 'e@example.kz' },
  description: 'Прошу заблокировать',
};

/** A case with an obligation, an action with an attachment, an issued letter and a calendar correction: 4 events. */
async function fileACase() {
  const record = await createCase(
    db,
    request,
    [{ ruleId: 'kz.block', triggerAt: request.receivedAt, dueAt: '2026-11-19T13:00:00.000Z', urgentFromStart: false }],
    [{ name: 'заявление.pdf', type: 'application/pdf', blob: new Blob(['скан']) }],
    'Әлия Нұрланқызы',
  );
  const [obligation] = await db.obligations.toArray();
  await recordAction(
    db,
    {
      caseId: record.id,
      obligationId: obligation!.id,
      kind: 'block',
      at: '2026-11-17T05:00:00.000Z',
      recordedAt: '2026-11-17T06:00:00.000Z',
      actor: 'Әлия Нұрланқызы',
      note: 'Заблокировано',
      data: { grounds: [], ruleId: 'kz.block' },
    },
    { completes: [obligation!.id], spawns: [], reply: true },
    [],
  );
  const letter = await issueDocument(
    db,
    {
      kind: 'confirmation-blocked',
      year: 2026,
      seq: 1,
      number: 'DPO/2026/0001',
      date: '2026-11-17',
      language: 'ru',
      caseIds: [record.id],
      caseNumbers: [record.number],
      actionIds: [],
      bytes: new TextEncoder().encode('%PDF-1.7 letter'),
    },
    'Әлия Нұрланқызы',
    '2026-11-17T07:00:00.000Z',
  );
  await setOverride(db, { calendar: 'kz', date: '2026-12-31', working: false, note: 'Day off announced late' }, 'Әлия Нұрланқызы', '2026-11-18T05:00:00.000Z');
  return { record, obligation: obligation!, letter, anchor: await auditHead(db) };
}

/** Writes a row as someone with the database file would: without the app, without an event. */
const tamper = (table: 'cases' | 'obligations' | 'documents', id: string, change: Record<string, unknown>) => db.table(table).update(id, change);

describe('records sealed by their audit events', () => {
  it('stamps every record with the event that last wrote it, and the event carries its digest', async () => {
    const { record, obligation, letter, anchor } = await fileACase();
    expect(anchor.seq).toBe(4);
    const storedCase = await db.cases.get(record.id);
    const storedObligation = await db.obligations.get(obligation.id);
    const storedLetter = await db.documents.get(letter.id);
    // The case was written again by the action (reply date), then by the letter (its number's search words):
    // the letter's event seals it now.
    expect(storedCase?.auditRef?.seq).toBe(3);
    expect(storedObligation?.auditRef?.seq).toBe(2);
    expect(storedLetter?.auditRef?.seq).toBe(3);
    const action = (await db.audit.get(2)) as AuditEvent;
    const seal = action.records?.find((r) => r.table === 'obligations' && r.id === obligation.id);
    expect(seal?.sha256).toBe(await recordDigest('obligations', storedObligation!));
    expect(action.hash).toBe(storedObligation?.auditRef?.hash);

    const report = await checkDatabaseIntegrity(db, anchor);
    expect(report).toMatchObject({ ok: true, findings: [], legacy: 0 });
    // case, obligation, attachment, action, letter, calendar correction
    expect(report.checked).toBe(6);
  });

  it('reports a case row edited in IndexedDB, naming the case', async () => {
    const { record, anchor } = await fileACase();
    await tamper('cases', record.id, { status: 'closed', outcome: 'fulfilled', subject: { ...record.subject, fullName: 'Someone Else' } });
    const report = await checkDatabaseIntegrity(db, anchor);
    expect(report.ok).toBe(false);
    expect(report.chain.ok).toBe(true);
    expect(report.findings).toEqual([
      { kind: 'record', problem: 'changed', table: 'cases', id: record.id, label: record.number, caseNumber: undefined, seq: 3 },
    ]);
  });

  it('reports an obligation whose due date was moved four years and marked done, naming it and its case', async () => {
    const { record, obligation, anchor } = await fileACase();
    await tamper('obligations', obligation.id, { dueAt: '2030-11-19T13:00:00.000Z', status: 'done' });
    const report = await checkDatabaseIntegrity(db, anchor);
    expect(report.findings).toEqual([
      { kind: 'record', problem: 'changed', table: 'obligations', id: obligation.id, label: 'kz.block', caseNumber: record.number, seq: 2 },
    ]);
  });

  it('reports a document row edited or removed, naming its number', async () => {
    const { record, letter, anchor } = await fileACase();
    await tamper('documents', letter.id, { sha256: 'f'.repeat(64) });
    expect((await checkDatabaseIntegrity(db, anchor)).findings).toEqual([
      { kind: 'record', problem: 'changed', table: 'documents', id: letter.id, label: 'DPO/2026/0001', caseNumber: record.number, seq: 3 },
    ]);
    await db.documents.delete(letter.id);
    expect((await checkDatabaseIntegrity(db, anchor)).findings).toEqual([
      { kind: 'record', problem: 'missing', table: 'documents', id: letter.id, label: letter.id, seq: 3 },
    ]);
  });

  it('reports an earlier version of a record put back with its earlier seal', async () => {
    const { obligation, anchor } = await fileACase();
    const before = (await db.audit.get(1)) as AuditEvent;
    const sealedOpen = { ...obligation, auditRef: { seq: before.seq, hash: before.hash } };
    await db.obligations.put(sealedOpen);
    const report = await checkDatabaseIntegrity(db, anchor);
    expect(report.findings).toMatchObject([{ problem: 'stale', table: 'obligations', id: obligation.id, seq: 2 }]);
  });

  it('counts records written before records were sealed, and does not call them tampered', async () => {
    const { record, anchor } = await fileACase();
    // A row as an older release wrote it: no seal, and no event names it.
    await db.cases.put({ ...record, id: 'legacy-case', number: 'DSR-2024-000001', year: 2024, auditRef: undefined });
    const report = await checkDatabaseIntegrity(db, anchor);
    expect(report).toMatchObject({ ok: true, legacy: 1 });
  });
});

describe('the anchor kept outside the database', () => {
  it('reports the last entries deleted: the trail is shorter than the anchor, and the records name the missing entries', async () => {
    const { letter, anchor } = await fileACase();
    await db.audit.bulkDelete([3, 4]);
    const report = await checkDatabaseIntegrity(db, anchor);
    expect(report.chain).toMatchObject({ ok: true, count: 2 });
    expect(report.ok).toBe(false);
    expect(report.findings).toContainEqual({ kind: 'anchor', problem: 'truncated', anchor, head: { seq: 2, hash: (await db.audit.get(2))!.hash } });
    expect(report.findings).toContainEqual(expect.objectContaining({ problem: 'unknown-event', table: 'documents', label: letter.number, seq: 3 }));
    expect(report.findings).toContainEqual(expect.objectContaining({ problem: 'unknown-event', table: 'calendarOverrides', label: 'kz 2026-12-31', seq: 4 }));
    // A trail cut short never moves the anchor.
    expect(await furtherHead(db, anchor)).toBeUndefined();
  });

  it('reports the whole chain rewritten with the app’s own sealing function (every record re-sealed to match)', async () => {
    const { record, anchor } = await fileACase();
    // The forger changes the subject's name, re-seals the case into the event that last wrote it, and re-seals
    // the whole chain from the genesis hash — every link and every record verifies.
    const forged = { ...(await db.cases.get(record.id))!, subject: { ...record.subject, fullName: 'Someone Else' } };
    const events: AuditEvent[] = await db.audit.orderBy('seq').toArray();
    let prevHash = GENESIS_HASH;
    const resealed: AuditEvent[] = [];
    for (const { prevHash: _p, hash: _h, ...body } of events) {
      const records: RecordSeal[] | undefined = body.records
        ? await Promise.all(
            body.records.map(async (seal) =>
              seal.table === 'cases' && seal.id === record.id ? { ...seal, sha256: await recordDigest('cases', forged) } : seal,
            ),
          )
        : undefined;
      const event: AuditEvent = await sealEvent(prevHash, { ...body, ...(records ? { records } : {}) });
      resealed.push(event);
      prevHash = event.hash;
    }
    await db.audit.clear();
    await db.audit.bulkAdd(resealed);
    for (const table of ['cases', 'obligations', 'actions', 'attachments', 'documents', 'calendarOverrides'] as const) {
      for (const row of (await db.table(table).toArray()) as { id: string; auditRef?: { seq: number } }[]) {
        const event = resealed.find((e) => e.seq === row.auditRef?.seq)!;
        const next = table === 'cases' && row.id === record.id ? forged : row;
        await db.table(table).put({ ...next, auditRef: { seq: event.seq, hash: event.hash } });
      }
    }
    const withoutAnchor = await checkDatabaseIntegrity(db, null);
    expect(withoutAnchor).toMatchObject({ ok: true, findings: [] });

    const report = await checkDatabaseIntegrity(db, anchor);
    expect(report.ok).toBe(false);
    expect(report.findings).toEqual([{ kind: 'anchor', problem: 'rewritten', anchor, found: resealed[3]!.hash }]);
    expect(await furtherHead(db, anchor)).toBeUndefined();
  });

  it('moves only along the same trail', async () => {
    const { anchor } = await fileACase();
    const earlier: AuditAnchor = { seq: 2, hash: (await db.audit.get(2))!.hash };
    expect(await furtherHead(db, null)).toEqual(anchor);
    expect(await furtherHead(db, earlier)).toEqual(anchor);
    expect(await furtherHead(db, anchor)).toBeUndefined();
    expect(await furtherHead(db, { seq: 2, hash: 'a'.repeat(64) })).toBeUndefined();
  });
});

describe('settings writes', () => {
  const lock: AppLockSetting = {
    salt: 'c2FsdHNhbHRzYWx0c2FsdA==',
    iterations: 600_000,
    verifier: 'ab'.repeat(32),
    idleMinutes: 10,
    encryptBackups: true,
    backupSalt: 'YmFja3Vwc2FsdGJhY2t1cA==',
  };

  it('are each an audit event with the values before and after, by the person acting, never with a secret', async () => {
    setCurrentActor('Дана Серікқызы');
    await saveSetting('closeOfBusiness', '17:00', new Date('2026-11-20T05:00:00.000Z'));
    await saveSetting('closeOfBusiness', '17:00');
    await saveSetting('deadlineTerms', { 'kz.access.provide.term': 3 });
    await saveSetting('appLock', lock);
    await saveSetting('appLock', null);
    await saveSetting('locale', 'ru');
    const events: AuditEvent[] = await db.audit.orderBy('seq').toArray();
    expect(events.map((e) => (e.type === 'settings.changed' ? [e.actor, e.data.key, e.data.before, e.data.after] : e.type))).toEqual([
      ['Дана Серікқызы', 'closeOfBusiness', null, '17:00'],
      ['Дана Серікқызы', 'deadlineTerms', null, { 'kz.access.provide.term': 3 }],
      ['Дана Серікқызы', 'appLock', { enabled: false }, { enabled: true, idleMinutes: 10, encryptBackups: true }],
      ['Дана Серікқызы', 'appLock', { enabled: true, idleMinutes: 10, encryptBackups: true }, { enabled: false }],
    ]);
    const text = JSON.stringify(events);
    for (const secret of [lock.verifier, lock.salt, lock.backupSalt]) expect(text).not.toContain(secret);
    expect((await checkDatabaseIntegrity(db, null)).ok).toBe(true);
  });
});
