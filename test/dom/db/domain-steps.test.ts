/**
 * Every domain step is one transaction: a failure injected into its second half (the audit append, its
 * last write) leaves the database exactly as it was; and each step re-checks, inside its transaction,
 * the state it depends on.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyAuditTrail } from '../../../renderer/db/audit-log';
import { CaseWriteError, closeCase, recordObligationAction, registerRequest } from '../../../renderer/db/case-steps';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import {
  applyCalendarFile,
  correctCalendarDay,
  removeCalendarCorrection,
  removeCalendarFile,
  saveCloseOfBusiness,
  saveDeadlineTerms,
  saveMomentReading,
} from '../../../renderer/db/deadline-steps';
import { parseCalendarFile } from '../../../shared/calendar/calendar-file';
import { generateKzYear } from '../../../shared/calendar/kz-generate';
import { issueDocument } from '../../../renderer/db/document-repository';
import { loadSettings } from '../../../renderer/db/settings-repository';
import { BLOCKING_ENTERED, BLOCKING_RECEIVED, blockingIntake } from '../../fixtures/cases/intake';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`steps-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
});
afterEach(() => {
  vi.restoreAllMocks();
  useDatabaseForTests(undefined);
  db.close();
});

const settings = { closeOfBusiness: '18:00', deadlineTerms: {} };

const values = blockingIntake;
const received = BLOCKING_RECEIVED;
const entered = BLOCKING_ENTERED;

/** Every row of every table, to compare before and after. */
async function everything(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    // Blobs compare by identity; their size and type are enough to see a change.
    out[table.name] = rows.map((row: object) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Blob ? { blob: v.size, type: v.type } : v])),
    );
  }
  return out;
}

/** The next audit append fails: the step's last write. */
const failAuditOnce = () => vi.spyOn(db.audit, 'bulkAdd').mockRejectedValueOnce(new Error('injected: disk full'));

async function registered() {
  const record = await registerRequest(values(), received, [], settings, entered);
  const [block] = await db.obligations.where('caseId').equals(record.id).toArray();
  return { record, block: block! };
}

describe('registering a request', () => {
  it('dates the obligations on the calendars and stores case, obligations and audit event together', async () => {
    const { record, block } = await registered();
    expect(record.number).toBe('DSR-2025-000001');
    expect(block).toMatchObject({ ruleId: 'kz.block', dueAt: '2025-03-11T13:00:00.000Z', status: 'open' });
    expect(await verifyAuditTrail(db)).toMatchObject({ ok: true, count: 1 });
  });

  it('a calendar correction made before is applied inside the same transaction', async () => {
    await correctCalendarDay({ calendar: 'kz', date: '2025-03-11', working: false, note: 'сдвиг по постановлению' }, settings, entered);
    const { block } = await registered();
    expect(block.dueAt).toBe('2025-03-12T13:00:00.000Z');
  });

  it('a failure in its second half leaves nothing: no case, no obligation, no number taken', async () => {
    await registered();
    const before = await everything();
    failAuditOnce();
    await expect(registerRequest(values(), received, [], settings, entered)).rejects.toThrow('injected');
    expect(await everything()).toEqual(before);
    expect((await registerRequest(values(), received, [], settings, entered)).number).toBe('DSR-2025-000002');
  });
});

describe('recording an action', () => {
  const block = (caseId: string, obligationId: string) => ({
    caseId,
    obligationId,
    kind: 'block' as const,
    at: new Date('2025-03-10T05:00:00.000Z'),
    note: 'заблокировано в CRM',
    grounds: [],
    files: [],
  });

  it('completes the obligation and records the action with its audit event', async () => {
    const { record, block: obligation } = await registered();
    expect(await recordObligationAction(block(record.id, obligation.id), settings, new Date('2025-03-10T05:01:00.000Z'))).toBeUndefined();
    expect(await db.obligations.get(obligation.id)).toMatchObject({ status: 'done', completedAt: '2025-03-10T05:00:00.000Z' });
    expect(await db.actions.where('caseId').equals(record.id).count()).toBe(1);
    expect(await verifyAuditTrail(db)).toMatchObject({ ok: true, count: 2 });
  });

  it('a double submit records it once: the second finds the obligation done and changes nothing', async () => {
    const { record, block: obligation } = await registered();
    const now = new Date('2025-03-10T05:01:00.000Z');
    const results = await Promise.allSettled([
      recordObligationAction(block(record.id, obligation.id), settings, now),
      recordObligationAction(block(record.id, obligation.id), settings, now),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.reason).toEqual(new CaseWriteError('stale'));
    expect(await db.actions.count()).toBe(1);
    expect(await db.audit.count()).toBe(2);
  });

  it('a failure in its second half leaves the obligation open and no action behind', async () => {
    const { record, block: obligation } = await registered();
    const before = await everything();
    failAuditOnce();
    await expect(recordObligationAction(block(record.id, obligation.id), settings, new Date('2025-03-10T05:01:00.000Z'))).rejects.toThrow('injected');
    expect(await everything()).toEqual(before);
  });

  it('bad input is refused before anything is written', async () => {
    const { record, block: obligation } = await registered();
    const before = await everything();
    const future = { ...block(record.id, obligation.id), at: new Date('2025-03-10T07:00:00.000Z') };
    expect(await recordObligationAction(future, settings, new Date('2025-03-10T05:00:00.000Z'))).toBe('time');
    expect(await everything()).toEqual(before);
  });

  it('closing: a failure leaves the case open with its obligations', async () => {
    const { record, block: obligation } = await registered();
    const before = await everything();
    failAuditOnce();
    const waivers = { [obligation.id]: 'субъект отозвал заявление' };
    await expect(closeCase(record.id, 'fulfilled', '', waivers, new Date('2025-03-10T05:00:00.000Z'))).rejects.toThrow('injected');
    expect(await everything()).toEqual(before);
    await closeCase(record.id, 'fulfilled', '', waivers, new Date('2025-03-10T05:00:00.000Z'));
    expect(await db.cases.get(record.id)).toMatchObject({ status: 'closed', outcome: 'fulfilled' });
  });
});

describe('changes that move deadlines', () => {
  it('a term setting is saved and the open deadlines re-dated in one transaction', async () => {
    const { block } = await registered();
    const { moved } = await saveCloseOfBusiness('17:00', settings, entered);
    expect(moved).toBe(1);
    expect((await loadSettings()).closeOfBusiness).toBe('17:00');
    expect((await db.obligations.get(block.id))?.dueAt).toBe('2025-03-11T12:00:00.000Z');
  });

  it('a failure while re-dating leaves the setting and every deadline as they were', async () => {
    await registered();
    const before = await everything();
    failAuditOnce();
    await expect(saveCloseOfBusiness('17:00', settings, entered)).rejects.toThrow('injected');
    expect(await everything()).toEqual(before);
    expect((await loadSettings()).closeOfBusiness).toBe('18:00');
  });

  it('the terms of [S]/[K]/[I] rules: saved and re-dated together; a failure while re-dating keeps the old terms', async () => {
    const access = await registerRequest(values({ requestTypes: ['access'] }), received, [], settings, entered);
    const provide = (await db.obligations.where('caseId').equals(access.id).toArray()).find((o) => o.ruleId === 'kz.access.provide')!;
    const before = await everything();
    failAuditOnce();
    await expect(saveDeadlineTerms({ 'kz.access.provide.term': 5 }, settings, 'term kz.access.provide.term', entered)).rejects.toThrow('injected');
    expect(await everything()).toEqual(before);
    expect((await loadSettings()).deadlineTerms).toEqual({});

    expect((await saveDeadlineTerms({ 'kz.access.provide.term': 5 }, settings, 'term kz.access.provide.term', entered)).moved).toBeGreaterThan(0);
    expect((await loadSettings()).deadlineTerms).toEqual({ 'kz.access.provide.term': 5 });
    expect((await db.obligations.get(provide.id))!.dueAt > provide.dueAt).toBe(true);
  });

  it('a breach (K8) is due at the same time on the next working day; the Art. 173 reading re-dates it in one transaction', async () => {
    const breach = await registerRequest(values({ requestTypes: ['breach'] }), received, [], settings, entered);
    const notify = (await db.obligations.where('caseId').equals(breach.id).toArray()).find((o) => o.ruleId === 'kz.breach.notify-authority')!;
    // Detected Fri 07.03.2025 16:40 (+05) → Tue 11.03 16:40 (8 and 10 March are days off).
    expect(notify.dueAt).toBe('2025-03-11T11:40:00.000Z');
    const before = await everything();
    failAuditOnce();
    await expect(saveMomentReading('next-day', settings, entered)).rejects.toThrow('injected');
    expect(await everything()).toEqual(before);
    expect((await loadSettings()).momentReading).toBe('same-time');

    expect((await saveMomentReading('next-day', settings, entered)).moved).toBeGreaterThan(0);
    expect((await loadSettings()).momentReading).toBe('next-day');
    expect((await db.obligations.get(notify.id))!.dueAt).toBe('2025-03-11T13:00:00.000Z');
  });

  it('a calendar file: applied with its audit event and re-dated in one transaction; removed the same way', async () => {
    const { block } = await registered();
    const dayOff = {
      date: '2025-03-11',
      working: false,
      kind: 'transfer-day-off',
      name: { kk: 'Демалыс күні', ru: 'Выходной день', en: 'Day off' },
      source: 'MLSP order (test)',
      status: 'order',
    };
    const parsed = parseCalendarFile(
      JSON.stringify({
        format: 'qorgau-calendar',
        version: 1,
        calendar: 'kz',
        title: 'KZ 2025 (test)',
        published: '2025-03-01',
        years: [{ year: 2025, status: 'order', sources: ['test'] }],
        days: [...generateKzYear(2025), dayOff].sort((a, b) => (a.date < b.date ? -1 : 1)),
      }),
    );
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    const input = { fileName: 'kz-2025.json', sha256: 'ab'.repeat(32), file: parsed.file };
    const before = await everything();
    failAuditOnce();
    await expect(applyCalendarFile(input, settings, entered)).rejects.toThrow('injected');
    expect(await everything()).toEqual(before);

    expect((await applyCalendarFile(input, settings, entered)).moved).toBe(1);
    expect((await db.obligations.get(block.id))?.dueAt).toBe('2025-03-12T13:00:00.000Z');
    expect((await loadSettings()).calendarFiles.kz?.sha256).toBe('ab'.repeat(32));
    const applied = (await db.audit.toArray()).find((e) => e.type === 'calendar.file-applied');
    expect(applied?.data).toMatchObject({ calendar: 'kz', fileName: 'kz-2025.json', years: [2025], changed: [{ date: '2025-03-11', working: false }] });

    expect((await removeCalendarFile('kz', settings, entered)).moved).toBe(1);
    expect((await db.obligations.get(block.id))?.dueAt).toBe('2025-03-11T13:00:00.000Z');
    expect((await loadSettings()).calendarFiles).toEqual({});
    expect((await db.audit.toArray()).some((e) => e.type === 'calendar.file-removed')).toBe(true);
    expect(await verifyAuditTrail(db)).toMatchObject({ ok: true });
  });

  it('a calendar correction: a failure keeps the calendar and the deadlines; removing it re-dates back', async () => {
    const { block } = await registered();
    const before = await everything();
    failAuditOnce();
    await expect(correctCalendarDay({ calendar: 'kz', date: '2025-03-11', working: false, note: 'сдвиг' }, settings, entered)).rejects.toThrow('injected');
    expect(await everything()).toEqual(before);

    expect(await correctCalendarDay({ calendar: 'kz', date: '2025-03-11', working: false, note: 'сдвиг' }, settings, entered)).toEqual({ moved: 1 });
    expect((await db.obligations.get(block.id))?.dueAt).toBe('2025-03-12T13:00:00.000Z');
    const [row] = await db.calendarOverrides.toArray();
    const corrected = await everything();
    failAuditOnce();
    await expect(removeCalendarCorrection(row!.id, settings, entered)).rejects.toThrow('injected');
    expect(await everything()).toEqual(corrected);
    expect(await removeCalendarCorrection(row!.id, settings, entered)).toEqual({ moved: 1 });
    expect((await db.obligations.get(block.id))?.dueAt).toBe('2025-03-11T13:00:00.000Z');
    expect(await verifyAuditTrail(db)).toMatchObject({ ok: true });
  });

  it('a correction without a reason is refused and changes nothing', async () => {
    await registered();
    const before = await everything();
    expect(await correctCalendarDay({ calendar: 'kz', date: '2025-03-11', working: false, note: ' ' }, settings, entered)).toBe('note');
    expect(await everything()).toEqual(before);
  });
});

describe('issuing a document', () => {
  it('a failure in its second half stores no document and takes no number', async () => {
    const { record } = await registered();
    const before = await everything();
    failAuditOnce();
    const draft = {
      kind: 'refusal-letter' as const,
      year: 2025,
      seq: 1,
      number: 'DPO/2025/0001',
      date: '2025-03-10',
      language: 'ru' as const,
      caseIds: [record.id],
      caseNumbers: [record.number],
      actionIds: [],
      bytes: new TextEncoder().encode('%PDF-fake'),
    };
    await expect(issueDocument(db, draft, 'dpo', '2025-03-10T05:00:00.000Z')).rejects.toThrow('injected');
    expect(await everything()).toEqual(before);
    expect((await issueDocument(db, draft, 'dpo', '2025-03-10T05:00:00.000Z')).number).toBe('DPO/2025/0001');
  });
});
