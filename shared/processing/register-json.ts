/**
 * The register as a JSON file (README "Register of processing activities: JSON format"):
 *
 *   { "format": "qorgau-processing-register", "formatVersion": 1,
 *     "effectiveFrom": "2026-06-01", "note": "…", "activities": [ {…}, … ] }
 *
 * Reading checks everything before anything is written and names every bad field by its path.
 */
import { z } from 'zod';
import type { ProcessingActivity, RegisterVersionRecord } from './model';
import { activitiesSchema, day, problemsOf, type RegisterProblem } from './schema';

export const REGISTER_JSON_FORMAT = 'qorgau-processing-register';
export const REGISTER_JSON_VERSION = 1;

export interface RegisterFile {
  readonly format: typeof REGISTER_JSON_FORMAT;
  readonly formatVersion: typeof REGISTER_JSON_VERSION;
  /** The day the version was (or should be) in force from; the DPO may choose another on import. */
  readonly effectiveFrom: string;
  readonly note: string;
  readonly activities: readonly ProcessingActivity[];
}

export const registerFileOf = (version: Pick<RegisterVersionRecord, 'effectiveFrom' | 'note' | 'activities'>): RegisterFile => ({
  format: REGISTER_JSON_FORMAT,
  formatVersion: REGISTER_JSON_VERSION,
  effectiveFrom: version.effectiveFrom,
  note: version.note,
  activities: version.activities,
});

export const registerJson = (version: Pick<RegisterVersionRecord, 'effectiveFrom' | 'note' | 'activities'>): string =>
  `${JSON.stringify(registerFileOf(version), null, 2)}\n`;

const fileSchema = z.object({
  format: z.literal(REGISTER_JSON_FORMAT, { message: 'reg.error.format' }),
  formatVersion: z.literal(REGISTER_JSON_VERSION, { message: 'reg.error.format' }),
  effectiveFrom: day,
  note: z.string({ message: 'reg.error.type' }).max(2000, { message: 'reg.error.long' }),
  activities: activitiesSchema,
});

export type RegisterFileResult = { readonly ok: true; readonly file: RegisterFile } | { readonly ok: false; readonly problems: readonly RegisterProblem[] };

/** Parses and checks a register file; every problem named by its path. */
export const readRegisterJson = (text: string): RegisterFileResult => {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problems: [{ path: '', code: 'reg.error.json' }] };
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error) };
  return { ok: true, file: parsed.data };
};
