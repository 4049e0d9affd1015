/**
 * A deadline's trace: the structured steps of its computation. Steps hold data only (dates, kinds,
 * sources); trace-format.ts turns them into lawyer-readable lines in kk, ru or en.
 */
import type { DateKey } from '../time/civil-date';
import type { Term } from './term';
import type { CalendarId, DayKind, DayStatus, Localized } from './types';

/** Whose Civil Code governs the counting (and so which articles the trace cites). */
export type CountingLaw = CalendarId;

/** How the triggering event is described. */
export const TRIGGER_EVENTS = ['received', 'detected', 'established', 'decided', 'occurred'] as const;
export type TriggerEvent = (typeof TRIGGER_EVENTS)[number];

/** Why a day is (or is not) a working day. */
export interface DayReason {
  readonly kind: DayKind;
  readonly name?: Localized;
  readonly movedFrom?: DateKey;
  readonly movedTo?: DateKey;
  readonly source: string;
  readonly status: DayStatus;
  /** The DPO's note, for overrides. */
  readonly note?: string;
}

export type TraceStep =
  | {
      readonly kind: 'trigger';
      readonly event: TriggerEvent;
      /** UTC instant. */
      readonly instant: string;
      readonly date: DateKey;
      readonly time: string;
      readonly zone: string;
      /** The zone offset source in force at the trigger (explicit table or runtime Intl). */
      readonly zoneSource: string;
    }
  | { readonly kind: 'urgent'; readonly law: CountingLaw; readonly reading?: 'same-time' | 'next-day' }
  /** 'same-time' reading: the term runs from the moment itself, not from the next day. */
  | { readonly kind: 'start-moment'; readonly date: DateKey; readonly time: string }
  /** 'same-time' reading, event on a non-working day: no working-day moment to repeat. */
  | { readonly kind: 'moment-off-day'; readonly date: DateKey; readonly law: CountingLaw }
  | { readonly kind: 'start'; readonly date: DateKey; readonly law: CountingLaw }
  | { readonly kind: 'skip'; readonly date: DateKey; readonly reason: DayReason }
  | { readonly kind: 'skip-weekends'; readonly from: DateKey; readonly to: DateKey; readonly count: number }
  | { readonly kind: 'working-day'; readonly k: number; readonly date: DateKey; readonly reason?: DayReason }
  | { readonly kind: 'calendar-day'; readonly k: number; readonly date: DateKey }
  | { readonly kind: 'period-end'; readonly term: Term; readonly date: DateKey; readonly law: CountingLaw }
  | { readonly kind: 'moved-to-working-day'; readonly date: DateKey; readonly reason?: DayReason; readonly law: CountingLaw }
  | { readonly kind: 'hours'; readonly count: number; readonly law: CountingLaw }
  | {
      readonly kind: 'due';
      readonly instant: string;
      readonly date: DateKey;
      readonly time: string;
      readonly zone: string;
      /** 'same-time': the event's wall-clock time on the last working day (a "from the moment" term). */
      readonly basis: 'close-of-business' | 'exact-time' | 'same-time';
      readonly law: CountingLaw;
    }
  | { readonly kind: 'estimated-year'; readonly calendar: CalendarId; readonly year: number; readonly hasData: boolean }
  | { readonly kind: 'calendar'; readonly calendar: CalendarId }
  | {
      readonly kind: 'earliest';
      readonly calendar: CalendarId;
      readonly instant: string;
      readonly date: DateKey;
      readonly time: string;
      readonly zone: string;
    };

/** A warning attached to a deadline. */
export interface DeadlineWarning {
  readonly code: 'estimated-year';
  readonly calendar: CalendarId;
  readonly year: number;
  /** False when the calendar has no data at all for the year (weekends only). */
  readonly hasData: boolean;
}
