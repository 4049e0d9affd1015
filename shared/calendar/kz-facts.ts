/**
 * Kazakhstan: the statutory holidays (rules) and the per-year facts (Kurban Ait dates, transfer orders,
 * the 2026 Constitution Day change) from legal-reference.md §3. The calendar itself is generated from
 * these by kz-generate.ts; nothing here lists the resulting days off by hand.
 */
import type { FactStatus, Localized } from './types';

const HOLIDAYS_LAW = 'KZ Law 13.12.2001 No. 267-II "О праздниках в Республике Казахстан"';

/** A holiday recurring on a fixed day of the year. */
export interface FixedHoliday {
  readonly id: string;
  readonly month: number;
  readonly day: number;
  readonly kind: 'state-holiday' | 'national-holiday';
  readonly name: Localized;
  /** First year it is a holiday (inclusive). */
  readonly fromYear?: number;
  /** Last year it is a holiday (inclusive). */
  readonly untilYear?: number;
  readonly source: string;
  readonly status: FactStatus;
}

const NEW_YEAR: Localized = { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' };
const NAURYZ: Localized = { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz meiramy' };
const CONSTITUTION_DAY: Localized = {
  kk: 'Қазақстан Республикасының Конституциясы күні',
  ru: 'День Конституции Республики Казахстан',
  en: 'Constitution Day',
};

/** Holidays Law Art. 2 (national) and Art. 3 (state holidays), version incl. Law 19.04.2023 No. 223-VII. */
export const KZ_FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { id: 'new-year-1', month: 1, day: 1, kind: 'state-holiday', name: NEW_YEAR, source: `${HOLIDAYS_LAW}, Art. 3`, status: 'law' },
  { id: 'new-year-2', month: 1, day: 2, kind: 'state-holiday', name: NEW_YEAR, source: `${HOLIDAYS_LAW}, Art. 3`, status: 'law' },
  {
    id: 'womens-day',
    month: 3,
    day: 8,
    kind: 'state-holiday',
    name: { kk: 'Халықаралық әйелдер күні', ru: 'Международный женский день', en: "International Women's Day" },
    source: `${HOLIDAYS_LAW}, Art. 3`,
    status: 'law',
  },
  {
    id: 'constitution-day-15-march',
    month: 3,
    day: 15,
    kind: 'state-holiday',
    name: CONSTITUTION_DAY,
    fromYear: 2027,
    source:
      'Law 11.06.2026 No. 306-VIII amending Holidays Law Art. 3 (Constitution Day 15 March from 2027) — press only: taspanews.kz 18.03.2026, alau.kz 04.03.2026 (legal-reference §3.3)',
    status: 'reported',
  },
  { id: 'nauryz-1', month: 3, day: 21, kind: 'state-holiday', name: NAURYZ, source: `${HOLIDAYS_LAW}, Art. 3`, status: 'law' },
  { id: 'nauryz-2', month: 3, day: 22, kind: 'state-holiday', name: NAURYZ, source: `${HOLIDAYS_LAW}, Art. 3`, status: 'law' },
  { id: 'nauryz-3', month: 3, day: 23, kind: 'state-holiday', name: NAURYZ, source: `${HOLIDAYS_LAW}, Art. 3`, status: 'law' },
  {
    id: 'unity-day',
    month: 5,
    day: 1,
    kind: 'state-holiday',
    name: {
      kk: 'Қазақстан халқының бірлігі мерекесі',
      ru: 'Праздник единства народа Казахстана',
      en: "Kazakhstan People's Unity Day",
    },
    source: `${HOLIDAYS_LAW}, Art. 3`,
    status: 'law',
  },
  {
    id: 'defender-day',
    month: 5,
    day: 7,
    kind: 'state-holiday',
    name: { kk: 'Отан қорғаушы күні', ru: 'День защитника Отечества', en: 'Defender of the Fatherland Day' },
    source: `${HOLIDAYS_LAW}, Art. 3`,
    status: 'law',
  },
  {
    id: 'victory-day',
    month: 5,
    day: 9,
    kind: 'state-holiday',
    name: { kk: 'Жеңіс күні', ru: 'День Победы', en: 'Victory Day' },
    source: `${HOLIDAYS_LAW}, Art. 3`,
    status: 'law',
  },
  {
    id: 'capital-day',
    month: 7,
    day: 6,
    kind: 'state-holiday',
    name: { kk: 'Астана күні', ru: 'День столицы', en: 'Capital Day' },
    source: `${HOLIDAYS_LAW}, Art. 3`,
    status: 'law',
  },
  {
    id: 'constitution-day-30-august',
    month: 8,
    day: 30,
    kind: 'state-holiday',
    name: CONSTITUTION_DAY,
    untilYear: 2025,
    source: `${HOLIDAYS_LAW}, Art. 3 (until 2025; see legal-reference §3.3)`,
    status: 'law',
  },
  {
    id: 'republic-day',
    month: 10,
    day: 25,
    kind: 'national-holiday',
    name: { kk: 'Республика күні', ru: 'День Республики', en: 'Republic Day' },
    source: `${HOLIDAYS_LAW}, Art. 2 (as amended by Law 29.09.2022 No. 143-VII)`,
    status: 'law',
  },
  {
    id: 'independence-day',
    month: 12,
    day: 16,
    kind: 'state-holiday',
    name: { kk: 'Тәуелсіздік күні', ru: 'День Независимости', en: 'Independence Day' },
    source: `${HOLIDAYS_LAW}, Art. 3`,
    status: 'law',
  },
];

export const KZ_WEEKEND_MOVE_SOURCE = `${HOLIDAYS_LAW}, Art. 5 p.3`;
export const KZ_WEEKEND_SOURCE = 'KZ Labour Code 23.11.2015 No. 414-V, Art. 84 (five-day week: Saturday and Sunday)';
const LABOUR_CODE_84_5 = 'KZ Labour Code 23.11.2015 No. 414-V, Art. 84 p.5 (day off regardless of work regime; not moved)';

/** 7 January: a day off (not a holiday) that is never moved (Labour Code Art. 84 p.5). */
export const KZ_ORTHODOX_CHRISTMAS = {
  month: 1,
  day: 7,
  name: { kk: 'Православиелік Рождество', ru: 'Православное Рождество', en: 'Orthodox Christmas' } satisfies Localized,
  source: LABOUR_CODE_84_5,
  status: 'law' as FactStatus,
};

export const KURBAN_AIT_NAME: Localized = {
  kk: 'Құрбан айттың бірінші күні',
  ru: 'Первый день Курбан айта',
  en: 'Kurban Ait (first day)',
};

/** First day of Kurban Ait: a day off that is never moved; its date is fixed yearly (legal-reference §3.1, §3.4). */
export const KZ_KURBAN_AIT: readonly { readonly date: string; readonly status: FactStatus; readonly source: string }[] = [
  {
    date: '2024-06-16',
    status: 'reported',
    source: `${LABOUR_CODE_84_5}; date per MLSP/ДУМК announcement (press)`,
  },
  {
    date: '2025-06-06',
    status: 'reported',
    source: `${LABOUR_CODE_84_5}; date per Ministry/ДУМК (lada.kz 23.05.2025, caravan.kz)`,
  },
  {
    date: '2026-05-27',
    status: 'reported',
    source: `${LABOUR_CODE_84_5}; date per ДУМК calendar 06.11.2025 (zakon.kz; kazpravda.kz 14.01.2026; "может сдвинуться на один день")`,
  },
  {
    date: '2027-05-16',
    status: 'estimate',
    source: `${LABOUR_CODE_84_5}; date is an astronomical estimate (Umm al-Qura 10 Dhu al-Hijjah 1448), ДУМК 2027 calendar not found`,
  },
  {
    // Umm al-Qura and the tabular (civil) Hijri calendar both give Fri 05.05.2028 for 10 Dhu al-Hijjah 1449;
    // Umm al-Qura matched the ДУМК date in each of 2024–2026.
    date: '2028-05-05',
    status: 'estimate',
    source: `${LABOUR_CODE_84_5}; date is an astronomical estimate (Umm al-Qura 10 Dhu al-Hijjah 1449 = Fri 05.05.2028; the tabular Hijri calendar agrees), ДУМК 2028 calendar not yet published`,
  },
];

/** A transfer of a day off by order of the Minister of Labour and Social Protection (Labour Code Art. 85 p.3). */
export interface DayOffTransfer {
  /** Weekend day that becomes a working day. */
  readonly workingDay: string;
  /** Weekday that becomes a day off. */
  readonly dayOff: string;
  readonly source: string;
  readonly status: FactStatus;
}

export const KZ_TRANSFERS: readonly DayOffTransfer[] = [
  {
    workingDay: '2024-05-04',
    dayOff: '2024-05-08',
    source: 'MLSP order "О переносе дня отдыха в 2024 году" (Labour Code Art. 85 p.3) — press: altainews.kz, zakon.kz',
    status: 'reported',
  },
  {
    workingDay: '2025-01-05',
    dayOff: '2025-01-03',
    source:
      'MLSP Order 21.11.2024 No. 436 "О переносе дня отдыха в 2025 году" (Labour Code Art. 85 p.3) — press: caravan.kz, kursiv.media 23.12.2024, informburo.kz',
    status: 'reported',
  },
];

/** Weekdays that are no longer days off; recorded so the day's info explains why it is a working day. */
export const KZ_FORMER_DAYS_OFF: readonly {
  readonly date: string;
  readonly name: Localized;
  readonly source: string;
  readonly status: FactStatus;
}[] = [
  {
    date: '2026-08-31',
    name: {
      kk: 'Жұмыс күні: 30 тамыз 2026 жылдан бастап мереке емес, демалыс күні ауыстырылмайды',
      ru: 'Рабочий день: 30 августа с 2026 года не праздник, выходной не переносится',
      en: 'Working day: 30 August is no longer a holiday from 2026, no day off is moved',
    },
    source:
      'Law 11.06.2026 No. 306-VIII (in force 01.07.2026); MLSP via taspanews.kz 18.03.2026, Minister of Justice via alau.kz 04.03.2026 (legal-reference §3.3)',
    status: 'reported',
  },
];

/** The years the KZ calendar has data for, with the weakest status of their facts. */
export const KZ_YEARS: readonly { readonly year: number; readonly status: FactStatus; readonly sources: readonly string[]; readonly note?: Localized }[] = [
  { year: 2024, status: 'reported', sources: [HOLIDAYS_LAW, 'MLSP transfer order 2024 (press)', 'Kurban Ait 16.06.2024 (press)'] },
  { year: 2025, status: 'reported', sources: [HOLIDAYS_LAW, 'MLSP Order 21.11.2024 No. 436 (press)', 'Kurban Ait 06.06.2025 (press)'] },
  {
    year: 2026,
    status: 'reported',
    sources: [
      HOLIDAYS_LAW,
      'no transfer order found (inform.kz 02.01.2026, alau.kz 11.12.2025)',
      'Kurban Ait 27.05.2026 (ДУМК, press)',
      'Law 306-VIII (press)',
    ],
  },
  {
    year: 2027,
    status: 'estimate',
    sources: [
      HOLIDAYS_LAW,
      'Law 306-VIII: Constitution Day 15 March (press)',
      'Kurban Ait ≈ 16.05.2027 (astronomical estimate)',
      'MLSP transfer orders for 2027: unknown',
    ],
    note: {
      kk: '2027 жыл болжамды: Құрбан айт күні есептелген, Еңбек министрлігінің ауыстыру туралы бұйрығы белгісіз',
      ru: '2027 год предварительный: дата Курбан айта рассчитана, приказы Минтруда о переносе неизвестны',
      en: '2027 is provisional: the Kurban Ait date is computed and MLSP transfer orders are unknown',
    },
  },
  {
    year: 2028,
    status: 'estimate',
    sources: [
      HOLIDAYS_LAW,
      'Law 306-VIII: Constitution Day 15 March (press)',
      'Kurban Ait ≈ 05.05.2028 (astronomical estimate, Umm al-Qura 10 Dhu al-Hijjah 1449)',
      'MLSP transfer orders for 2028: unknown',
    ],
    note: {
      kk: '2028 жыл болжамды: Құрбан айт күні есептелген, Еңбек министрлігінің ауыстыру туралы бұйрығы белгісіз',
      ru: '2028 год предварительный: дата Курбан айта рассчитана, приказы Минтруда о переносе неизвестны',
      en: '2028 is provisional: the Kurban Ait date is computed and MLSP transfer orders are unknown',
    },
  },
];
