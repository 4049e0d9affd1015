/**
 * The one time-and-format module of the app, used by the screens and the documents on top of the
 * deadline engine's time primitives (shared/time): wall clocks come from UTC plus the offset of the
 * engine's zone table, never from the runtime's Intl zone data; Intl is used only for plural rules.
 */
export { epochMs, wallMs, zonedDate, zonedParts } from './zoned-parts';
export type { InstantInput, ZonedParts } from './zoned-parts';
export { formatDate, formatDateTime, formatTime, formatTimestamp } from './numeric';
export { instantToLocalInput, localInputToInstant } from './local-input';
export { EN_MONTHS, KK_MONTHS, KK_MONTHS_ATTRIBUTIVE, KK_MONTHS_LOCATIVE, RU_MONTHS, RU_MONTHS_GENITIVE, monthName, monthTitle } from './month-names';
export type { MonthForm } from './month-names';
export {
  formatCalendarDate,
  formatInstantDate,
  formatInstantDateTime,
  formatKkDateAttributive,
  formatKkInstantLocative,
  formatLongDate,
  parseCalendarDate,
  zoneSuffix,
} from './date';
export type { DateLanguage } from './date';
export { pluralCategory, selectPlural } from './plural';
export type { OneOtherForms, PluralForms, RussianForms } from './plural';
export { hasBidiControls, revealBidiControls } from './bidi';
