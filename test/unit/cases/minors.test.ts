/** Minors (legal-reference §11.5): under 18 on the day of receipt → a legal representative; no birth after receipt. */
import { describe, expect, it } from 'vitest';
import { intakeSchema, type IntakeInput } from '../../../shared/cases/intake-schema';
import { ageOn, checkMinor } from '../../../shared/cases/minors';
import { kzControlDigit } from '../../../shared/validation';

/** A valid IIN for a birth date (YYMMDD) and century/sex digit. */
function makeIin(yymmdd: string, centurySex: number): string {
  for (let s = 123; s < 10_000; s++) {
    const eleven = `${yymmdd}${centurySex}${String(s).padStart(4, '0')}`;
    const control = kzControlDigit([...eleven].map(Number));
    if (control !== null) return `${eleven}${control}`;
  }
  throw new Error('no IIN');
}

const almaty = (local: string) => new Date(`${local}:00+05:00`);
const schema = intakeSchema({ requestTypes: ['access'], now: () => new Date('2026-11-21T10:00:00Z'), localToInstant: almaty });

const input = (iin: string, birthDate = '', onBehalf = false): IntakeInput => ({
  subject: { fullName: 'Нұрлан Асқарұлы', iin, birthDate, email: 'n@example.kz', phone: '', address: '' },
  onBehalf,
  representative: onBehalf
    ? {
        fullName: 'Асқар Нұрланұлы',
        authorityKind: 'birth-certificate',
        authorityNumber: '123',
        authorityDate: '2008-11-25',
        authorityDocument: '',
        address: 'Алматы қ., Абай даңғылы, 1',
      }
    : { fullName: '', authorityDocument: '' },
  channel: 'email',
  receivedAt: '2026-11-20T16:40',
  language: 'kk',
  rfSubject: false,
  requestTypes: ['access'],
  description: '',
});

const errors = (value: IntakeInput) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}:${i.message}`);
};

describe('minors', () => {
  it('counts full years on the day of receipt', () => {
    expect(ageOn('2008-11-20', '2026-11-20')).toBe(18);
    expect(ageOn('2008-11-21', '2026-11-20')).toBe(17);
    expect(checkMinor({ birthDate: '2008-11-21' }, '2026-11-20')).toBe('minor');
    expect(checkMinor({ birthDate: '2008-11-20' }, '2026-11-20')).toBe('adult');
    expect(checkMinor({}, '2026-11-20')).toBe('unknown');
  });

  it('a subject under 18 by the IIN’s birth date needs a legal representative', () => {
    const minor = makeIin('081121', 5); // born 21.11.2008: 17 on 20.11.2026
    expect(errors(input(minor))).toEqual(['onBehalf:intake.minor.representative']);
    expect(errors(input(minor, '', true))).toEqual([]);
    expect(errors(input(makeIin('081120', 5)))).toEqual([]);
  });

  it('a date of birth after the day of receipt is refused (typed or in the IIN)', () => {
    expect(errors(input('', '2026-11-21'))).toEqual(['subject.birthDate:intake.birthDate.afterReceipt']);
    expect(errors(input(makeIin('261121', 5)))).toEqual(['subject.iin:intake.birthDate.afterReceipt']);
  });
});
