/** Localized names of generated days (moves and transfers), built from the dates they link. */
import { daysFromDateKey, formatDotDate } from '../time/civil-date';
import type { Localized } from './types';

const dot = (key: string): string => formatDotDate(daysFromDateKey(key));

/** "Day off moved from 08.03.2025 (International Women's Day)". */
export function weekendMoveName(from: string, holiday: Localized): Localized {
  const d = dot(from);
  return {
    kk: `${d} күнінен ауыстырылған демалыс күні (${holiday.kk})`,
    ru: `Выходной день, перенесённый с ${d} (${holiday.ru})`,
    en: `Day off moved from ${d} (${holiday.en})`,
  };
}

/** "Day off transferred from 05.01.2025". */
export function transferDayOffName(from: string): Localized {
  const d = dot(from);
  return {
    kk: `${d} күнінен ауыстырылған демалыс күні`,
    ru: `Выходной день, перенесённый с ${d}`,
    en: `Day off transferred from ${d}`,
  };
}

/** "Working day (day off transferred to 03.01.2025)". */
export function transferWorkingDayName(to: string): Localized {
  const d = dot(to);
  return {
    kk: `Жұмыс күні (демалыс күні ${d} күніне ауыстырылды)`,
    ru: `Рабочий день (выходной перенесён на ${d})`,
    en: `Working day (day off transferred to ${d})`,
  };
}
