/**
 * The incident form's schema, shared by the form and the domain step. Messages are stable codes
 * (`breach.error.*`) that the interface translates next to the field's own label; nothing is saved unless
 * every field passes.
 */
import { z } from 'zod';
import { isKnownZone } from '../time/zone';
import { DETECTION_METHODS } from './model';

export const INCIDENT_ERRORS = [
  'breach.error.required',
  'breach.error.long',
  'breach.error.count',
  'breach.error.noSubjects',
  'breach.error.detectedAt',
  'breach.error.future',
  'breach.error.tooOld',
  'breach.error.zone',
  'breach.error.email',
  'breach.error.phone',
] as const;
export type IncidentError = (typeof INCIDENT_ERRORS)[number];

/** The form's fields, as the interface names them (error messages point at these). */
export const INCIDENT_FORM_FIELDS = [
  'detectedAt',
  'detectedZone',
  'detectionMethod',
  'detectedBy',
  'description',
  'systems',
  'dataCategories',
  'subjectCategories',
  'kzCount',
  'rfCount',
  'causes',
  'consequences',
  'measuresTaken',
  'measuresPlanned',
  'subjectsContactData',
  'contactName',
  'contactPosition',
  'contactPhone',
  'contactEmail',
  'investigationResults',
  'responsiblePersons',
] as const;
export type IncidentFormField = (typeof INCIDENT_FORM_FIELDS)[number];

/** What the form holds: text as typed. */
export type IncidentFormInput = Readonly<Record<IncidentFormField, string>>;

export const EMPTY_INCIDENT_FORM: IncidentFormInput = Object.fromEntries(INCIDENT_FORM_FIELDS.map((f) => [f, ''])) as IncidentFormInput;

const e = (code: IncidentError) => ({ message: code });
const trimmed = z.string().transform((s) => s.trim());
const required = (max: number) => trimmed.pipe(z.string().min(1, e('breach.error.required')).max(max, e('breach.error.long')));
const optional = (max: number) => trimmed.pipe(z.string().max(max, e('breach.error.long')));
/** One item a line; empty lines dropped. */
const lines = (min: number) =>
  z
    .string()
    .transform((s) =>
      s
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .pipe(
      z
        .array(z.string().max(500, e('breach.error.long')))
        .min(min, e('breach.error.required'))
        .max(200, e('breach.error.long')),
    );
const count = trimmed.pipe(
  z
    .string()
    .regex(/^\d{1,9}$/, e('breach.error.count'))
    .transform(Number),
);

export interface IncidentSchemaContext {
  /** Read at submission (a form left open must accept the current time). */
  readonly now: () => Date;
  /** The wall time typed in the form, in the zone chosen, as an instant; undefined when no such wall time exists. */
  readonly localToInstant: (local: string, zone: string) => Date | undefined;
}

export function incidentSchema(context: IncidentSchemaContext) {
  return z
    .object({
      detectedAt: trimmed.pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, e('breach.error.detectedAt'))),
      detectedZone: trimmed.pipe(z.string().refine((zone) => isKnownZone(zone), e('breach.error.zone'))),
      detectionMethod: z.enum(DETECTION_METHODS, e('breach.error.required')),
      detectedBy: required(300),
      description: required(20_000),
      systems: lines(1),
      dataCategories: lines(1),
      subjectCategories: lines(1),
      kzCount: count,
      rfCount: count,
      causes: optional(20_000),
      consequences: optional(20_000),
      measuresTaken: optional(20_000),
      measuresPlanned: optional(20_000),
      subjectsContactData: optional(5_000),
      contactName: required(200),
      contactPosition: optional(300),
      contactPhone: trimmed.pipe(z.union([z.literal(''), z.string().regex(/^\+?[\d\s()-]{7,20}$/, e('breach.error.phone'))])),
      contactEmail: trimmed.pipe(z.union([z.literal(''), z.email(e('breach.error.email'))])),
      investigationResults: optional(20_000),
      responsiblePersons: optional(5_000),
    })
    .superRefine((value, ctx) => {
      if (value.kzCount + value.rfCount === 0) ctx.addIssue({ code: 'custom', path: ['kzCount'], message: 'breach.error.noSubjects' satisfies IncidentError });
      if (!isKnownZone(value.detectedZone)) return;
      const instant = context.localToInstant(value.detectedAt, value.detectedZone);
      if (instant === undefined || Number.isNaN(instant.getTime())) {
        ctx.addIssue({ code: 'custom', path: ['detectedAt'], message: 'breach.error.detectedAt' satisfies IncidentError });
      } else if (instant.getTime() > context.now().getTime() + 60_000) {
        ctx.addIssue({ code: 'custom', path: ['detectedAt'], message: 'breach.error.future' satisfies IncidentError });
      } else if (instant.getUTCFullYear() < 2013) {
        ctx.addIssue({ code: 'custom', path: ['detectedAt'], message: 'breach.error.tooOld' satisfies IncidentError });
      }
    });
}

export type IncidentValues = z.output<ReturnType<typeof incidentSchema>>;

export interface IncidentFormProblem {
  readonly field: IncidentFormField;
  readonly code: IncidentError;
}

/** Checks the form; the problems name their fields in form order. */
export function checkIncidentForm(
  input: IncidentFormInput,
  context: IncidentSchemaContext,
): { readonly ok: true; readonly values: IncidentValues } | { readonly ok: false; readonly problems: readonly IncidentFormProblem[] } {
  const parsed = incidentSchema(context).safeParse(input);
  if (parsed.success) return { ok: true, values: parsed.data };
  const byField = new Map<IncidentFormField, IncidentError>();
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field !== 'string' || !(INCIDENT_FORM_FIELDS as readonly string[]).includes(field)) continue;
    const code = (INCIDENT_ERRORS as readonly string[]).includes(issue.message) ? (issue.message as IncidentError) : 'breach.error.required';
    if (!byField.has(field as IncidentFormField)) byField.set(field as IncidentFormField, code);
  }
  const problems = INCIDENT_FORM_FIELDS.filter((f) => byField.has(f)).map((field) => ({ field, code: byField.get(field)! }));
  return { ok: false, problems };
}
