import { selectPlural, type PluralForms } from '../../shared/format/plural';
import type { Locale } from '../../shared/locale';
import { en, type MessageKey, type Messages, type PluralKey } from './en';
import { kk } from './kk';
import { ru } from './ru';

export const MESSAGES: Readonly<Record<Locale, Messages>> = { kk, ru, en };
export type { MessageKey, Messages, PluralKey };

export type MessageValues = Readonly<Record<string, string | number>>;

/** What follows the key: a count-bearing key needs its `count`; any other takes optional values. */
export type MessageArgs<K extends MessageKey> = K extends PluralKey ? [values: MessageValues & { readonly count: number }] : [values?: MessageValues];

/** The text of a message; plural forms are chosen by `count` (`other` when it is missing). */
function template(locale: Locale, message: string | PluralForms, values: MessageValues | undefined): string {
  if (typeof message === 'string') return message;
  const count = values?.['count'];
  return selectPlural(message, locale, typeof count === 'number' ? count : Number.NaN);
}

/** Looks up a message and fills `{name}` placeholders. A missing value leaves the placeholder visible. */
export function translate<K extends MessageKey>(locale: Locale, key: K, ...args: MessageArgs<K>): string {
  const [values] = args;
  const text = template(locale, MESSAGES[locale][key], values);
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** BCP-47 tags used with Intl for each interface language. */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };
