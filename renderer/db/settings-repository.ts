/** Typed access to the settings table. Unknown or malformed stored values fall back to defaults. */
import { actDefaultsSchema, orgProfileSchema, type ActDefaults, type OrgProfileSetting } from '../../shared/documents/profile-schema';
import { EMPTY_GROUNDS_SETTING, groundsSettingSchema, type GroundsSetting } from '../../shared/documents/grounds-library';
import { storedCalendarFilesSchema, type StoredCalendarFiles } from '../../shared/calendar/calendar-file';
import { DEFAULT_MOMENT_READING, isMomentReading, type MomentReading } from '../../shared/calendar/term';
import { DEFAULT_TIME_ZONE, isLocale, type Locale } from '../../shared/locale';
import { DEFAULT_THEME, isTheme, type Theme } from '../../shared/theme';
import { relationshipMappingsSchema, type RelationshipMappings } from '../../shared/processing/relationship-import';
import { isAppLockSetting, isLastBackup, type AppLockSetting, type LastBackup } from './backup-settings';
import Dexie from 'dexie';
import { canonicalJson } from '../../shared/audit/canonical-json';
import { sha256Hex } from '../../shared/audit/chain';
import { AUDITED_SETTING_KEYS, type AuditedSettingKey } from '../../shared/audit/events';
import { currentActor } from './actor';
import { appendAudit } from './audit-log';
import { database } from './database';

export interface Settings {
  readonly locale: Locale;
  /** IANA zone in which dates and times are shown (the organisation's zone). */
  readonly displayTimeZone: string;
  /** Light, dark, or following the system's setting (the default). */
  readonly theme: Theme;
  /** Close of business, HH:MM: a deadline in working days ends at this hour (Civil Code Art. 176 p.1). */
  readonly closeOfBusiness: string;
  /** The DPO's values for terms tagged [S], [K] or [I] in the rule packs, by setting key. */
  readonly deadlineTerms: Readonly<Record<string, number>>;
  /** How a working-day term "from the moment" of an event ends (K8, legal-reference §11.1). */
  readonly momentReading: MomentReading;
  /** Loaded calendar files (docs/calendar-file.md), by calendar; their years replace the shipped data. */
  readonly calendarFiles: StoredCalendarFiles;
  /** The organisation profile printed on letters and acts; null until the DPO fills it in. */
  readonly orgProfile: OrgProfileSetting | null;
  /** The DPO's edits and additions to the grounds library for reasoned refusals. */
  readonly groundsLibrary: GroundsSetting;
  /** Commission, executors, systems and categories each destruction act starts from; null until set. */
  readonly actDefaults: ActDefaults | null;
  /** Column mappings of relationship imports (CSV), by information system. */
  readonly relationshipMappings: RelationshipMappings;
  /** The app lock (this computer only: never exported, kept by a restore); null when off. */
  readonly appLock: AppLockSetting | null;
  /** The last backup this computer wrote (this computer only). */
  readonly lastBackup: LastBackup | null;
  /** Who acts on this computer: the name of a person of the profile (this computer only); null: the DPO. */
  readonly actor: string | null;
}

export const DEFAULT_SETTINGS: Settings = {
  locale: 'kk',
  displayTimeZone: DEFAULT_TIME_ZONE,
  theme: DEFAULT_THEME,
  closeOfBusiness: '18:00',
  deadlineTerms: {},
  momentReading: DEFAULT_MOMENT_READING,
  calendarFiles: {},
  orgProfile: null,
  groundsLibrary: EMPTY_GROUNDS_SETTING,
  actDefaults: null,
  relationshipMappings: {},
  appLock: null,
  lastBackup: null,
  actor: null,
};

export const DISPLAY_TIME_ZONES = ['Asia/Almaty', 'Asia/Aqtobe', 'Europe/Moscow', 'UTC'] as const;

const validators: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  locale: isLocale,
  displayTimeZone: (value): value is string => typeof value === 'string' && (DISPLAY_TIME_ZONES as readonly string[]).includes(value),
  theme: isTheme,
  closeOfBusiness: (value): value is string => typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value),
  deadlineTerms: (value): value is Readonly<Record<string, number>> =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((n) => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 1000),
  momentReading: isMomentReading,
  calendarFiles: (value): value is StoredCalendarFiles => storedCalendarFilesSchema.safeParse(value).success,
  // Stored values are the schemas' output; parsing them again must give the same value back.
  orgProfile: (value): value is OrgProfileSetting | null => value === null || orgProfileSchema.safeParse(value).success,
  groundsLibrary: (value): value is GroundsSetting => groundsSettingSchema.safeParse(value).success,
  actDefaults: (value): value is ActDefaults | null => value === null || actDefaultsSchema.safeParse(value).success,
  relationshipMappings: (value): value is RelationshipMappings => relationshipMappingsSchema.safeParse(value).success,
  appLock: (value): value is AppLockSetting | null => value === null || isAppLockSetting(value),
  lastBackup: (value): value is LastBackup | null => value === null || isLastBackup(value),
  actor: (value): value is string | null => value === null || (typeof value === 'string' && value.trim() !== '' && value.length <= 200),
};

export async function loadSettings(): Promise<Settings> {
  const rows = await database().settings.toArray();
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  const pick = <K extends keyof Settings>(key: K): Settings[K] => {
    const value = stored.get(key);
    return validators[key](value) ? value : DEFAULT_SETTINGS[key];
  };
  return {
    locale: pick('locale'),
    displayTimeZone: pick('displayTimeZone'),
    theme: pick('theme'),
    closeOfBusiness: pick('closeOfBusiness'),
    deadlineTerms: pick('deadlineTerms'),
    momentReading: pick('momentReading'),
    calendarFiles: pick('calendarFiles'),
    orgProfile: pick('orgProfile'),
    groundsLibrary: pick('groundsLibrary'),
    actDefaults: pick('actDefaults'),
    relationshipMappings: pick('relationshipMappings'),
    appLock: pick('appLock'),
    lastBackup: pick('lastBackup'),
    actor: pick('actor'),
  };
}

/**
 * Saves one setting. A setting the deadlines, documents or the trail depend on (AUDITED_SETTING_KEYS) is saved
 * with an audit event holding its value before and after (no secrets: settingInEvent), in one transaction.
 */
export async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K], now: Date = new Date()): Promise<void> {
  if (!validators[key](value)) throw new Error(`invalid value for setting ${key}`);
  const db = database();
  const at = now.toISOString();
  await db.transaction('rw', [db.settings, db.audit], async () => {
    const stored = (await db.settings.get(key))?.value;
    await db.settings.put({ key, value, updatedAt: at });
    if (!isAuditedSetting(key)) return;
    const before = await Dexie.waitFor(settingInEvent(key, stored ?? null));
    const after = await Dexie.waitFor(settingInEvent(key, value));
    if (canonicalJson(before) === canonicalJson(after)) return;
    await appendAudit(db, currentActor(), at, [{ type: 'settings.changed', data: { key, before, after } }]);
  });
}

const isAuditedSetting = (key: string): key is AuditedSettingKey => (AUDITED_SETTING_KEYS as readonly string[]).includes(key);

/** A setting's value as its audit event shows it: the app lock without its verifier and salts, a logo by its hash. */
export async function settingInEvent(key: AuditedSettingKey, value: unknown): Promise<unknown> {
  if (value === null || value === undefined) return key === 'appLock' ? { enabled: false } : null;
  if (key === 'appLock') {
    const lock = value as AppLockSetting;
    return { enabled: true, idleMinutes: lock.idleMinutes, encryptBackups: lock.encryptBackups };
  }
  if (key === 'orgProfile') {
    const profile = value as OrgProfileSetting;
    return { ...profile, logo: profile.logo === '' ? '' : `sha256:${await sha256Hex(profile.logo)}` };
  }
  return value;
}
