/** A correction is checked the way intake checks the field, needs a reason and a changed value, and keeps the search keys. */
import { describe, expect, it } from 'vitest';
import { applyCorrection, checkCorrection, fieldValue } from '../../../shared/cases/corrections';
import type { CaseRecord } from '../../../shared/cases/model';
import { REQUEST_TYPES } from '../../../shared/rules/request-types';

const record: CaseRecord = {
  id: 'c1',
  number: 'DSR-2026-000001',
  year: 2026,
  seq: 1,
  status: 'open',
  receivedAt: '2026-11-20T05:00:00.000Z',
  enteredAt: '2026-11-20T06:00:00.000Z',
  channel: 'email',
  language: 'ru',
  jurisdiction: 'kz',
  rfSubject: false,
  requestTypes: ['access'],
  subject: { fullName: 'Ерлан Сапаров', email: 'e@example.kz' },
  description: '',
  subjectName: 'ерлан сапаров',
  subjectIin: '',
  nextDueAt: '',
  updatedAt: '2026-11-20T06:00:00.000Z',
  searchTokens: [],
};
const context = { requestTypes: REQUEST_TYPES, now: new Date('2026-11-24T06:00:00.000Z') };
const reason = 'опечатка в фамилии';

describe('checkCorrection', () => {
  it('checks the value as intake does, then that it changed, then the reason', () => {
    expect(checkCorrection(record, 'subject.fullName', 'Ер', reason, context)).toBe('intake.name.short');
    expect(checkCorrection(record, 'subject.fullName', ' Ерлан Сапаров ', reason, context)).toBe('unchanged');
    expect(checkCorrection(record, 'subject.fullName', 'Ерлан Сапарова', 'ой', context)).toBe('reason');
    expect(checkCorrection(record, 'subject.fullName', 'Ерлан Сапарова', reason, context)).toBeUndefined();
    expect(checkCorrection(record, 'subject.email', 'not-an-email', reason, context)).toBe('intake.email.format');
    expect(checkCorrection(record, 'subject.email', '', reason, context)).toBe('intake.contact.missing');
    expect(checkCorrection(record, 'subject.iin', '123', reason, context)).toBe('intake.iin.length');
    expect(checkCorrection(record, 'requestTypes', [], reason, context)).toBe('intake.types.none');
    expect(checkCorrection(record, 'requestTypes', ['access'], reason, context)).toBe('unchanged');
    expect(checkCorrection(record, 'receivedAt', '2013-01-01T00:00:00.000Z', reason, context)).toBe('intake.receivedAt.tooOld');
    expect(checkCorrection(record, 'receivedAt', '2026-11-25T00:00:00.000Z', reason, context)).toBe('intake.receivedAt.future');
    expect(checkCorrection(record, 'rfSubject', true, reason, context)).toBeUndefined();
  });

  it('applies a value and keeps the derived search keys in step', () => {
    const next = applyCorrection(record, 'subject.fullName', 'Ёлкин  Ерлан');
    expect(next.subjectName).toBe('елкин ерлан');
    expect(fieldValue(next, 'subject.fullName')).toBe('Ёлкин  Ерлан');
    expect(applyCorrection(record, 'subject.iin', '880 101 300 123').subjectIin).toBe('880101300123');
    expect(applyCorrection(record, 'channel', 'post').channel).toBe('post');
    expect(applyCorrection(record, 'representative.fullName', 'Ким Ольга').representative).toEqual({ fullName: 'Ким Ольга', authorityDocument: '' });
  });

  it('the search words follow a corrected name; the words of issued documents’ numbers stay', () => {
    const withWords = applyCorrection(
      {
        ...record,
        searchTokens: [
          ['qk', 1],
          ['0042', 1],
        ],
      },
      'subject.fullName',
      'Қасымов Ерлан',
    );
    const words = withWords.searchTokens.map((key) => key[0]);
    expect(words).toEqual(expect.arrayContaining(['касымов', 'ерлан', 'qk', '0042']));
    expect(words).not.toContain('сапаров');
    expect(withWords.subjectName).toBe('касымов ерлан');
  });
});
