/** Every text a person types has a limit, and the problem names it (issue 16.9). */
import { describe, expect, it } from 'vitest';
import { checkAction } from '../../../shared/cases/action-check';
import { intakeSchema, type IntakeInput } from '../../../shared/cases/intake-schema';
import { groundEditSchema } from '../../../shared/documents/grounds-library';
import { emptyOrgProfile, orgProfileSchema } from '../../../shared/documents/profile-schema';
import { TEXT_LIMIT, TEXT_LIMITS, firstTooLong, hasTextOver } from '../../../shared/text-limits';

const over = (limit: number) => 'ж'.repeat(limit + 1);
const issues = (result: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`);

const intake = intakeSchema({ requestTypes: ['blocking'], now: () => new Date('2026-11-21T10:00:00Z'), localToInstant: (l) => new Date(`${l}:00+05:00`) });
const request = (): IntakeInput => ({
  subject: { fullName: 'Әлия Нұрланова', iin: '', birthDate: '', email: 'aliya@example.kz', phone: '', address: '' },
  onBehalf: false,
  representative: { fullName: '', authorityDocument: '' },
  channel: 'email',
  receivedAt: '2026-11-20T16:40',
  language: 'kk',
  rfSubject: false,
  requestTypes: ['blocking'],
  description: '',
});

describe('text limits', () => {
  it('the limits of the fields are among the limits with a message', () => {
    for (const limit of Object.values(TEXT_LIMIT)) expect(TEXT_LIMITS).toContain(limit);
    expect(
      firstTooLong([
        ['ok', 100],
        [over(200), 200],
      ]),
    ).toBe('text.long.200');
    expect(firstTooLong([['ok', 100]])).toBeUndefined();
  });

  it('intake: the request text, the address, the e-mail and the representative are bounded, each problem stating its limit', () => {
    expect(issues(intake.safeParse({ ...request(), description: 'x'.repeat(20_000) }))).toEqual([]);
    expect(issues(intake.safeParse({ ...request(), description: over(20_000) }))).toEqual(['description:text.long.20000']);
    expect(issues(intake.safeParse({ ...request(), subject: { ...request().subject, address: over(500) } }))).toEqual(['subject.address:text.long.500']);
    expect(issues(intake.safeParse({ ...request(), subject: { ...request().subject, email: `${over(500)}@example.kz` } }))).toEqual([
      'subject.email:text.long.500',
    ]);
    expect(
      issues(
        intake.safeParse({
          ...request(),
          onBehalf: true,
          representative: {
            fullName: over(200),
            authorityDocument: '',
            authorityKind: 'power-of-attorney',
            authorityNumber: '1',
            authorityDate: '2026-05-01',
            email: 'adv@example.kz',
            address: '',
            formOfAddress: 'neutral',
          },
        }),
      ),
    ).toEqual(['representative.fullName:text.long.200']);
  });

  it('an action: the note (4 000) and the reason of a destruction (1 000)', () => {
    const at = new Date('2026-11-20T10:00:00Z');
    const now = new Date('2026-11-21T10:00:00Z');
    expect(checkAction('provide', { at, note: 'x'.repeat(4000), grounds: [], fileCount: 0 }, now)).toBeUndefined();
    expect(checkAction('provide', { at, note: over(4000), grounds: [], fileCount: 0 }, now)).toBe('long');
    expect(checkAction('destroy', { at, note: '', grounds: [], fileCount: 0, basis: over(1000) }, now)).toBe('long');
  });

  it('the organisation profile and the grounds library: a field over its limit is named with the limit', () => {
    const profile = emptyOrgProfile();
    const tooLong = orgProfileSchema.safeParse({ ...profile, legalName: { kk: over(300), ru: 'ТОО' }, dpo: { ...profile.dpo, email: `${over(500)}@a.kz` } });
    expect(issues(tooLong)).toEqual(expect.arrayContaining(['legalName.kk:text.long.300', 'dpo.email:text.long.500']));
    const ground = groundEditSchema.safeParse({ text: { kk: over(4000), ru: 'т' }, citation: { kk: 'ст', ru: 'ст' }, tag: 'P', jurisdiction: 'kz' });
    expect(issues(ground)).toEqual(['text.kk:text.long.4000']);
  });

  it('a document draft: any text of its inputs over the limit, however nested, stops the preview', () => {
    const act = { reasonDetails: { kk: 'ok', ru: 'ok' }, paper: [{ name: { kk: 'Журнал', ru: over(4000) }, sheets: '3' }], methods: ['shredding'] };
    expect(hasTextOver(act, TEXT_LIMIT.note)).toBe(true);
    expect(hasTextOver({ ...act, paper: [] }, TEXT_LIMIT.note)).toBe(false);
    expect(hasTextOver([['x'.repeat(4000)]], TEXT_LIMIT.note)).toBe(false);
  });
});
