/** Date and number formatting in the chosen display zone (Asia/Almaty by default). */
import type { Locale } from '../../shared/locale';
import { INTL_LOCALE } from './messages';

const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'];

/**
 * One formatter per zone, made once: making an Intl.DateTimeFormat costs far more than using one (the
 * case list formats two instants per row; a new formatter each time cost ≈ 40 ms of a cold first page).
 */
const numericFormats = new Map<string, Intl.DateTimeFormat>();

function numericFormat(timeZone: string): Intl.DateTimeFormat {
  let format = numericFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    numericFormats.set(timeZone, format);
  }
  return format;
}

function parts(instant: Date, timeZone: string) {
  const map: Record<string, string> = {};
  for (const p of numericFormat(timeZone).formatToParts(instant)) map[p.type] = p.value;
  return map as Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>;
}

/** 08.07.2025 14:30 — the numeric form used in all three languages and in documents. */
export function formatDateTime(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`;
}

export function formatDate(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${p.day}.${p.month}.${p.year}`;
}

export function formatTime(instant: Date, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** Long date: «2025 жылғы 8 шілде» (kk), «8 июля 2025 г.» (ru), «8 July 2025» (en). */
export function formatLongDate(instant: Date, timeZone: string, locale: Locale): string {
  if (locale === 'kk') {
    const p = parts(instant, timeZone);
    return `${p.year} жылғы ${Number(p.day)} ${KK_MONTHS[Number(p.month) - 1]}`;
  }
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(instant);
}

export function formatBytes(bytes: number, locale: Locale): string {
  const units = locale === 'en' ? ['B', 'KB', 'MB', 'GB', 'TB'] : locale === 'ru' ? ['Б', 'КБ', 'МБ', 'ГБ', 'ТБ'] : ['Б', 'КБ', 'МБ', 'ГБ', 'ТБ'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
