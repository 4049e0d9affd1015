/** Interface languages. Kazakh is the state language and comes first. */
export const LOCALES = ['kk', 'ru', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** Languages a data subject may write in; the reply goes out in the same one. */
export const REQUEST_LANGUAGES = ['kk', 'ru'] as const;
export type RequestLanguage = (typeof REQUEST_LANGUAGES)[number];

/** The organisation's default zone: Asia/Almaty (UTC+5 since 1 March 2024). */
export const DEFAULT_TIME_ZONE = 'Asia/Almaty';
