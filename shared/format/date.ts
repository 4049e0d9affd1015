/**
 * Dates and times as they are written in Kazakh and Russian documents:
 *   ru  08.07.2025, 08.07.2025 14:30 (UTC+05:00, Алматы)
 *   kk  2025 жылғы 8 шілде, 2025 жылғы 8 шілде, 14:30 (UTC+05:00, Алматы)
 * Every time carries its UTC offset and the city of the zone, so a reader never has to guess.
 */
import { zonedParts } from './time-zone';

export type DateLanguage = 'kk' | 'ru';

/** Kazakh month names, January first (glossary.md). */
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
] as const;

/**
 * Month names with the attributive locative suffix, for Kazakh references such as
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
] as const;

/** City names shown after the UTC offset; unknown zones show their IANA name. */
const ZONE_CITIES: Readonly<Record<string, Readonly<Record<DateLanguage, string>>>> = {
  'Asia/Almaty': { kk: 'Алматы', ru: 'Алматы' },
  'Asia/Qostanay': { kk: 'Қостанай', ru: 'Костанай' },
  'Asia/Aqtobe': { kk: 'Ақтөбе', ru: 'Актобе' },
  'Asia/Oral': { kk: 'Орал', ru: 'Уральск' },
  'Europe/Moscow': { kk: 'Мәскеу', ru: 'Москва' },
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Year, month, day of a calendar date 'YYYY-MM-DD'. Throws RangeError on anything else. */
export const parseCalendarDate = (isoDate: string): { year: number; month: number; day: number } => {
  const m = ISO_DATE.exec(isoDate);
  if (m === null) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${isoDate}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`No such date: ${isoDate}`);
  }
  return { year, month, day };
};

const dateWords = (year: number, month: number, day: number, lang: DateLanguage): string =>
  lang === 'kk'
    ? `${year} жылғы ${day} ${KK_MONTHS[month - 1] ?? ''}`
    : `${pad2(day)}.${pad2(month)}.${year}`;

/** A calendar date (no time, no zone): '2025-07-08' → ru '08.07.2025', kk '2025 жылғы 8 шілде'. */
export const formatCalendarDate = (isoDate: string, lang: DateLanguage): string => {
  const { year, month, day } = parseCalendarDate(isoDate);
  return dateWords(year, month, day, lang);
};

/** Kazakh attributive date: '2025-07-01' → '2025 жылғы 1 шілдедегі'. */
export const formatKkDateAttributive = (isoDate: string): string => {
  const { year, month, day } = parseCalendarDate(isoDate);
  return `${year} жылғы ${day} ${KK_MONTHS_ATTRIBUTIVE[month - 1] ?? ''}`;
};

/** The date an instant falls on in the zone, written as formatCalendarDate does. */
export const formatInstantDate = (instant: string, lang: DateLanguage, timeZone: string): string => {
  const p = zonedParts(instant, timeZone);
  return dateWords(p.year, p.month, p.day, lang);
};

/** Zone suffix '(UTC+05:00, Алматы)'. */
export const zoneSuffix = (offset: string, timeZone: string, lang: DateLanguage): string =>
  `(UTC${offset}, ${ZONE_CITIES[timeZone]?.[lang] ?? timeZone})`;

/** Date and time with an explicit zone: ru '08.07.2025 14:30 (UTC+05:00, Алматы)'. */
export const formatInstantDateTime = (instant: string, lang: DateLanguage, timeZone: string): string => {
  const p = zonedParts(instant, timeZone);
  const time = `${pad2(p.hour)}:${pad2(p.minute)}`;
  const date = dateWords(p.year, p.month, p.day, lang);
  const sep = lang === 'kk' ? ', ' : ' ';
  return `${date}${sep}${time} ${zoneSuffix(p.offset, timeZone, lang)}`;
};
