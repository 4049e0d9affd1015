/**
 * Russia: non-working public holidays of RF Labour Code Art. 112 part 1 and the Government's annual
 * decrees transferring days off (Art. 112 part 5). The RF production calendar is generated from these
 * by ru-generate.ts.
 */
import type { FactStatus, Localized } from './types';

const ART_112 = 'RF Labour Code Art. 112 part 1';
export const RU_WEEKEND_MOVE_SOURCE = 'RF Labour Code Art. 112 part 2';
export const RU_WEEKEND_SOURCE = 'RF Labour Code Art. 111 (five-day week: Saturday and Sunday)';

export interface RuHoliday {
  readonly month: number;
  readonly day: number;
  readonly kind: 'new-year-holidays' | 'public-holiday';
  readonly name: Localized;
  /**
   * 1–8 January: when one falls on a weekend the day off is not moved by statute; the Government
   * transfers such days by decree (Art. 112 part 2 exception, part 5).
   */
  readonly january: boolean;
}

const NEW_YEAR_HOLIDAYS: Localized = { kk: 'Жаңа жылдық демалыс', ru: 'Новогодние каникулы', en: 'New Year holidays' };

const newYear = (day: number): RuHoliday => ({ month: 1, day, kind: 'new-year-holidays', name: NEW_YEAR_HOLIDAYS, january: true });

export const RU_HOLIDAYS: readonly RuHoliday[] = [
  newYear(1),
  newYear(2),
  newYear(3),
  newYear(4),
  newYear(5),
  newYear(6),
  { month: 1, day: 7, kind: 'public-holiday', name: { kk: 'Рождество', ru: 'Рождество Христово', en: 'Christmas' }, january: true },
  newYear(8),
  {
    month: 2,
    day: 23,
    kind: 'public-holiday',
    name: { kk: 'Отан қорғаушы күні', ru: 'День защитника Отечества', en: 'Defender of the Fatherland Day' },
    january: false,
  },
  {
    month: 3,
    day: 8,
    kind: 'public-holiday',
    name: { kk: 'Халықаралық әйелдер күні', ru: 'Международный женский день', en: "International Women's Day" },
    january: false,
  },
  {
    month: 5,
    day: 1,
    kind: 'public-holiday',
    name: { kk: 'Көктем және Еңбек мерекесі', ru: 'Праздник Весны и Труда', en: 'Spring and Labour Day' },
    january: false,
  },
  { month: 5, day: 9, kind: 'public-holiday', name: { kk: 'Жеңіс күні', ru: 'День Победы', en: 'Victory Day' }, january: false },
  { month: 6, day: 12, kind: 'public-holiday', name: { kk: 'Ресей күні', ru: 'День России', en: 'Russia Day' }, january: false },
  {
    month: 11,
    day: 4,
    kind: 'public-holiday',
    name: { kk: 'Халық бірлігі күні', ru: 'День народного единства', en: 'Unity Day' },
    january: false,
  },
];

export const RU_HOLIDAY_SOURCE = ART_112;

/** One transfer of a Government decree: the day off moves from `from` to `to`. */
export interface RuTransfer {
  readonly from: string;
  readonly to: string;
}

export interface RuYear {
  readonly year: number;
  readonly status: FactStatus;
  /** The Government decree on transfers, when known. */
  readonly decree?: { readonly act: string; readonly status: FactStatus; readonly transfers: readonly RuTransfer[] };
  readonly sources: readonly string[];
  readonly note?: Localized;
}

export const RU_YEARS: readonly RuYear[] = [
  {
    year: 2024,
    status: 'order',
    decree: {
      act: 'RF Government Decree of 10.08.2023 No. 1314 "О переносе выходных дней в 2024 году" (text read via normativ.kontur.ru)',
      status: 'order',
      transfers: [
        { from: '2024-01-06', to: '2024-05-10' },
        { from: '2024-01-07', to: '2024-12-31' },
        { from: '2024-04-27', to: '2024-04-29' },
        { from: '2024-11-02', to: '2024-04-30' },
        { from: '2024-12-28', to: '2024-12-30' },
      ],
    },
    sources: [ART_112, 'RF Government Decree 10.08.2023 No. 1314'],
  },
  {
    year: 2025,
    status: 'reported',
    decree: {
      act: 'RF Government Decree of 04.10.2024 No. 1335 "О переносе выходных дней в 2025 году" (Government press release; legal-reference §2.2)',
      status: 'reported',
      transfers: [
        { from: '2025-01-04', to: '2025-05-02' },
        { from: '2025-01-05', to: '2025-12-31' },
        { from: '2025-02-23', to: '2025-05-08' },
        { from: '2025-03-08', to: '2025-06-13' },
        { from: '2025-11-01', to: '2025-11-03' },
      ],
    },
    sources: [ART_112, 'RF Government Decree 04.10.2024 No. 1335 (press)'],
  },
  {
    year: 2026,
    status: 'reported',
    decree: {
      act: 'RF Government Decree of 24.09.2025 No. 1466 "О переносе выходных дней в 2026 году" (press: tass.ru, ria.ru 24.09.2025; number per kirov143.ru)',
      status: 'reported',
      transfers: [
        { from: '2026-01-03', to: '2026-01-09' },
        { from: '2026-01-04', to: '2026-12-31' },
      ],
    },
    sources: [ART_112, 'RF Government Decree 24.09.2025 No. 1466 (press)'],
  },
  {
    year: 2027,
    status: 'estimate',
    sources: [
      ART_112,
      'no Government decree for 2027 found; weekend moves computed under Art. 112 part 2; the transfers of 2–3 January 2027 (Sat–Sun) are unknown',
      'a preliminary plan (5 Nov off, Sat 13 Nov working) reported by a deputy (news.mail.ru 28.12.2025) is not applied',
    ],
    note: {
      kk: '2027 жыл болжамды: РФ Үкіметінің демалыс күндерін ауыстыру туралы қаулысы табылмады',
      ru: '2027 год предварительный: постановление Правительства РФ о переносе выходных дней не найдено',
      en: '2027 is provisional: no RF Government decree on transfers of days off was found',
    },
  },
  {
    year: 2028,
    status: 'estimate',
    sources: [
      ART_112,
      'no Government decree for 2028 yet (usually signed in the autumn of the year before); weekend moves computed under Art. 112 part 2; the transfers of 1–2 January 2028 (Sat–Sun) are unknown',
    ],
    note: {
      kk: '2028 жыл болжамды: РФ Үкіметінің демалыс күндерін ауыстыру туралы қаулысы әлі жоқ',
      ru: '2028 год предварительный: постановления Правительства РФ о переносе выходных дней ещё нет',
      en: '2028 is provisional: there is no RF Government decree on transfers of days off yet',
    },
  },
];
