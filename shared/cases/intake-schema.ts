/**
 * The intake form's schema, shared by the form (react-hook-form resolver), the repository and import.
 * Error messages are stable codes (`intake.*`) that the interface translates; nothing is saved
 * unless every field passes.
 */
import { z } from 'zod';
import { REQUEST_LANGUAGES } from '../locale';
import { TEXT_LIMIT, textTooLong, type TextLimit, type TextTooLong } from '../text-limits';
import type { RequestType } from '../rules/request-types';
import { crossCheckBirthDate, validateIin } from '../validation';
import { MAX_CASE_TERM } from './deadlines';
import { checkMinor } from './minors';
import { FORMS_OF_ADDRESS } from './form-of-address';
import { AUTHORITY_KINDS, CHANNELS } from './model';
import { checkReceivedAt, type ReceivedAtProblem } from './time-bounds';

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_ATTACHMENTS = 20;
export const ATTACHMENT_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/tiff',
  'text/plain',
  'message/rfc822',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/msword',
] as const;

export const INTAKE_ERRORS = [
  'intake.required',
  'intake.name.short',
  'intake.name.long',
  'intake.iin.length',
  'intake.iin.digits',
  'intake.iin.checksum',
  'intake.iin.date',
  'intake.iin.century',
  'intake.birthDate.format',
  'intake.birthDate.mismatch',
  'intake.birthDate.afterReceipt',
  'intake.minor.representative',
  'intake.email.format',
  'intake.phone.format',
  'intake.contact.missing',
  'intake.representative.required',
  'intake.authority.required',
  'intake.authority.kind',
  'intake.authority.number',
  'intake.authority.date',
  'intake.authority.dateAfterReceipt',
  'intake.representative.contact',
  'intake.receivedAt.format',
  'intake.receivedAt.future',
  'intake.receivedAt.tooOld',
  'intake.types.none',
  'intake.types.unknown',
  'intake.bodyTerm.required',
  'intake.bodyTerm.range',
] as const;
/** A code of INTAKE_ERRORS, or a text over its limit (the message states the limit). */
export type IntakeError = (typeof INTAKE_ERRORS)[number] | TextTooLong;

export const RECEIVED_AT_ERROR: Readonly<Record<ReceivedAtProblem, IntakeError>> = {
  format: 'intake.receivedAt.format',
  future: 'intake.receivedAt.future',
  'too-old': 'intake.receivedAt.tooOld',
};

const e = (code: IntakeError) => ({ message: code });
const trimmed = z.string().transform((s) => s.trim());
const optionalText = (max: TextLimit) => trimmed.pipe(z.string().max(max, e(textTooLong(max))));

const fullName = trimmed.pipe(z.string().min(1, e('intake.required')).min(3, e('intake.name.short')).max(TEXT_LIMIT.name, e('intake.name.long')));

const iinField = trimmed.superRefine((value, ctx) => {
  if (value === '') return;
  const result = validateIin(value.replace(/\s/g, ''));
  if (!result.valid) ctx.addIssue({ code: 'custom', message: `intake.iin.${result.reason}` satisfies IntakeError });
});

export interface IntakeContext {
  /** Request types of the rule packs, e.g. 'access', 'blocking'. */
  readonly requestTypes: readonly RequestType[];
  /**
   * The clock, read each time the values are checked — at submission, not when the form was opened
   * (a form left open for a while must still accept the real current time). Injected for tests.
   */
  readonly now: () => Date;
  /**
   * Converts the local wall time typed in the form (YYYY-MM-DDTHH:mm, organisation zone) to an
   * instant; undefined (or an invalid Date) when no such wall time exists.
   */
  readonly localToInstant: (local: string) => Date | undefined;
}

export function intakeSchema(context: IntakeContext) {
  const offered: ReadonlySet<string> = new Set<string>(context.requestTypes);
  return z
    .object({
      subject: z.object({
        fullName,
        iin: iinField,
        birthDate: trimmed.pipe(z.union([z.literal(''), z.iso.date(e('intake.birthDate.format'))])),
        email: trimmed.pipe(z.string().max(TEXT_LIMIT.line, e(textTooLong(TEXT_LIMIT.line)))).pipe(z.union([z.literal(''), z.email(e('intake.email.format'))])),
        phone: trimmed.pipe(z.union([z.literal(''), z.string().regex(/^\+?[\d\s()-]{7,20}$/, e('intake.phone.format'))])),
        address: optionalText(TEXT_LIMIT.line),
        formOfAddress: z.enum(FORMS_OF_ADDRESS, e('intake.required')).default('neutral'),
      }),
      onBehalf: z.boolean(),
      representative: z.object({
        fullName: optionalText(TEXT_LIMIT.name),
        authorityKind: z.union([z.literal(''), z.enum(AUTHORITY_KINDS)]).default(''),
        authorityNumber: optionalText(100).default(''),
        authorityDate: trimmed.pipe(z.union([z.literal(''), z.iso.date(e('intake.authority.date'))])).default(''),
        authorityDocument: optionalText(TEXT_LIMIT.line),
        email: trimmed.pipe(z.union([z.literal(''), z.email(e('intake.email.format'))])).default(''),
        address: optionalText(TEXT_LIMIT.line).default(''),
        formOfAddress: z.enum(FORMS_OF_ADDRESS, e('intake.required')).default('neutral'),
      }),
      channel: z.enum(CHANNELS, e('intake.required')),
      receivedAt: trimmed.pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, e('intake.receivedAt.format'))),
      language: z.enum(REQUEST_LANGUAGES, e('intake.required')),
      rfSubject: z.boolean(),
      requestTypes: z
        .array(z.string())
        .min(1, e('intake.types.none'))
        .refine((types): types is RequestType[] => types.every((t) => offered.has(t)), e('intake.types.unknown')),
      description: optionalText(TEXT_LIMIT.request),
      /** K14: the term (working days) the KZ authorized body set in its request; asked only for that type. */
      bodyTerm: trimmed.optional(),
    })
    .superRefine((value, ctx) => {
      const { subject } = value;
      if (subject.iin && subject.birthDate && validateIin(subject.iin).valid) {
        if (crossCheckBirthDate(subject.iin, subject.birthDate) === 'mismatch') {
          ctx.addIssue({ code: 'custom', path: ['subject', 'birthDate'], message: 'intake.birthDate.mismatch' satisfies IntakeError });
        }
      }
      // K14 (legal-reference §11.1): the Law sets no term — the body sets it in its request, and the case uses it.
      if (value.requestTypes.includes('kz-authority-request')) {
        const term = value.bodyTerm ?? '';
        if (term === '') ctx.addIssue({ code: 'custom', path: ['bodyTerm'], message: 'intake.bodyTerm.required' satisfies IntakeError });
        else if (!/^\d{1,3}$/.test(term) || Number(term) < 1 || Number(term) > MAX_CASE_TERM) {
          ctx.addIssue({ code: 'custom', path: ['bodyTerm'], message: 'intake.bodyTerm.range' satisfies IntakeError });
        }
      }
      if (!subject.email && !subject.phone && !subject.address) {
        ctx.addIssue({ code: 'custom', path: ['subject', 'email'], message: 'intake.contact.missing' satisfies IntakeError });
      }
      if (value.onBehalf) {
        if (value.representative.fullName.length < 3) {
          ctx.addIssue({ code: 'custom', path: ['representative', 'fullName'], message: 'intake.representative.required' satisfies IntakeError });
        }
        const rep = value.representative;
        if (rep.authorityKind === '') {
          ctx.addIssue({ code: 'custom', path: ['representative', 'authorityKind'], message: 'intake.authority.kind' satisfies IntakeError });
        }
        if (!rep.authorityNumber) {
          ctx.addIssue({ code: 'custom', path: ['representative', 'authorityNumber'], message: 'intake.authority.number' satisfies IntakeError });
        }
        if (!rep.authorityDate) {
          ctx.addIssue({ code: 'custom', path: ['representative', 'authorityDate'], message: 'intake.authority.date' satisfies IntakeError });
        } else if (/^\d{4}-\d{2}-\d{2}/.test(value.receivedAt) && rep.authorityDate > value.receivedAt.slice(0, 10)) {
          ctx.addIssue({ code: 'custom', path: ['representative', 'authorityDate'], message: 'intake.authority.dateAfterReceipt' satisfies IntakeError });
        }
        // The reply goes to whoever filed the request: the representative's e-mail or postal address.
        if (!rep.email && !rep.address) {
          ctx.addIssue({ code: 'custom', path: ['representative', 'email'], message: 'intake.representative.contact' satisfies IntakeError });
        }
      }
      // Minors (legal-reference §11.5): the date of birth cannot be after the receipt; under 18 → a representative.
      if (/^\d{4}-\d{2}-\d{2}T/.test(value.receivedAt)) {
        const minor = checkMinor({ iin: subject.iin, birthDate: subject.birthDate }, value.receivedAt.slice(0, 10));
        if (minor === 'born-after-receipt') {
          const path = subject.birthDate ? ['subject', 'birthDate'] : ['subject', 'iin'];
          ctx.addIssue({ code: 'custom', path, message: 'intake.birthDate.afterReceipt' satisfies IntakeError });
        } else if (minor === 'minor' && !value.onBehalf) {
          ctx.addIssue({ code: 'custom', path: ['onBehalf'], message: 'intake.minor.representative' satisfies IntakeError });
        }
      }
      if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value.receivedAt)) {
        // Not before the Law came into force, not later than the moment of saving (shared/cases/time-bounds.ts).
        const problem = checkReceivedAt(context.localToInstant(value.receivedAt), context.now());
        if (problem !== undefined) ctx.addIssue({ code: 'custom', path: ['receivedAt'], message: RECEIVED_AT_ERROR[problem] });
      }
    });
}

export type IntakeInput = z.input<ReturnType<typeof intakeSchema>>;
export type IntakeValues = z.output<ReturnType<typeof intakeSchema>>;

/** K14: the body's term in working days, when the request is the authorized body's (else undefined). */
export const bodyTermDays = (values: Pick<IntakeValues, 'requestTypes' | 'bodyTerm'>): number | undefined =>
  values.requestTypes.includes('kz-authority-request') && values.bodyTerm !== undefined && /^\d+$/.test(values.bodyTerm) ? Number(values.bodyTerm) : undefined;

export type AttachmentProblem = 'too-large' | 'type' | 'too-many' | 'empty';

/** Checks dropped files before anything is stored. */
export function checkAttachment(file: { size: number; type: string }, alreadyAttached: number): AttachmentProblem | undefined {
  if (alreadyAttached >= MAX_ATTACHMENTS) return 'too-many';
  if (file.size === 0) return 'empty';
  if (file.size > MAX_ATTACHMENT_BYTES) return 'too-large';
  if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) return 'type';
  return undefined;
}
