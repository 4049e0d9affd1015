/** Working-day calendars as data: the kinds of days, their status and where each fact comes from. */
import type { DateKey, IsoWeekday } from '../time/civil-date';

export const CALENDAR_IDS = ['kz', 'ru'] as const;
/** 'kz' — Republic of Kazakhstan (five-day week); 'ru' — Russian Federation production calendar. */
export type CalendarId = (typeof CALENDAR_IDS)[number];

export const isCalendarId = (value: unknown): value is CalendarId => typeof value === 'string' && (CALENDAR_IDS as readonly string[]).includes(value);

/** A text in the three interface languages. */
export interface Localized {
  readonly kk: string;
  readonly ru: string;
  readonly en: string;
}

export const DAY_KINDS = [
  /** A plain Monday–Friday. */
  'working-day',
  /** A plain Saturday or Sunday. */
  'weekend',
  /** KZ national holiday (Holidays Law Art. 2: Republic Day). */
  'national-holiday',
  /** KZ state holiday (Holidays Law Art. 3). */
  'state-holiday',
  /** RF non-working public holiday (RF Labour Code Art. 112 part 1), other than the New Year holidays. */
  'public-holiday',
  /** RF New Year holidays, 1–6 and 8 January (RF Labour Code Art. 112 part 1). */
  'new-year-holidays',
  /** KZ day off that is not a holiday and never moves: 7 January, first day of Kurban Ait (Labour Code Art. 84 p.5). */
  'religious-day-off',
  /** Day off moved by statute from a holiday that fell on a weekend (KZ Holidays Law Art. 5 p.3; RF Labour Code Art. 112 part 2). */
  'weekend-move',
  /** Day off created by a transfer act (KZ MLSP order; RF Government decree). */
  'transfer-day-off',
  /** Weekend day made a working day by a transfer act. */
  'transfer-working-day',
  /** A weekday that used to be a day off and no longer is (e.g. 31.08.2026 after Constitution Day moved). */
  'former-day-off',
  /** Day off added by the DPO. */
  'override-day-off',
  /** Day made working by the DPO. */
  'override-working-day',
] as const;
export type DayKind = (typeof DAY_KINDS)[number];

export const FACT_STATUSES = ['law', 'order', 'reported', 'estimate'] as const;
/**
 * How firmly a calendar fact is known: 'law' — follows from a statute; 'order' — text of the transfer
 * act read; 'reported' — known from press or ministry statements only; 'estimate' — computed by us.
 */
export type FactStatus = (typeof FACT_STATUSES)[number];
/** A fact's status, or 'override' when the DPO set the day. */
export type DayStatus = FactStatus | 'override';

/** One dated fact of a calendar (a day that is not a plain weekday/weekend, or a note on one). */
export interface CalendarEntry {
  readonly date: DateKey;
  readonly working: boolean;
  readonly kind: Exclude<DayKind, 'working-day' | 'weekend' | 'override-day-off' | 'override-working-day'>;
  readonly name: Localized;
  /** For a moved or transferred day off: the day it replaces. */
  readonly movedFrom?: DateKey;
  /** For a transfer working day: the day off it pays for. */
  readonly movedTo?: DateKey;
  /** Law article or act (citation string). */
  readonly source: string;
  readonly status: FactStatus;
}

/** A DPO's correction applied on top of the calendar. */
export interface CalendarOverride {
  readonly date: DateKey;
  readonly working: boolean;
  readonly note: string;
}

/** What is known about one calendar year as a whole. */
export interface YearMeta {
  readonly year: number;
  /** The weakest status of the year's facts; 'estimate' years are reported on every deadline touching them. */
  readonly status: FactStatus;
  readonly sources: readonly string[];
  readonly note?: Localized;
}

/** Everything the app can say about one day. */
export interface DayInfo {
  readonly date: DateKey;
  readonly weekday: IsoWeekday;
  readonly working: boolean;
  readonly kind: DayKind;
  /** Human name of the reason (holiday name, "day off moved from …"); absent for plain days. */
  readonly name?: Localized;
  readonly movedFrom?: DateKey;
  readonly movedTo?: DateKey;
  readonly source: string;
  readonly status: DayStatus;
  /** Status of the day's year as a whole. */
  readonly yearStatus: FactStatus;
  /** The DPO's note, for overrides. */
  readonly note?: string;
  /** For overrides: what the day was before the DPO changed it. */
  readonly overridden?: Omit<DayInfo, 'overridden' | 'note' | 'yearStatus' | 'weekday' | 'date'>;
}

/** A compiled calendar's per-year data before compilation. */
export interface CalendarData {
  readonly id: CalendarId;
  readonly name: Localized;
  readonly years: readonly YearMeta[];
  readonly entries: readonly CalendarEntry[];
  /** Citation of the weekly rest days. */
  readonly weekendSource: string;
}
