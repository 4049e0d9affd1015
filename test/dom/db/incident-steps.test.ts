// @vitest-environment node
/**
 * The breach register's domain steps: each is one transaction — a failure injected into its last write (the
 * audit append) leaves the database exactly as it was — and each re-checks what it depends on. Bad form input
 * names its field and reaches no step. A register with an issued notice survives a backup and a restore.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeBackup } from '../../../shared/backup/codec';
import { localInputToInstant } from '../../../shared/format';
import { checkIncidentForm, EMPTY_INCIDENT_FORM, type IncidentFormInput, type IncidentValues } from '../../../shared/incidents/incident-schema';
import { verifyAuditTrail } from '../../../renderer/db/audit-log';
import { restoreBackup } from '../../../renderer/db/backup-restore';
import { takeSnapshot } from '../../../renderer/db/backup-snapshot';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { changeIncidentStatus, IncidentWriteError, issueIncidentDocument, registerIncident, updateIncident } from '../../../renderer/db/incident-steps';
import { pendingIncidentNotices } from '../../../renderer/db/notification-repository';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { saveDeadlineTerms, saveMomentReading } from '../../../renderer/db/deadline-steps';
import { loadDashboard } from '../../../renderer/db/dashboard-queries';
import { bucketClock } from '../../../shared/cases/buckets';
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import { getTimeZone } from '../../../shared/time/zone';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`incidents-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
});
afterEach(() => {
  vi.restoreAllMocks();
  useDatabaseForTests(undefined);
  db.close();
});

const settings = { closeOfBusiness: '18:00', deadlineTerms: {} };
const NOW = new Date('2026-05-12T07:00:00Z');
const schemaContext = { now: () => NOW, localToInstant: localInputToInstant };

const FORM: IncidentFormInput = {
  ...EMPTY_INCIDENT_FORM,
  detectedAt: '2026-05-12T10:30',
  detectedZone: 'Asia/Almaty',
  detectionMethod: 'monitoring',
  detectedBy: 'SOC',
  description: 'Выгрузка CRM в открытом доступе',
  systems: 'CRM\nfs-02',
  dataCategories: 'ФИО\nИИН',
  subjectCategories: 'клиенты',
  kzCount: '1200',
  rfCount: '35',
  contactName: 'Омарова Сәуле',
};

const valuesOf = (input: IncidentFormInput): IncidentValues => {
  const checked = checkIncidentForm(input, schemaContext);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.values;
};

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
const PDF = new TextEncoder().encode('%PDF-1.7 notice');

const notice = (incidentId: string, kind: 'breach-notice-authority' | 'breach-rkn-24h' | 'breach-rkn-72h', seq: number) =>
  ({ incidentId, kind, language: 'ru', year: 2026, seq, number: `DPO/2026/${String(seq).padStart(4, '0')}`, date: '2026-05-12', bytes: PDF }) as const;

describe('bad input', () => {
  it('names each field with its problem and reaches no step', () => {
    const checked = checkIncidentForm({ ...FORM, description: ' ', rfCount: 'many', contactEmail: 'dpo@', detectedAt: '2026-05-12T25:00' }, schemaContext);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toEqual([
      { field: 'detectedAt', code: 'breach.error.detectedAt' },
      { field: 'description', code: 'breach.error.required' },
      { field: 'rfCount', code: 'breach.error.count' },
      { field: 'contactEmail', code: 'breach.error.email' },
    ]);
    const none = checkIncidentForm({ ...FORM, kzCount: '0', rfCount: '0' }, schemaContext);
    expect(none.ok ? [] : none.problems).toEqual([{ field: 'kzCount', code: 'breach.error.noSubjects' }]);
    const future = checkIncidentForm({ ...FORM, detectedAt: '2026-05-12T12:30' }, schemaContext);
    expect(future.ok ? [] : future.problems).toEqual([{ field: 'detectedAt', code: 'breach.error.future' }]);
  });
});

describe('registering an incident', () => {
  it('stores the incident, its three clocks from the moment of detection and the audit event together', async () => {
    const incident = await registerIncident(valuesOf(FORM), [new File(['log'], 'soc.log', { type: 'text/plain' })], settings, NOW);
    expect(incident).toMatchObject({ number: 'INC-2026-0001', status: 'open', rfConcerned: true, detectedAt: '2026-05-12T05:30:00.000Z' });
    const clocks = await db.incidentObligations.where('incidentId').equals(incident.id).toArray();
    expect(Object.fromEntries(clocks.map((c) => [c.ruleId, c.dueAt]))).toEqual({
      'kz.breach.notify-authority': '2026-05-13T05:30:00.000Z',
      'ru.breach.notify-24h': '2026-05-13T05:30:00.000Z',
      'ru.breach.notify-72h': '2026-05-15T05:30:00.000Z',
    });
    expect(incident.nextDueAt).toBe('2026-05-13T05:30:00.000Z');
    expect(await db.incidentAttachments.count()).toBe(1);
    expect(await verifyAuditTrail(db)).toMatchObject({ ok: true, count: 1 });
    expect((await db.audit.toArray())[0]).toMatchObject({ type: 'incident.registered', data: { number: 'INC-2026-0001', rfConcerned: true } });
  });

  it('a failure in its last write leaves nothing: no incident, no clock, no number taken', async () => {
    const before = await everything();
    failAuditOnce();
    await expect(registerIncident(valuesOf(FORM), [], settings, NOW)).rejects.toThrow('injected');
    expect(await everything()).toEqual(before);
    expect((await registerIncident(valuesOf(FORM), [], settings, NOW)).number).toBe('INC-2026-0001');
  });
});

describe('changing an incident', () => {
  it('RF citizens found later start the Roskomnadzor clocks from the moment of detection; a failure leaves it as it was', async () => {
    const incident = await registerIncident(valuesOf({ ...FORM, rfCount: '0' }), [], settings, NOW);
    expect(await db.incidentObligations.count()).toBe(1);
    const before = await everything();
    failAuditOnce();
    await expect(updateIncident(incident.id, valuesOf(FORM), [], settings, NOW)).rejects.toThrow('injected');
    expect(await everything()).toEqual(before);
    const updated = await updateIncident(incident.id, valuesOf({ ...FORM, causes: 'права доступа' }), [], settings, NOW);
    expect(updated.rfConcerned).toBe(true);
    const clocks = await db.incidentObligations.where('incidentId').equals(incident.id).toArray();
    expect(clocks.map((c) => c.ruleId).sort()).toEqual(['kz.breach.notify-authority', 'ru.breach.notify-24h', 'ru.breach.notify-72h']);
    const event = (await db.audit.toArray()).at(-1);
    expect(event).toMatchObject({ type: 'incident.updated', data: { fields: ['subjects', 'causes'] } });
  });

  it('a status moves forward only, and a failure leaves it as it was', async () => {
    const incident = await registerIncident(valuesOf(FORM), [], settings, NOW);
    const before = await everything();
    failAuditOnce();
    await expect(changeIncidentStatus(incident.id, 'closed', 'закрыт', NOW)).rejects.toThrow('injected');
    expect(await everything()).toEqual(before);
    await changeIncidentStatus(incident.id, 'investigated', '', NOW);
    await expect(changeIncidentStatus(incident.id, 'notified', '', NOW)).rejects.toThrow(IncidentWriteError);
    expect((await changeIncidentStatus(incident.id, 'closed', 'закрыт', NOW)).closedAt).toBe(NOW.toISOString());
    await expect(updateIncident(incident.id, valuesOf(FORM), [], settings, NOW)).rejects.toThrow(IncidentWriteError);
  });
});

describe('the deadline dashboard', () => {
  it('shows the open clocks of incidents in their buckets beside the cases', async () => {
    await registerIncident(valuesOf(FORM), [], settings, NOW);
    const zone = getTimeZone('Asia/Almaty');
    const at = async (instant: string) =>
      Object.fromEntries(
        (await loadDashboard(db, bucketClock(new Date(instant), buildCalendar('kz'), zone), zone, 10)).map((b) => [
          b.bucket,
          [b.count, b.incidentRows.map((r) => r.obligation.ruleId).sort()],
        ]),
      );
    expect(await at('2026-05-12T07:00:00Z')).toMatchObject({
      'next-3-working-days': [3, ['kz.breach.notify-authority', 'ru.breach.notify-24h', 'ru.breach.notify-72h']],
    });
    expect(await at('2026-05-14T07:00:00Z')).toMatchObject({
      overdue: [2, ['kz.breach.notify-authority', 'ru.breach.notify-24h']],
      'next-3-working-days': [1, ['ru.breach.notify-72h']],
    });
  });
});

describe('settings that move the clocks', () => {
  it('the Art. 173 reading and a shorter RF term re-date the open clocks, audited; a failure leaves them as they were', async () => {
    const incident = await registerIncident(valuesOf(FORM), [], settings, NOW);
    const before = await everything();
    failAuditOnce();
    await expect(saveMomentReading('next-day', settings, NOW)).rejects.toThrow('injected');
    expect(await everything()).toEqual(before);
    expect(await saveMomentReading('next-day', settings, NOW)).toEqual({ moved: 1 });
    const due = async () => Object.fromEntries((await db.incidentObligations.toArray()).map((o) => [o.ruleId, o.dueAt]));
    expect((await due())['kz.breach.notify-authority']).toBe('2026-05-13T13:00:00.000Z');
    await saveDeadlineTerms({ 'ru.breach.notify-24h.term': 12 }, settings, 'R10 term', NOW);
    expect((await due())['ru.breach.notify-24h']).toBe('2026-05-12T17:30:00.000Z');
    expect((await db.incidents.get(incident.id))?.nextDueAt).toBe('2026-05-12T17:30:00.000Z');
    expect((await db.audit.toArray()).filter((e) => e.type === 'incident.clocks-recomputed')).toHaveLength(2);
  });
});

describe('issuing a notice', () => {
  it('fulfils its clock; the Kazakh and the first RF notice make the incident notified, the results investigated', async () => {
    const incident = await registerIncident(valuesOf(FORM), [], settings, NOW);
    await issueIncidentDocument(notice(incident.id, 'breach-notice-authority', 1), NOW);
    expect((await db.incidents.get(incident.id))?.status).toBe('open');
    await issueIncidentDocument(notice(incident.id, 'breach-rkn-24h', 2), NOW);
    expect((await db.incidents.get(incident.id))?.status).toBe('notified');
    await issueIncidentDocument(notice(incident.id, 'breach-rkn-72h', 3), NOW);
    const after = await db.incidents.get(incident.id);
    expect(after).toMatchObject({ status: 'investigated', nextDueAt: '' });
    const clocks = await db.incidentObligations.where('incidentId').equals(incident.id).toArray();
    expect(clocks.every((c) => c.status === 'done' && c.completedByDocumentId !== undefined)).toBe(true);
    expect((await db.counters.get('doc-seq:letter:2026'))?.value).toBe(3);
    expect(await verifyAuditTrail(db)).toMatchObject({ ok: true });
  });

  it('a number taken meanwhile is refused; a failure leaves no document, no fulfilled clock, no number taken', async () => {
    const incident = await registerIncident(valuesOf(FORM), [], settings, NOW);
    await expect(issueIncidentDocument(notice(incident.id, 'breach-notice-authority', 2), NOW)).rejects.toMatchObject({ problem: 'number-taken' });
    const before = await everything();
    failAuditOnce();
    await expect(issueIncidentDocument(notice(incident.id, 'breach-notice-authority', 1), NOW)).rejects.toThrow('injected');
    expect(await everything()).toEqual(before);
  });

  it('open clocks near their end are notified once, with the incident number', async () => {
    await registerIncident(valuesOf(FORM), [], settings, NOW);
    const late = await pendingIncidentNotices(db, new Date('2026-05-13T03:00:00Z'));
    expect(late.map((n) => [n.obligation.ruleId, n.kind, n.incidentNumber]).sort()).toEqual([
      ['kz.breach.notify-authority', 'last-hours', 'INC-2026-0001'],
      ['ru.breach.notify-24h', 'last-hours', 'INC-2026-0001'],
    ]);
    const overdue = await pendingIncidentNotices(db, new Date('2026-05-16T00:00:00Z'));
    expect(overdue.every((n) => n.kind === 'overdue')).toBe(true);
    expect(overdue).toHaveLength(3);
  });
});

describe('backup', () => {
  it('a register with an issued notice and a file survives a backup and a restore', async () => {
    const incident = await registerIncident(valuesOf(FORM), [new File(['log'], 'soc.log', { type: 'text/plain' })], settings, NOW);
    await issueIncidentDocument(notice(incident.id, 'breach-notice-authority', 1), NOW);
    const { bytes } = await takeSnapshot(db, { appVersion: '0.1.0', kind: 'export' });
    const decoded = await decodeBackup(bytes, { currentSchemaVersion: CURRENT_SCHEMA_VERSION });
    if (!decoded.ok) throw new Error(decoded.problem.detail);
    const target = new QorgauDatabase(`incidents-restored-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
    await target.open();
    await restoreBackup(target, decoded.value, { actor: 'dpo', at: '2026-05-12T08:00:00.000Z', fileName: 'x.json' });
    expect(await target.incidents.get(incident.id)).toEqual(await db.incidents.get(incident.id));
    expect(await target.incidentObligations.count()).toBe(3);
    const [doc] = await target.incidentDocuments.toArray();
    expect(doc).toMatchObject({ kind: 'breach-notice-authority', number: 'DPO/2026/0001' });
    expect(new Uint8Array(await doc!.bytes.arrayBuffer())).toEqual(PDF);
    expect(await target.incidentAttachments.count()).toBe(1);
    expect(await verifyAuditTrail(target)).toMatchObject({ ok: true });
    target.close();
  });

  it('a notice of no incident is refused by the reader', async () => {
    const incident = await registerIncident(valuesOf(FORM), [], settings, NOW);
    await issueIncidentDocument(notice(incident.id, 'breach-notice-authority', 1), NOW);
    await db.incidentDocuments.toCollection().modify({ incidentId: 'gone' });
    const { bytes } = await takeSnapshot(db, { appVersion: '0.1.0', kind: 'export' });
    const decoded = await decodeBackup(bytes, { currentSchemaVersion: CURRENT_SCHEMA_VERSION });
    expect(decoded.ok ? undefined : decoded.problem.code).toBe('orphan-record');
  });
});
