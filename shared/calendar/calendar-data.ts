/** The uncompiled data of each calendar: generated entries plus per-year metadata. */
import { KZ_WEEKEND_SOURCE, KZ_YEARS } from './kz-facts';
import { generateKzEntries } from './kz-generate';
import { RU_WEEKEND_SOURCE, RU_YEARS } from './ru-facts';
import { generateRuEntries } from './ru-generate';
import type { CalendarData, CalendarId, Localized } from './types';

export const CALENDAR_NAMES: Readonly<Record<CalendarId, Localized>> = {
  kz: { kk: 'Қазақстан күнтізбесі', ru: 'календарь Казахстана', en: 'Kazakhstan calendar' },
  ru: { kk: 'Ресей өндірістік күнтізбесі', ru: 'производственный календарь России', en: 'Russia production calendar' },
};

const cache = new Map<CalendarId, CalendarData>();

export function calendarData(id: CalendarId): CalendarData {
  const cached = cache.get(id);
  if (cached) return cached;
  const data: CalendarData =
    id === 'kz'
      ? { id, name: CALENDAR_NAMES.kz, years: KZ_YEARS, entries: generateKzEntries(), weekendSource: KZ_WEEKEND_SOURCE }
      : { id, name: CALENDAR_NAMES.ru, years: RU_YEARS, entries: generateRuEntries(), weekendSource: RU_WEEKEND_SOURCE };
  cache.set(id, data);
  return data;
}
