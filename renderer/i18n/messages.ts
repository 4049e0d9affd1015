import type { Locale } from '../../shared/locale';
import { en, type MessageKey, type Messages } from './en';
import { kk } from './kk';
import { ru } from './ru';

export const MESSAGES: Readonly<Record<Locale, Messages>> = { kk, ru, en };
export type { MessageKey, Messages };

/** Looks up a message and fills `{name}` placeholders. A missing value leaves the placeholder visible. */
export function translate(locale: Locale, key: MessageKey, values?: Readonly<Record<string, string | number>>): string {
  const template = MESSAGES[locale][key];
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** BCP-47 tags used with Intl for each interface language. */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };
