/**
 * The record schemas of the backup file check what the record types say: a wrong rule id, action data
 * of another kind or mistyped audit data is refused and named by its field, while members a schema does
 * not know are kept. The rows of the tables renderer/db types are tied to their schemas here (the
 * record types of shared/ are tied in shared/backup itself).
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { RECORD_SCHEMAS, type calendarOverrideRowSchema, type counterRowSchema, type settingRowSchema } from '../../../shared/backup/schema';
import type { SameShape } from '../../../shared/backup/same-shape';
import type { CalendarOverrideRow, CounterRow, SettingRow } from '../../../renderer/db/database';

const _settings: SameShape<z.output<typeof settingRowSchema>, SettingRow> = true;
const _counters: SameShape<z.output<typeof counterRowSchema>, CounterRow> = true;
const _overrides: SameShape<z.output<typeof calendarOverrideRowSchema>, CalendarOverrideRow> = true;

const HASH = 'a'.repeat(64);
const obligation = {
  id: 'ob1',
  caseId: 'c1',
  ruleId: 'kz.block',
  triggerAt: '2026-05-11T05:00:00.000Z',
  dueAt: '2026-05-12T13:00:00.000Z',
  status: 'open',
  urgentFromStart: false,
  extended: false,
  notified: ['last-hours'],
};
const action = { id: 'a1', caseId: 'c1', obligationId: 'ob1', at: '2026-05-11T07:00:00.000Z', recordedAt: '2026-05-11T07:00:00.000Z', actor: 'dpo', note: '' };
const event = { seq: 1, at: '2026-05-11T07:00:00.000Z', actor: 'dpo', caseId: 'c1', prevHash: HASH, hash: HASH };
const issued = { documentId: 'd1', kind: 'refusal-letter', number: 'QK/DPO/2026-0001', date: '2026-05-06', language: 'kk', sha256: HASH, size: 10, cases: 1 };

/** The path of the first problem, as a restore names it; '' when the record is accepted. */
const problemAt = (schema: z.ZodType, row: unknown): string => {
  const result = schema.safeParse(row);
  return result.success ? '' : (result.error.issues[0]?.path.join('.') ?? '?');
};

describe('record schemas', () => {
  it('refuse a rule id no pack has and a notification kind that does not exist', () => {
    expect(problemAt(RECORD_SCHEMAS.obligations, obligation)).toBe('');
    expect(problemAt(RECORD_SCHEMAS.obligations, { ...obligation, ruleId: 'kz.blocking' })).toBe('ruleId');
    expect(problemAt(RECORD_SCHEMAS.obligations, { ...obligation, notified: ['tomorrow'] })).toBe('notified.0');
  });

  it('check each action against the data of its kind', () => {
    expect(problemAt(RECORD_SCHEMAS.actions, { ...action, kind: 'refuse', data: { grounds: ['g1'], ruleId: 'kz.access.refuse' } })).toBe('');
    expect(problemAt(RECORD_SCHEMAS.actions, { ...action, kind: 'close', data: { outcome: 'refused' } })).toBe('');
    expect(problemAt(RECORD_SCHEMAS.actions, { ...action, kind: 'refuse', data: { outcome: 'refused' } })).toBe('data.grounds');
    expect(problemAt(RECORD_SCHEMAS.actions, { ...action, kind: 'close', data: { grounds: [], ruleId: 'kz.block' } })).toBe('data.outcome');
    expect(problemAt(RECORD_SCHEMAS.actions, { ...action, kind: 'block', data: { grounds: [], ruleId: 'kz.nope' } })).toBe('data.ruleId');
    expect(problemAt(RECORD_SCHEMAS.actions, { ...action, kind: 'reply', data: {} })).toBe('kind');
  });

  it('check each audit event against the data of its type', () => {
    expect(problemAt(RECORD_SCHEMAS.audit, { ...event, type: 'document.issued', data: issued })).toBe('');
    expect(problemAt(RECORD_SCHEMAS.audit, { ...event, type: 'document.issued', data: { ...issued, documentId: 7 } })).toBe('data.documentId');
    expect(problemAt(RECORD_SCHEMAS.audit, { ...event, type: 'case.annotated', data: issued })).toBe('data.note');
    expect(problemAt(RECORD_SCHEMAS.audit, { ...event, type: 'action.recorded', data: { note: '' } })).toBe('type');
    expect(
      problemAt(RECORD_SCHEMAS.audit, { ...event, type: 'backup.restored', data: { fileName: 'f', payloadSha256: HASH, encrypted: false, counts: {} } }),
    ).toBe('data.createdAt');
  });

  it('check the representative’s authority document and the forms of address (issue 17)', () => {
    const record = {
      id: 'c1',
      number: 'DSR-2026-000001',
      year: 2026,
      seq: 1,
      status: 'open',
      receivedAt: '2026-05-11T05:00:00.000Z',
      enteredAt: '2026-05-11T05:00:00.000Z',
      channel: 'post',
      language: 'ru',
      jurisdiction: 'kz',
      rfSubject: false,
      requestTypes: ['access'],
      subject: { fullName: 'Смирнова Мария Андреевна', formOfAddress: 'female' },
      representative: {
        fullName: 'Ким Олег Петрович',
        authorityDocument: '',
        authorityKind: 'power-of-attorney',
        authorityNumber: '17',
        authorityDate: '2026-05-01',
        address: 'г. Алматы, пр. Достык, 5',
        formOfAddress: 'male',
      },
      description: '',
      subjectName: 'смирнова',
      subjectIin: '',
      nextDueAt: '',
      updatedAt: '2026-05-11T05:00:00.000Z',
    };
    expect(problemAt(RECORD_SCHEMAS.cases, record)).toBe('');
    expect(problemAt(RECORD_SCHEMAS.cases, { ...record, subject: { ...record.subject, formOfAddress: '(-ая)' } })).toBe('subject.formOfAddress');
    expect(problemAt(RECORD_SCHEMAS.cases, { ...record, representative: { ...record.representative, authorityKind: 'letter' } })).toBe(
      'representative.authorityKind',
    );
    expect(problemAt(RECORD_SCHEMAS.cases, { ...record, representative: { ...record.representative, authorityDate: '01.05.2026' } })).toBe(
      'representative.authorityDate',
    );
  });

  it('accept the evidence trail: corrections, waivers, withdrawals, voids — and refuse a field no correction knows', () => {
    const mark = { at: '2026-05-12T05:00:00.000Z', reason: 'опечатка в имени', actor: 'dpo' };
    const correction = { id: 'k1', field: 'subject.fullName', from: 'Ерлн', to: 'Ерлан', ...mark };
    expect(problemAt(RECORD_SCHEMAS.obligations, { ...obligation, status: 'cancelled', outcome: { kind: 'waived', reason: 'отозвано', at: mark.at } })).toBe(
      '',
    );
    expect(problemAt(RECORD_SCHEMAS.obligations, { ...obligation, status: 'cancelled', outcome: { kind: 'not-applicable', reason: 'тип', at: mark.at } })).toBe(
      '',
    );
    const caseRow = {
      id: 'c1',
      number: 'DSR-2026-000001',
      year: 2026,
      seq: 1,
      status: 'closed',
      receivedAt: mark.at,
      enteredAt: mark.at,
      channel: 'email',
      language: 'ru',
      jurisdiction: 'kz',
      rfSubject: false,
      requestTypes: ['access'],
      subject: { fullName: 'Ерлан' },
      description: '',
      subjectName: 'ерлан',
      subjectIin: '',
      nextDueAt: '',
      updatedAt: mark.at,
      corrections: [correction, { ...correction, id: 'k2', field: 'requestTypes', from: ['blocking'], to: ['access'] }],
      withdrawal: mark,
    };
    expect(problemAt(RECORD_SCHEMAS.cases, caseRow)).toBe('');
    expect(problemAt(RECORD_SCHEMAS.cases, { ...caseRow, withdrawal: { ...mark, at: 'yesterday' } })).toBe('withdrawal.at');
    const doc = {
      id: 'd1',
      caseId: 'c1',
      kind: 'refusal-letter',
      number: 'N1',
      date: '2026-05-11',
      language: 'ru',
      sha256: HASH,
      createdAt: mark.at,
      bytes: { type: 'application/pdf', base64: 'JVBERg==' },
    };
    expect(problemAt(RECORD_SCHEMAS.documents, { ...doc, voided: { ...mark, date: '2026-05-12' } })).toBe('');
    expect(problemAt(RECORD_SCHEMAS.documents, { ...doc, voided: { ...mark, date: '12.05.2026' } })).toBe('voided.date');
    const close = { ...action, kind: 'close', data: { outcome: 'fulfilled', waived: [{ obligationId: 'ob1', ruleId: 'kz.block', reason: 'отозвано' }] } };
    expect(problemAt(RECORD_SCHEMAS.actions, close)).toBe('');
    const corrected = {
      ...action,
      kind: 'block',
      data: { grounds: [], ruleId: 'kz.block' },
      corrections: [{ field: 'at', from: mark.at, to: mark.at, ...mark }],
    };
    expect(problemAt(RECORD_SCHEMAS.actions, corrected)).toBe('');
    expect(problemAt(RECORD_SCHEMAS.actions, { ...corrected, corrections: [{ ...corrected.corrections[0], field: 'kind' }] })).toBe('corrections.0.field');
    const event2 = (type: string, data: object) => problemAt(RECORD_SCHEMAS.audit, { ...event, type, data });
    const redated = [{ obligationId: 'ob1', ruleId: 'kz.block', triggerAt: mark.at, from: mark.at, to: mark.at }];
    expect(
      event2('case.corrected', {
        field: 'receivedAt',
        from: mark.at,
        to: mark.at,
        reason: 'штамп',
        redated,
        added: [],
        dropped: [],
        documentsOnEarlierData: ['N1'],
      }),
    ).toBe('');
    expect(
      event2('case.corrected', { field: 'number', from: 'a', to: 'b', reason: 'r', redated: [], added: [], dropped: [], documentsOnEarlierData: [] }),
    ).toBe('data.field');
    expect(event2('case.action-corrected', { actionId: 'a1', kind: 'block', field: 'note', from: 'a', to: 'b', reason: 'r', redated: [] })).toBe('');
    expect(event2('case.withdrawn', { number: 'DSR-2026-000001', reason: 'тест', dropped: ['ob1'] })).toBe('');
    expect(event2('case.reopened', { reason: 'возобновлено', reopened: ['ob1'] })).toBe('');
    expect(event2('document.voided', { documentId: 'd1', kind: 'refusal-letter', number: 'N1', sha256: HASH, date: '2026-05-12', reason: 'опечатка' })).toBe(
      '',
    );
  });

  it('keep members they do not know, at every depth (a later release may add some)', () => {
    const annotate = { ...action, kind: 'annotate', data: { channel: 'phone' }, source: 'import' };
    expect(RECORD_SCHEMAS.actions.safeParse(annotate)).toEqual({ success: true, data: annotate });
    const withScope = { ...event, type: 'document.issued', data: { ...issued, scope: { kk: 'бәрі', ru: 'все' } } };
    expect(RECORD_SCHEMAS.audit.safeParse(withScope)).toEqual({ success: true, data: withScope });
  });
});
