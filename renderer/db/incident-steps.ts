/**
 * The domain steps of the breach register, as the screens call them. Each step is one transaction that
 * re-reads what it depends on (the incident, its clocks, the calendars' overrides, the counters) and writes
 * the records with their audit event — all or nothing. Files are hashed before the transaction (WebCrypto
 * must not hold an IndexedDB transaction open).
 */
import { sha256Hex } from '../../shared/audit/chain';
import type { FileRef, IncidentDueRef } from '../../shared/audit/events';
import { zonedParts } from '../../shared/format';
import { localInputToInstant } from '../../shared/format/local-input';
import type { DeadlineContext } from '../../shared/cases/deadlines';
import { incidentDeadline, incidentObligations, nextIncidentDue, planIncidentObligation } from '../../shared/incidents/clocks';
import type { IncidentValues } from '../../shared/incidents/incident-schema';
import {
  FULFILS,
  incidentCounterKey,
  incidentNumber,
  type BreachDocumentKind,
  type BreachLanguage,
  type EditableIncidentField,
  type IncidentAttachmentRecord,
  type IncidentDocumentRecord,
  type IncidentObligationRecord,
  type IncidentRecord,
  type IncidentStatus,
} from '../../shared/incidents/model';
import { DEFAULT_TIME_ZONE } from '../../shared/locale';
import { currentActor } from './actor';
import { appendAudit } from './audit-log';
import { database, type QorgauDatabase } from './database';
import { readDeadlineContext, type DeadlineSettings } from './deadline-context';
import { sequenceKey } from './document-repository';

export type IncidentWriteProblem = 'not-found' | 'closed' | 'bad-status' | 'number-taken' | 'bad-instant';

export class IncidentWriteError extends Error {
  constructor(readonly problem: IncidentWriteProblem) {
    super(problem);
    this.name = 'IncidentWriteError';
  }
}

const newId = (): string => globalThis.crypto.randomUUID();

async function hashFiles(incidentId: string, files: readonly File[], addedAt: string): Promise<IncidentAttachmentRecord[]> {
  return Promise.all(
    files.map(async (file) => ({
      id: newId(),
      incidentId,
      name: file.name,
      type: file.type,
      size: file.size,
      sha256: await sha256Hex(new Uint8Array(await file.arrayBuffer())),
      addedAt,
      blob: file,
    })),
  );
}

const fileRefs = (rows: readonly IncidentAttachmentRecord[]): FileRef[] => rows.map((a) => ({ name: a.name, sha256: a.sha256, size: a.size }));
const dueRefs = (rows: readonly Pick<IncidentObligationRecord, 'ruleId' | 'dueAt'>[]): IncidentDueRef[] =>
  rows.map((o) => ({ ruleId: o.ruleId, dueAt: o.dueAt }));

/** The descriptive fields of the form values (everything but the detection moment). */
function describe(values: IncidentValues): Pick<IncidentRecord, EditableIncidentField> {
  return {
    detectionMethod: values.detectionMethod,
    detectedBy: values.detectedBy,
    description: values.description,
    systems: values.systems,
    dataCategories: values.dataCategories,
    subjects: { categories: values.subjectCategories, kzCount: values.kzCount, rfCount: values.rfCount },
    causes: values.causes,
    consequences: values.consequences,
    measuresTaken: values.measuresTaken,
    measuresPlanned: values.measuresPlanned,
    subjectsContactData: values.subjectsContactData,
    contact: { name: values.contactName, position: values.contactPosition, phone: values.contactPhone, email: values.contactEmail },
    investigationResults: values.investigationResults,
    responsiblePersons: values.responsiblePersons,
  };
}

const tables = (db: QorgauDatabase) => [db.incidents, db.incidentObligations, db.incidentAttachments, db.counters, db.audit, db.calendarOverrides, db.settings];

/** Registers an incident with its clocks (from the moment of detection), files and audit event. */
export async function registerIncident(
  values: IncidentValues,
  files: readonly File[],
  settings: DeadlineSettings,
  now: Date = new Date(),
): Promise<IncidentRecord> {
  const db = database();
  const detected = localInputToInstant(values.detectedAt, values.detectedZone);
  if (detected === undefined || Number.isNaN(detected.getTime())) throw new IncidentWriteError('bad-instant');
  const id = newId();
  const at = now.toISOString();
  const attachments = await hashFiles(id, files, at);
  const year = zonedParts(detected, DEFAULT_TIME_ZONE).year;
  return db.transaction('rw', tables(db), async () => {
    const context = await readDeadlineContext(db, settings);
    const detectedAt = detected.toISOString();
    const rfConcerned = values.rfCount > 0;
    const obligations: IncidentObligationRecord[] = incidentObligations({ detectedAt, rfConcerned }, context).map((p) => ({
      id: newId(),
      incidentId: id,
      ruleId: p.ruleId,
      triggerAt: p.triggerAt,
      dueAt: p.dueAt,
      status: 'open',
      urgentFromStart: p.urgentFromStart,
      notified: [],
    }));
    const key = incidentCounterKey(year);
    const seq = ((await db.counters.get(key))?.value ?? 0) + 1;
    const record: IncidentRecord = {
      id,
      number: incidentNumber(year, seq),
      year,
      seq,
      status: 'open',
      detectedAt,
      detectedZone: values.detectedZone,
      ...describe(values),
      rfConcerned,
      nextDueAt: nextIncidentDue(obligations),
      enteredAt: at,
      updatedAt: at,
    };
    await db.counters.put({ key, value: seq });
    await db.incidents.add(record);
    await db.incidentObligations.bulkAdd(obligations);
    if (attachments.length > 0) await db.incidentAttachments.bulkAdd(attachments);
    await appendAudit(db, currentActor(), at, [
      {
        type: 'incident.registered',
        data: {
          incidentId: id,
          number: record.number,
          detectedAt,
          detectedZone: record.detectedZone,
          rfConcerned,
          obligations: dueRefs(obligations),
          attachments: fileRefs(attachments),
        },
      },
    ]);
    return record;
  });
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Changes the descriptive fields (the detection moment stays: it is the clocks' start). RF citizens found
 * concerned later start the Roskomnadzor clocks from the same moment of detection.
 */
export async function updateIncident(
  incidentId: string,
  values: IncidentValues,
  files: readonly File[],
  settings: DeadlineSettings,
  now: Date = new Date(),
): Promise<IncidentRecord> {
  const db = database();
  const at = now.toISOString();
  const attachments = await hashFiles(incidentId, files, at);
  return db.transaction('rw', tables(db), async () => {
    const current = await db.incidents.get(incidentId);
    if (!current) throw new IncidentWriteError('not-found');
    if (current.status === 'closed') throw new IncidentWriteError('closed');
    const next = describe(values);
    const fields = (Object.keys(next) as EditableIncidentField[]).filter((f) => !same(next[f], current[f]));
    const rfConcerned = current.rfConcerned || next.subjects.rfCount > 0;
    const existing = await db.incidentObligations.where('incidentId').equals(incidentId).toArray();
    const spawned: IncidentObligationRecord[] = [];
    if (rfConcerned && !current.rfConcerned) {
      const context = await readDeadlineContext(db, settings);
      for (const ruleId of ['ru.breach.notify-24h', 'ru.breach.notify-72h'] as const) {
        if (existing.some((o) => o.ruleId === ruleId)) continue;
        const p = planIncidentObligation(ruleId, current.detectedAt, context);
        spawned.push({
          id: newId(),
          incidentId,
          ruleId,
          triggerAt: p.triggerAt,
          dueAt: p.dueAt,
          status: 'open',
          urgentFromStart: p.urgentFromStart,
          notified: [],
        });
      }
    }
    if (fields.length === 0 && attachments.length === 0) return current;
    const record: IncidentRecord = { ...current, ...next, rfConcerned, nextDueAt: nextIncidentDue([...existing, ...spawned]), updatedAt: at };
    await db.incidents.put(record);
    if (spawned.length > 0) await db.incidentObligations.bulkAdd(spawned);
    if (attachments.length > 0) await db.incidentAttachments.bulkAdd(attachments);
    await appendAudit(db, currentActor(), at, [
      { type: 'incident.updated', data: { incidentId, number: current.number, fields, spawns: dueRefs(spawned), attachments: fileRefs(attachments) } },
    ]);
    return record;
  });
}

const ORDER: readonly IncidentStatus[] = ['open', 'notified', 'investigated', 'closed'];

/** Moves the incident forward (open → notified → investigated → closed); a closed incident stays closed. */
export async function changeIncidentStatus(incidentId: string, to: IncidentStatus, note: string, now: Date = new Date()): Promise<IncidentRecord> {
  const db = database();
  const at = now.toISOString();
  return db.transaction('rw', [db.incidents, db.audit], async () => {
    const current = await db.incidents.get(incidentId);
    if (!current) throw new IncidentWriteError('not-found');
    if (current.status === 'closed') throw new IncidentWriteError('closed');
    if (ORDER.indexOf(to) <= ORDER.indexOf(current.status)) throw new IncidentWriteError('bad-status');
    const record: IncidentRecord = { ...current, status: to, updatedAt: at, ...(to === 'closed' ? { closedAt: at } : {}) };
    await db.incidents.put(record);
    await appendAudit(db, currentActor(), at, [
      { type: 'incident.status-changed', data: { incidentId, number: current.number, from: current.status, to, note } },
    ]);
    return record;
  });
}

export interface IncidentDocumentDraft {
  readonly incidentId: string;
  readonly kind: BreachDocumentKind;
  readonly language: BreachLanguage;
  readonly year: number;
  readonly seq: number;
  readonly number: string;
  /** YYYY-MM-DD, organisation zone. */
  readonly date: string;
  /** The PDF exactly as previewed. */
  readonly bytes: Uint8Array;
}

/** The status an issued notice brings the incident to (never backwards). */
function statusAfter(current: IncidentStatus, kind: BreachDocumentKind, open: readonly IncidentObligationRecord[]): IncidentStatus {
  if (current === 'closed') return current;
  if (kind === 'breach-rkn-72h') return ORDER.indexOf(current) < ORDER.indexOf('investigated') ? 'investigated' : current;
  const noticesLeft = open.some((o) => o.ruleId === 'kz.breach.notify-authority' || o.ruleId === 'ru.breach.notify-24h');
  return current === 'open' && !noticesLeft && FULFILS[kind] !== undefined ? 'notified' : current;
}

/**
 * Stores an issued notice (number of the letters' series, SHA-256, audit event) and fulfils the clock it
 * answers — or nothing at all. A number taken meanwhile is refused ('number-taken'): render again.
 */
export async function issueIncidentDocument(draft: IncidentDocumentDraft, now: Date = new Date()): Promise<IncidentDocumentRecord> {
  const db = database();
  const at = now.toISOString();
  const sha256 = await sha256Hex(draft.bytes);
  const record: IncidentDocumentRecord = {
    id: newId(),
    incidentId: draft.incidentId,
    kind: draft.kind,
    number: draft.number,
    date: draft.date,
    language: draft.language,
    sha256,
    createdAt: at,
    bytes: new Blob([draft.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
    series: 'letter',
    year: draft.year,
    seq: draft.seq,
    size: draft.bytes.byteLength,
  };
  const key = sequenceKey('letter', draft.year);
  return db.transaction('rw', [db.incidents, db.incidentObligations, db.incidentDocuments, db.documents, db.counters, db.audit], async () => {
    const incident = await db.incidents.get(draft.incidentId);
    if (!incident) throw new IncidentWriteError('not-found');
    const current = (await db.counters.get(key))?.value ?? 0;
    if (draft.seq !== current + 1) throw new IncidentWriteError('number-taken');
    const taken = (await db.documents.where('number').equals(draft.number).count()) + (await db.incidentDocuments.where('number').equals(draft.number).count());
    if (taken > 0) throw new IncidentWriteError('number-taken');
    const obligations = await db.incidentObligations.where('incidentId').equals(draft.incidentId).toArray();
    const fulfils = FULFILS[draft.kind];
    const completed = obligations.filter((o) => o.status === 'open' && o.ruleId === fulfils);
    const after = obligations.map((o) => (completed.includes(o) ? { ...o, status: 'done' as const, completedAt: at, completedByDocumentId: record.id } : o));
    const status = statusAfter(
      incident.status,
      draft.kind,
      after.filter((o) => o.status === 'open'),
    );
    await db.counters.put({ key, value: draft.seq });
    await db.incidentDocuments.add(record);
    for (const o of completed) await db.incidentObligations.update(o.id, { status: 'done', completedAt: at, completedByDocumentId: record.id });
    await db.incidents.put({ ...incident, status, nextDueAt: nextIncidentDue(after), updatedAt: at });
    await appendAudit(db, currentActor(), at, [
      {
        type: 'incident.document-issued',
        data: {
          incidentId: incident.id,
          documentId: record.id,
          kind: record.kind,
          number: record.number,
          date: record.date,
          language: record.language,
          sha256,
          size: record.size,
          completes: completed.map((o) => o.id),
        },
      },
      ...(status === incident.status
        ? []
        : [
            {
              type: 'incident.status-changed' as const,
              data: { incidentId: incident.id, number: incident.number, from: incident.status, to: status, note: record.number },
            },
          ]),
    ]);
    return record;
  });
}

/** The sequence number the next letter gets, if nothing else is issued first. */
export async function nextLetterSequence(year: number): Promise<number> {
  return ((await database().counters.get(sequenceKey('letter', year)))?.value ?? 0) + 1;
}

/**
 * Re-dates the open clocks of every incident under a changed term setting, close of business, moment
 * reading or calendar, with one audit event naming what moved. Runs inside the caller's transaction
 * (over incidentObligations, incidents and audit) or in its own.
 */
export async function recomputeIncidentClocks(db: QorgauDatabase, context: DeadlineContext, cause: string, actor: string, at: string): Promise<number> {
  return db.transaction('rw', [db.incidentObligations, db.incidents, db.audit], async () => {
    const open = await db.incidentObligations.where('[status+dueAt]').between(['open', ''], ['open', '\uffff']).toArray();
    const moved: { id: string; incidentId: string; from: string; to: string }[] = [];
    for (const o of open) {
      const dueAt = incidentDeadline(o.ruleId, o.triggerAt, context).due;
      if (dueAt !== o.dueAt) moved.push({ id: o.id, incidentId: o.incidentId, from: o.dueAt, to: dueAt });
    }
    if (moved.length === 0) return 0;
    for (const m of moved) await db.incidentObligations.update(m.id, { dueAt: m.to });
    for (const incidentId of new Set(moved.map((m) => m.incidentId))) {
      const all = await db.incidentObligations.where('incidentId').equals(incidentId).toArray();
      await db.incidents.update(incidentId, { nextDueAt: nextIncidentDue(all) });
    }
    await appendAudit(db, actor, at, [{ type: 'incident.clocks-recomputed', data: { cause, moved } }]);
    return moved.length;
  });
}
