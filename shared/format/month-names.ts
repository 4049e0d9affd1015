/** Month names, January first: the only copy in the app (glossary.md for the Kazakh ones). */
import type { Locale } from '../locale';

type Twelve = readonly [string, string, string, string, string, string, string, string, string, string, string, string];

/** Kazakh month names (nominative): «2025 жылғы 8 шілде». */
export const KK_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
] as const satisfies Twelve;

/**
 * Kazakh month names with the attributive locative suffix, for references such as
 * «2025 жылғы 1 шілдедегі № 12 өтінішке».
 */
export const KK_MONTHS_ATTRIBUTIVE = [
  'қаңтардағы',
  'ақпандағы',
  'наурыздағы',
  'сәуірдегі',
  'мамырдағы',
  'маусымдағы',
  'шілдедегі',
  'тамыздағы',
  'қыркүйектегі',
  'қазандағы',
  'қарашадағы',
  'желтоқсандағы',
] as const satisfies Twelve;

/** Kazakh month names in the locative, for instants: «2026 жылғы 1 шілдеде сағат 10:12-де». */
export const KK_MONTHS_LOCATIVE = [
  'қаңтарда',
  'ақпанда',
  'наурызда',
  'сәуірде',
  'мамырда',
  'маусымда',
  'шілдеде',
  'тамызда',
  'қыркүйекте',
  'қазанда',
  'қарашада',
  'желтоқсанда',
] as const satisfies Twelve;

/** Russian month names (nominative): the heading of a month, «Июль 2026». */
export const RU_MONTHS = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
] as const satisfies Twelve;

/** Russian month names (genitive): a date, «8 июля 2025 г.». */
export const RU_MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const satisfies Twelve;

export const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const satisfies Twelve;

/**
 * 'nominative': the month on its own (a calendar heading); 'date': the form used inside a date
 * (Russian genitive «июля»; Kazakh and English dates use the nominative).
 */
export type MonthForm = 'nominative' | 'date';

const NAMES: Readonly<Record<Locale, Readonly<Record<MonthForm, Twelve>>>> = {
  kk: { nominative: KK_MONTHS, date: KK_MONTHS },
  ru: { nominative: RU_MONTHS, date: RU_MONTHS_GENITIVE },
  en: { nominative: EN_MONTHS, date: EN_MONTHS },
};

/** The name of month 1–12. Throws RangeError for any other number. */
export function monthName(month: number, locale: Locale, form: MonthForm = 'nominative'): string {
  const name = NAMES[locale][form][month - 1];
  if (name === undefined) throw new RangeError(`no such month: ${month}`);
  return name;
}

/** A month as a heading, capitalised: 'Қаңтар', 'Январь', 'January'. */
export function monthTitle(month: number, locale: Locale): string {
  const name = monthName(month, locale);
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
