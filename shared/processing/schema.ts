/**
 * zod schemas of the register: one for an activity (the edit form's resolver), one for a whole version (JSON
 * import, backup restore). Messages are stable codes ('reg.error.*') the interface translates; every problem
 * is reported with its path, so an import names each bad field.
 */
import { z } from 'zod';
import { LEGAL_BASIS_KINDS, PARTY_ROLES, RETENTION_EVENTS, TERM_UNITS, VERSION_SOURCES, type ProcessingActivity, type RegisterVersionRecord } from './model';

export const REGISTER_ERRORS = [
  'reg.error.required',
  'reg.error.long',
  'reg.error.id',
  'reg.error.id.duplicate',
  'reg.error.country',
  'reg.error.amount',
  'reg.error.date',
  'reg.error.empty',
  'reg.error.enum',
  'reg.error.type',
  'reg.error.before-latest',
  'reg.error.unchanged',
  'reg.error.json',
  'reg.error.format',
] as const;
export type RegisterError = (typeof REGISTER_ERRORS)[number];

const e = (code: RegisterError) => ({ message: code });

const required = (max: number) => z.string(e('reg.error.type')).trim().min(1, e('reg.error.required')).max(max, e('reg.error.long'));
const bilingual = (max: number) => z.object({ kk: required(max), ru: required(max) }, e('reg.error.type'));
const country = z.string(e('reg.error.type')).regex(/^[A-Z]{2}$/, e('reg.error.country'));
const list = <T extends z.ZodType>(item: T) => z.array(item, e('reg.error.type')).max(200, e('reg.error.long'));

export const ACTIVITY_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export const activitySchema = z.object({
  id: z.string(e('reg.error.type')).regex(ACTIVITY_ID, e('reg.error.id')),
  purpose: bilingual(1000),
  legalBasis: z.object({ kind: z.enum(LEGAL_BASIS_KINDS, e('reg.error.enum')), citation: bilingual(500) }, e('reg.error.type')),
  subjectCategories: bilingual(1000),
  dataCategories: bilingual(1000),
  dataList: bilingual(4000),
  sources: bilingual(1000),
  methods: bilingual(1000),
  retention: z.object(
    {
      amount: z.number(e('reg.error.amount')).int(e('reg.error.amount')).min(1, e('reg.error.amount')).max(100, e('reg.error.amount')),
      unit: z.enum(TERM_UNITS, e('reg.error.enum')),
      runsFrom: z.enum(RETENTION_EVENTS, e('reg.error.enum')),
      basis: bilingual(500),
    },
    e('reg.error.type'),
  ),
  parties: list(z.object({ role: z.enum(PARTY_ROLES, e('reg.error.enum')), name: required(300), address: required(500), country }, e('reg.error.type'))),
  crossBorder: list(z.object({ country, basis: bilingual(500) }, e('reg.error.type'))),
  systems: list(z.object({ name: required(200), databaseLocation: required(300), country }, e('reg.error.type'))),
}) satisfies z.ZodType<ProcessingActivity, unknown>;

/** The activities of a version: at least one, ids unique. */
export const activitiesSchema = z
  .array(activitySchema, e('reg.error.type'))
  .min(1, e('reg.error.empty'))
  .max(500, e('reg.error.long'))
  .superRefine((activities, ctx) => {
    const seen = new Set<string>();
    activities.forEach((activity, index) => {
      if (seen.has(activity.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'reg.error.id.duplicate' });
      seen.add(activity.id);
    });
  });

export const day = z.iso.date(e('reg.error.date'));

export const registerVersionSchema = z.object({
  id: z.string().min(1).max(200),
  version: z.number().int().positive(),
  effectiveFrom: day,
  savedAt: z.iso.datetime({ offset: true }),
  source: z.enum(VERSION_SOURCES),
  note: z.string().max(2000),
  activities: activitiesSchema,
}) satisfies z.ZodType<RegisterVersionRecord, unknown>;

/** A problem of an imported or typed register, by path ('activities.2.retention.amount') and code. */
export interface RegisterProblem {
  readonly path: string;
  readonly code: RegisterError;
}

const isRegisterError = (value: string): value is RegisterError => (REGISTER_ERRORS as readonly string[]).includes(value);

export const problemsOf = (error: z.ZodError, prefix = ''): RegisterProblem[] =>
  error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('.'),
    code: isRegisterError(issue.message) ? issue.message : 'reg.error.type',
  }));
