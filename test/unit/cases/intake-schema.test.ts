import { describe, expect, it } from 'vitest';
import { formatCaseNumber, parseCaseNumber } from '../../../shared/cases/case-number';
import { checkAttachment, intakeSchema, MAX_ATTACHMENT_BYTES, type IntakeInput } from '../../../shared/cases/intake-schema';
import { normalizeName } from '../../../shared/cases/normalize';
import { kzControlDigit } from '../../../shared/validation';
import type { RequestType } from '../../../shared/rules/request-types';

/** A valid IIN for a birth date and century/sex digit, with the official control digit. */
export function makeIin(yymmdd: string, centurySex: number, serial = '0123'): string {
  for (let s = Number(serial); s < 10_000; s++) {
    const eleven = `${yymmdd}${centurySex}${String(s).padStart(4, '0')}`;
    const control = kzControlDigit([...eleven].map(Number));
    if (control !== null) return `${eleven}${control}`;
  }
  throw new Error('no IIN');
}

const almaty = (local: string) => new Date(`${local}:00+05:00`);
const REQUEST_TYPES: readonly RequestType[] = ['access', 'blocking', 'consent-withdrawal'];
const schema = intakeSchema({ requestTypes: REQUEST_TYPES, now: () => new Date('2026-11-21T10:00:00Z'), localToInstant: almaty });

const valid = (): IntakeInput => ({
  subject: { fullName: '  Әлия Қасымқызы Нұрланова ', iin: makeIin('900315', 4), birthDate: '1990-03-15', email: 'aliya@example.kz', phone: '', address: '' },
  onBehalf: false,
  representative: { fullName: '', authorityDocument: '' },
  channel: 'email',
  receivedAt: '2026-11-20T16:40',
  language: 'kk',
  rfSubject: false,
  requestTypes: ['blocking'],
  description: 'Деректерімді бұғаттауды сұраймын.',
});

const errors = (input: IntakeInput) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('intake schema', () => {
  it('accepts a complete request and trims what was typed', () => {
    const result = schema.parse(valid());
    expect(result.subject.fullName).toBe('Әлия Қасымқызы Нұрланова');
  });

  it('rejects an IIN whose control digit is wrong', () => {
    const iin = makeIin('900315', 4);
    const bad = `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`;
    expect(errors({ ...valid(), subject: { ...valid().subject, iin: bad } })).toEqual(['subject.iin:intake.iin.checksum']);
    expect(errors({ ...valid(), subject: { ...valid().subject, iin: '12345' } })).toEqual(['subject.iin:intake.iin.length']);
  });

  it('cross-checks the date of birth against the IIN', () => {
    expect(errors({ ...valid(), subject: { ...valid().subject, birthDate: '1990-03-16' } })).toEqual(['subject.birthDate:intake.birthDate.mismatch']);
  });

  it('needs a way to reply', () => {
    expect(errors({ ...valid(), subject: { ...valid().subject, email: '' } })).toEqual(['subject.email:intake.contact.missing']);
  });

  it('needs the representative and their authority when made on someone’s behalf', () => {
    expect(errors({ ...valid(), onBehalf: true })).toEqual([
      'representative.fullName:intake.representative.required',
      'representative.authorityKind:intake.authority.kind',
      'representative.authorityNumber:intake.authority.number',
      'representative.authorityDate:intake.authority.date',
      'representative.email:intake.representative.contact',
    ]);
  });

  it('takes the authority document’s kind, number and date, and the representative’s reply address', () => {
    const rep = {
      fullName: 'Ким Ольга Викторовна',
      authorityKind: 'notarised-power-of-attorney' as const,
      authorityNumber: '2-345',
      authorityDate: '2026-06-20',
      authorityDocument: '',
      email: 'kim@example.kz',
      address: '',
      formOfAddress: 'female' as const,
    };
    expect(errors({ ...valid(), onBehalf: true, representative: rep })).toEqual([]);
    expect(errors({ ...valid(), onBehalf: true, representative: { ...rep, authorityDate: '2026-12-01' } })).toEqual([
      'representative.authorityDate:intake.authority.dateAfterReceipt',
    ]);
    expect(errors({ ...valid(), onBehalf: true, representative: { ...rep, email: '', address: '' } })).toEqual([
      'representative.email:intake.representative.contact',
    ]);
  });

  it('refuses a receipt time in the future or in a bad format', () => {
    expect(errors({ ...valid(), receivedAt: '2026-11-22T09:00' })).toEqual(['receivedAt:intake.receivedAt.future']);
    expect(errors({ ...valid(), receivedAt: '20.11.2026 16:40' })).toEqual(['receivedAt:intake.receivedAt.format']);
  });

  it('checks "not in the future" against the clock when the values are checked, not when the schema was made', () => {
    // The form is opened at 15:00 Almaty and submitted at 15:40 with the real current time as the receipt time.
    let clock = new Date('2026-11-21T10:00:00Z');
    const atSubmission = intakeSchema({ requestTypes: REQUEST_TYPES, now: () => clock, localToInstant: almaty });
    const input = { ...valid(), receivedAt: '2026-11-21T15:40' };
    expect(atSubmission.safeParse(input).success).toBe(false);
    clock = new Date('2026-11-21T10:40:00Z');
    expect(atSubmission.safeParse(input).success).toBe(true);
    clock = new Date('2026-11-21T10:38:59Z');
    expect(atSubmission.safeParse(input).error?.issues.map((i) => i.message)).toEqual(['intake.receivedAt.future']);
  });

  it('refuses a wall time that does not exist', () => {
    const none = intakeSchema({ requestTypes: REQUEST_TYPES, now: () => new Date('2026-11-21T10:00:00Z'), localToInstant: () => undefined });
    expect(none.safeParse(valid()).error?.issues.map((i) => `${i.path.join('.')}:${i.message}`)).toEqual(['receivedAt:intake.receivedAt.format']);
  });

  it('needs at least one known request type', () => {
    expect(errors({ ...valid(), requestTypes: [] })).toEqual(['requestTypes:intake.types.none']);
    expect(errors({ ...valid(), requestTypes: ['teleport'] })).toEqual(['requestTypes:intake.types.unknown']);
  });
});

describe('attachments, numbers and search keys', () => {
  it('limits attachment type and size', () => {
    expect(checkAttachment({ size: 1000, type: 'application/pdf' }, 0)).toBeUndefined();
    expect(checkAttachment({ size: MAX_ATTACHMENT_BYTES + 1, type: 'application/pdf' }, 0)).toBe('too-large');
    expect(checkAttachment({ size: 10, type: 'application/x-msdownload' }, 0)).toBe('type');
    expect(checkAttachment({ size: 0, type: 'application/pdf' }, 0)).toBe('empty');
    expect(checkAttachment({ size: 10, type: 'application/pdf' }, 20)).toBe('too-many');
  });

  it('formats case numbers per year without gaps', () => {
    expect(formatCaseNumber(2026, 123)).toBe('DSR-2026-000123');
    expect(parseCaseNumber('dsr-2026-000123')).toEqual({ year: 2026, seq: 123 });
    expect(parseCaseNumber('DSR-2026-000000')).toBeUndefined();
    expect(() => formatCaseNumber(2026, 0)).toThrow(RangeError);
  });

  it('normalizes names for prefix search, keeping Kazakh letters distinct', () => {
    expect(normalizeName('  ҚАСЫМОВ   Алёна ')).toBe('қасымов алена');
    expect(normalizeName('Касымов')).not.toBe(normalizeName('Қасымов'));
  });
});
