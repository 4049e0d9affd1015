/**
 * Formatting on screens. Dates and times come from the one time-and-format module (shared/format):
 * wall clocks are UTC plus the offset of the engine's zone table, computed without Intl, so a screen
 * shows the same time as the deadline engine and the documents whatever ICU the runtime ships. Only
 * number formatting (no zone data) goes through Intl here.
 */
import type { Locale } from '../../shared/locale';
import { INTL_LOCALE } from './messages';

export { formatDate, formatDateTime, formatLongDate, formatTime, monthTitle } from '../../shared/format';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${fractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: fractionDigits });
    numberFormats.set(key, format);
  }
  return format;
}

export function formatBytes(bytes: number, locale: Locale): string {
  const units = locale === 'en' ? ['B', 'KB', 'MB', 'GB', 'TB'] : ['Б', 'КБ', 'МБ', 'ГБ', 'ТБ'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${numberFormat(locale, unit === 0 ? 0 : 1).format(value)} ${units[unit]}`;
}
