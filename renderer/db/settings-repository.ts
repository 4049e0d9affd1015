/** Typed access to the settings table. Unknown or malformed stored values fall back to defaults. */
import { DEFAULT_TIME_ZONE, isLocale, type Locale } from '../../shared/locale';
import { database } from './database';

export interface Settings {
  readonly locale: Locale;
  /** IANA zone in which dates and times are shown (the organisation's zone). */
  readonly displayTimeZone: string;
  /** Close of business, HH:MM: a deadline in working days ends at this hour (Civil Code Art. 176 p.1). */
  readonly closeOfBusiness: string;
  /** The DPO's values for terms tagged [S], [K] or [I] in the rule packs, by setting key. */
  readonly deadlineTerms: Readonly<Record<string, number>>;
}

export const DEFAULT_SETTINGS: Settings = { locale: 'kk', displayTimeZone: DEFAULT_TIME_ZONE, closeOfBusiness: '18:00', deadlineTerms: {} };

export const DISPLAY_TIME_ZONES = ['Asia/Almaty', 'Asia/Aqtobe', 'Europe/Moscow', 'UTC'] as const;

const validators: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  locale: isLocale,
  displayTimeZone: (value): value is string =>
    typeof value === 'string' && (DISPLAY_TIME_ZONES as readonly string[]).includes(value),
  closeOfBusiness: (value): value is string => typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value),
  deadlineTerms: (value): value is Readonly<Record<string, number>> =>
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((n) => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 1000),
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
    closeOfBusiness: pick('closeOfBusiness'),
    deadlineTerms: pick('deadlineTerms'),
  };
}

export async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]): Promise<void> {
  if (!validators[key](value)) throw new Error(`invalid value for setting ${key}`);
  await database().settings.put({ key, value, updatedAt: new Date().toISOString() });
}
