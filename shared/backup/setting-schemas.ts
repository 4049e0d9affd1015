/**
 * The settings a backup carries, each by its own schema (the ones the app's forms and settings repository
 * use): a value the app would not read is refused at restore instead of being replaced by a default later.
 * Keys this release does not know are kept (a later release may add a setting within the same schema version);
 * the device-only keys (appLock, lastBackup) are never restored whatever they hold.
 */
import { z } from 'zod';
import { groundsSettingSchema } from '../documents/grounds-library';
import { actDefaultsSchema, orgProfileSchema } from '../documents/profile-schema';
import { LOCALES } from '../locale';
import { relationshipMappingsSchema } from '../processing/relationship-import';
import { THEMES } from '../theme';

const isTimeZone = (value: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

export const SETTING_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  locale: z.enum(LOCALES),
  theme: z.enum(THEMES),
  displayTimeZone: z.string().max(64).refine(isTimeZone, 'expected an IANA time zone'),
  closeOfBusiness: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM'),
  deadlineTerms: z.record(z.string().max(200), z.number().int().min(0).max(1000)),
  orgProfile: orgProfileSchema.nullable(),
  groundsLibrary: groundsSettingSchema,
  actDefaults: actDefaultsSchema.nullable(),
  relationshipMappings: relationshipMappingsSchema,
};

/** Why a setting's value is refused, or undefined when it is fine (or a key this release does not know). */
export function settingValueProblem(key: string, value: unknown): string | undefined {
  const schema = Object.hasOwn(SETTING_SCHEMAS, key) ? SETTING_SCHEMAS[key] : undefined;
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return `${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim();
}
