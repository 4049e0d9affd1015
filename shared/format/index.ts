export { zonedParts, zonedDate, parseInstant, formatNumericTimestamp } from './time-zone';
export type { ZonedParts } from './time-zone';
export {
  KK_MONTHS,
  KK_MONTHS_ATTRIBUTIVE,
  formatKkDateAttributive,
  formatCalendarDate,
  formatInstantDate,
  formatInstantDateTime,
  parseCalendarDate,
  zoneSuffix,
} from './date';
export type { DateLanguage } from './date';
