/**
 * Dates and times as they are written in Kazakh and Russian documents:
 *   ru  08.07.2025, 08.07.2025 14:30 (UTC+05:00, Алматы)
 *   kk  2025 жылғы 8 шілде, 2025 жылғы 8 шілде, 14:30 (UTC+05:00, Алматы)
 * Every time carries its UTC offset and the city of the zone, so a reader never has to guess. The
 * offset is the engine's (zoned-parts.ts), never the runtime's Intl zone data.
 */
import type { Locale } from '../locale';
import { civilFromDays, daysFromDateKey, pad2, type CivilDate, type DateKey } from '../time/civil-date';
import { KK_MONTHS, KK_MONTHS_ATTRIBUTIVE, KK_MONTHS_LOCATIVE, monthName } from './month-names';
import { zonedParts, type InstantInput } from './zoned-parts';

export type DateLanguage = 'kk' | 'ru';

/** City names shown after the UTC offset; unknown zones show their IANA name. */
const ZONE_CITIES: Readonly<Record<string, Readonly<Record<DateLanguage, string>>>> = {
  'Asia/Almaty': { kk: 'Алматы', ru: 'Алматы' },
  'Asia/Qostanay': { kk: 'Қостанай', ru: 'Костанай' },
  'Asia/Aqtobe': { kk: 'Ақтөбе', ru: 'Актобе' },
  'Asia/Oral': { kk: 'Орал', ru: 'Уральск' },
  'Europe/Moscow': { kk: 'Мәскеу', ru: 'Москва' },
};

/** Year, month, day of a calendar date 'YYYY-MM-DD'. Throws RangeError on anything else. */
export const parseCalendarDate = (isoDate: string): CivilDate => civilFromDays(daysFromDateKey(isoDate));

const dateWords = ({ year, month, day }: CivilDate, lang: DateLanguage): string =>
  lang === 'kk' ? `${year} жылғы ${day} ${KK_MONTHS[month - 1] ?? ''}` : `${pad2(day)}.${pad2(month)}.${year}`;

/** A calendar date (no time, no zone): '2025-07-08' → ru '08.07.2025', kk '2025 жылғы 8 шілде'. */
export const formatCalendarDate = (isoDate: DateKey, lang: DateLanguage): string => dateWords(parseCalendarDate(isoDate), lang);

/** Kazakh attributive date: '2025-07-01' → '2025 жылғы 1 шілдедегі'. */
export const formatKkDateAttributive = (isoDate: DateKey): string => {
  const { year, month, day } = parseCalendarDate(isoDate);
  return `${year} жылғы ${day} ${KK_MONTHS_ATTRIBUTIVE[month - 1] ?? ''}`;
};

/** The date an instant falls on in the zone, written as formatCalendarDate does. */
export const formatInstantDate = (instant: InstantInput, lang: DateLanguage, timeZone: string): string => dateWords(zonedParts(instant, timeZone), lang);

/** Zone suffix '(UTC+05:00, Алматы)'. */
export const zoneSuffix = (offset: string, timeZone: string, lang: DateLanguage): string => `(UTC${offset}, ${ZONE_CITIES[timeZone]?.[lang] ?? timeZone})`;

/** Date and time with an explicit zone: ru '08.07.2025 14:30 (UTC+05:00, Алматы)'. */
export const formatInstantDateTime = (instant: InstantInput, lang: DateLanguage, timeZone: string): string => {
  const p = zonedParts(instant, timeZone);
  const sep = lang === 'kk' ? ', ' : ' ';
  return `${dateWords(p, lang)}${sep}${pad2(p.hour)}:${pad2(p.minute)} ${zoneSuffix(p.offset, timeZone, lang)}`;
};

/** The locative ending of a number as it is read: 1 бір → -де, 3 үш → -те, 6 алты → -да, 40 қырық → -та; 0 нөл → -де. */
const KK_UNITS_LOCATIVE = ['де', 'де', 'де', 'те', 'те', 'те', 'да', 'де', 'де', 'да'] as const;
const KK_TENS_LOCATIVE = ['де', 'да', 'да', 'да', 'та', 'де'] as const;
const kkNumberLocative = (n: number): string => (n === 0 ? 'де' : n % 10 !== 0 ? KK_UNITS_LOCATIVE[n % 10]! : KK_TENS_LOCATIVE[Math.floor(n / 10) % 6]!);

/**
 * An instant as the time something happened, in Kazakh: «2026 жылғы 1 шілдеде сағат 10:12-де (UTC+05:00, Алматы)»
 * (the locative of the date and of the time as it is read: 10:12 — он екіде, 10:40 — қырықта, 10:00 — нөлде).
 */
export const formatKkInstantLocative = (instant: InstantInput, timeZone: string): string => {
  const p = zonedParts(instant, timeZone);
  const time = `${pad2(p.hour)}:${pad2(p.minute)}`;
  const ending = kkNumberLocative(p.minute === 0 ? 0 : p.minute);
  return `${p.year} жылғы ${p.day} ${KK_MONTHS_LOCATIVE[p.month - 1] ?? ''} сағат ${time}-${ending} ${zoneSuffix(p.offset, timeZone, 'kk')}`;
};

/** A calendar date in words for screens: kk «2025 жылғы 8 шілде», ru «8 июля 2025 г.», en «8 July 2025». */
export const formatLongDate = (isoDate: DateKey, locale: Locale): string => {
  const date = parseCalendarDate(isoDate);
  if (locale === 'kk') return dateWords(date, 'kk');
  const month = monthName(date.month, locale, 'date');
  return locale === 'ru' ? `${date.day} ${month} ${date.year} г.` : `${date.day} ${month} ${date.year}`;
};
