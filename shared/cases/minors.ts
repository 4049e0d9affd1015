/**
 * Minors (legal-reference §11.5, §8): a subject under 18 on the day the request is received acts through a
 * legal representative (under 14 the parents act, 14–18 with their consent — Civil Code Arts 22–23 [P-old];
 * applying them to personal data is an inference [I]). The birth date is the one typed or the IIN's.
 */
import { validateIin } from '../validation';

/** The age of legal capacity used here (Civil Code Art. 17 [P-old]). */
export const ADULT_AGE = 18;

export type MinorCheck = 'adult' | 'minor' | 'born-after-receipt' | 'unknown';

/** Full years between a birth date and a day (both YYYY-MM-DD). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The subject's birth date: the one typed, else the IIN's (when the IIN carries a full date). */
export function birthDateOf(subject: { readonly iin?: string | undefined; readonly birthDate?: string | undefined }): string | undefined {
  if (subject.birthDate) return subject.birthDate;
  if (!subject.iin) return undefined;
  const parsed = validateIin(subject.iin.replace(/\s/g, ''));
  return parsed.valid && parsed.birthDate !== null ? parsed.birthDate : undefined;
}

/** Whether the subject is a minor on the day of receipt (`receivedOn`: YYYY-MM-DD in the organisation's zone). */
export function checkMinor(subject: { readonly iin?: string | undefined; readonly birthDate?: string | undefined }, receivedOn: string): MinorCheck {
  const birth = birthDateOf(subject);
  if (birth === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(birth)) return 'unknown';
  if (birth > receivedOn) return 'born-after-receipt';
  return ageOn(birth, receivedOn) < ADULT_AGE ? 'minor' : 'adult';
}
