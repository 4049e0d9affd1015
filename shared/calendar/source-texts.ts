/**
 * What the DPO sees as the source of a day's kind, in the three interface languages: the act that makes it
 * a holiday, a day off or a working day, with the transfer act's date and number when they are known. The
 * calendars keep what the research read (press, versions) in their `source` strings; those are not shown.
 */
import { pin } from '../rules/citation-texts';
import type { CalendarId, DayInfo, Localized } from './types';

const ACTS = {
  kzHolidays: {
    kk: '«Қазақстан Республикасындағы мерекелер туралы» ҚР Заңы',
    ru: 'Закон РК «О праздниках в Республике Казахстан»',
    en: 'Law of the RK on Holidays in the Republic of Kazakhstan',
  },
  kzLabour: { kk: 'ҚР Еңбек кодексі', ru: 'Трудовой кодекс РК', en: 'Labour Code of the RK' },
  ruLabour: { kk: 'РФ Еңбек кодексі', ru: 'Трудовой кодекс РФ', en: 'Labour Code of the RF' },
} as const satisfies Record<string, Localized>;

const join = (...parts: readonly Localized[]): Localized => ({
  kk: parts.map((p) => p.kk).join(', '),
  ru: parts.map((p) => p.ru).join(', '),
  en: parts.map((p) => p.en).join(', '),
});
const then = (first: Localized, second: Localized): Localized => ({
  kk: `${first.kk}; ${second.kk}`,
  ru: `${first.ru}; ${second.ru}`,
  en: `${first.en}; ${second.en}`,
});

/** The date and number of an act as its source string writes them, when present. */
function actRef(source: string): { readonly date: string; readonly number: string } | undefined {
  // "21.11.2024 No. 436" (the shipped data) or "от 21.11.2024 № 436" (a calendar file written in Russian).
  const found = /(\d{2}\.\d{2}\.\d{4})\s*(?:No\.|№)\s*([0-9A-Za-zА-Яа-яӘәҒғҚқҢңӨөҰұҮүҺһІі/-]+)/.exec(source);
  return found ? { date: found[1]!, number: found[2]! } : undefined;
}

function transferAct(calendar: CalendarId, source: string): Localized {
  const ref = actRef(source);
  if (calendar === 'ru') {
    return ref
      ? {
          kk: `РФ Үкіметінің ${ref.date} № ${ref.number} қаулысы (демалыс күндерін ауыстыру туралы)`,
          ru: `Постановление Правительства РФ от ${ref.date} № ${ref.number} (о переносе выходных дней)`,
          en: `Decree of the Government of the RF of ${ref.date} No. ${ref.number} (on moving days off)`,
        }
      : {
          kk: 'РФ Үкіметінің демалыс күндерін ауыстыру туралы қаулысы',
          ru: 'Постановление Правительства РФ о переносе выходных дней',
          en: 'Decree of the Government of the RF on moving days off',
        };
  }
  const order = ref
    ? {
        kk: `ҚР Еңбек және халықты әлеуметтік қорғау министрінің ${ref.date} № ${ref.number} бұйрығы (демалыс күнін ауыстыру туралы)`,
        ru: `Приказ Министра труда и социальной защиты населения РК от ${ref.date} № ${ref.number} (о переносе дня отдыха)`,
        en: `Order of the Minister of Labour and Social Protection of the RK of ${ref.date} No. ${ref.number} (on moving a day off)`,
      }
    : {
        kk: 'ҚР Еңбек және халықты әлеуметтік қорғау министрінің демалыс күнін ауыстыру туралы бұйрығы',
        ru: 'Приказ Министра труда и социальной защиты населения РК о переносе дня отдыха',
        en: 'Order of the Minister of Labour and Social Protection of the RK on moving a day off',
      };
  return then(order, join(ACTS.kzLabour, pin({ art: '85' }, { p: '3' })));
}

const DATE_ESTIMATED: Localized = {
  kk: 'күні болжам бойынша есептелген: осы жылдың ресми күнтізбесі әлі жарияланған жоқ',
  ru: 'дата рассчитана: официальный календарь на этот год ещё не опубликован',
  en: 'the date is estimated: the official calendar for the year is not published yet',
};
const DATE_REPORTED: Localized = {
  kk: 'күні — Қазақстан мұсылмандары діни басқармасының күнтізбесі бойынша',
  ru: 'дата — по календарю Духовного управления мусульман Казахстана',
  en: 'the date follows the calendar of the Spiritual Administration of Muslims of Kazakhstan',
};
const NO_DECREE: Localized = {
  kk: 'осы жылға арналған Үкімет қаулысы белгісіз: заң бойынша есептелді',
  ru: 'постановление Правительства на этот год неизвестно: рассчитано по закону',
  en: 'no Government decree is known for the year: computed under the Code',
};

/** The source of a day's kind as the DPO reads it. */
export function daySourceText(calendar: CalendarId, info: Pick<DayInfo, 'kind' | 'source' | 'status'>): Localized {
  const kz = calendar === 'kz';
  switch (info.kind) {
    case 'working-day':
    case 'weekend':
      return kz ? join(ACTS.kzLabour, pin({ art: '84' })) : join(ACTS.ruLabour, pin({ art: '111' }));
    case 'state-holiday':
      return join(ACTS.kzHolidays, pin({ art: '3' }));
    case 'national-holiday':
      return join(ACTS.kzHolidays, pin({ art: '2' }));
    case 'public-holiday':
    case 'new-year-holidays':
      return join(ACTS.ruLabour, pin({ art: '112' }, { part: '1' }));
    case 'weekend-move':
      if (kz) return join(ACTS.kzHolidays, pin({ art: '5' }, { p: '3' }));
      return info.status === 'estimate'
        ? then(join(ACTS.ruLabour, pin({ art: '112' }, { part: '2' })), NO_DECREE)
        : join(ACTS.ruLabour, pin({ art: '112' }, { part: '2' }));
    case 'religious-day-off': {
      const law = join(ACTS.kzLabour, pin({ art: '84' }, { p: '5' }));
      if (info.status === 'estimate') return then(law, DATE_ESTIMATED);
      if (info.status === 'reported') return then(law, DATE_REPORTED);
      return law;
    }
    case 'transfer-day-off':
    case 'transfer-working-day':
      return transferAct(calendar, info.source);
    case 'former-day-off': {
      const ref = actRef(info.source);
      return ref
        ? {
            kk: `ҚР ${ref.date} № ${ref.number} Заңы («Қазақстан Республикасындағы мерекелер туралы» ҚР Заңына өзгерістер енгізу туралы)`,
            ru: `Закон РК от ${ref.date} № ${ref.number} (о внесении изменений в Закон РК «О праздниках в Республике Казахстан»)`,
            en: `Law of the RK of ${ref.date} No. ${ref.number} (amending the Law on Holidays in the Republic of Kazakhstan)`,
          }
        : ACTS.kzHolidays;
    }
    case 'override-day-off':
    case 'override-working-day':
      return { kk: 'Сіз енгізген түзету', ru: 'Ваше исправление', en: 'Your correction' };
  }
}
