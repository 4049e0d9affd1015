/**
 * A runtime whose Intl zone data is wrong (e.g. an ICU older than tzdata 2024a, which keeps Asia/Almaty
 * at UTC+6 after 1 March 2024) must not change what the screens, the documents and the engine show:
 * Intl.DateTimeFormat is replaced by one that reads every zone an hour (or more) off, and counted.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeDeadline } from '../../../shared/calendar/deadline';
import {
  formatDateTime,
  formatInstantDateTime,
  formatTimestamp,
  instantToLocalInput,
  localInputToInstant,
  zonedDate,
  zonedParts,
} from '../../../shared/format';
import { getIntlTimeZone, getTimeZone } from '../../../shared/time/zone';

const RealDateTimeFormat = Intl.DateTimeFormat;
/** Zones with the offsets an outdated or broken runtime might give. */
const WRONG_ZONE: Readonly<Record<string, string>> = {
  'Asia/Almaty': 'Asia/Dhaka', // +06, as before 1 March 2024
  'Asia/Aqtobe': 'Asia/Dhaka',
  'Europe/Moscow': 'Asia/Dubai', // +04, as in 2011–2014
  UTC: 'Asia/Tokyo',
};
let made = 0;

class WrongZoneDateTimeFormat extends RealDateTimeFormat {
  constructor(locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    const zone = options?.timeZone;
    super(locales, zone === undefined ? options : { ...options, timeZone: WRONG_ZONE[zone] ?? zone });
    made += 1;
  }
}

beforeEach(() => {
  made = 0;
  Intl.DateTimeFormat = WrongZoneDateTimeFormat as typeof Intl.DateTimeFormat;
});

afterEach(() => {
  Intl.DateTimeFormat = RealDateTimeFormat;
});

describe('with wrong Intl zone data', () => {
  it('the runtime itself is indeed wrong (the stub works)', () => {
    const hour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Almaty', hour: '2-digit', hourCycle: 'h23' });
    expect(hour.format(Date.parse('2026-07-22T13:00:00Z'))).toBe('19');
    expect(getIntlTimeZone('Europe/Moscow').offsetMsAt(Date.parse('2026-07-22T13:00:00Z'))).toBe(4 * 3_600_000);
  });

  it('screens, documents and the engine still show 18:00 +05 in Almaty, and never make a formatter', () => {
    const due = computeDeadline({ from: '2026-07-15T10:00:00+05:00', term: { unit: 'working-days', count: 5 }, calendar: 'kz', zone: 'Asia/Almaty' });
    expect(due.dueLocal).toBe('2026-07-22T18:00:00+05:00');
    expect(formatDateTime(due.due, 'Asia/Almaty')).toBe('22.07.2026 18:00');
    expect(formatInstantDateTime(due.due, 'kk', 'Asia/Almaty')).toBe('2026 жылғы 22 шілде, 18:00 (UTC+05:00, Алматы)');
    expect(formatInstantDateTime(due.due, 'ru', 'Europe/Moscow')).toBe('22.07.2026 16:00 (UTC+03:00, Москва)');
    expect(formatTimestamp(due.due, 'UTC')).toBe('22.07.2026 13:00:00');
    expect(formatDateTime(due.due, 'Asia/Aqtobe')).toBe('22.07.2026 18:00');
    expect(zonedDate('2026-07-21T19:30:00Z', 'Asia/Almaty')).toBe('2026-07-22');
    expect(zonedParts('2024-02-29T18:00:00Z', 'Asia/Almaty').offset).toBe('+05:00');
    expect(localInputToInstant('2026-07-22T18:00', 'Asia/Almaty')?.toISOString()).toBe('2026-07-22T13:00:00.000Z');
    expect(instantToLocalInput('2026-07-22T13:00:00Z', 'Europe/Moscow')).toBe('2026-07-22T16:00');
    expect(made).toBe(0);
  });

  it('every display zone is on the engine’s table', () => {
    for (const zone of ['Asia/Almaty', 'Asia/Aqtobe', 'Europe/Moscow', 'UTC']) expect(getTimeZone(zone).basis, zone).toBe('table');
    expect(made).toBe(0);
  });
});
