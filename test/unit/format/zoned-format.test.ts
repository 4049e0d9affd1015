/** The one time-and-format module: wall clocks from UTC plus the engine's zone table, in every display zone. */
import { describe, expect, it } from 'vitest';
import {
  epochMs,
  formatDate,
  formatDateTime,
  formatInstantDateTime,
  formatLongDate,
  formatTime,
  formatTimestamp,
  instantToLocalInput,
  localInputToInstant,
  monthName,
  monthTitle,
  zonedDate,
  zonedParts,
} from '../../../shared/format';
import { getTimeZone } from '../../../shared/time/zone';

describe('Asia/Almaty around 1 March 2024 (UTC+6 → UTC+5 at 00:00 local)', () => {
  it.each([
    ['2024-02-29T17:59:00Z', '29.02.2024 23:59', '+06:00'],
    ['2024-02-29T18:00:00Z', '29.02.2024 23:00', '+05:00'],
    ['2024-02-29T18:59:00Z', '29.02.2024 23:59', '+05:00'],
    ['2024-02-29T19:00:00Z', '01.03.2024 00:00', '+05:00'],
    ['2024-02-29T12:00:00Z', '29.02.2024 18:00', '+06:00'],
    ['2024-03-01T13:00:00Z', '01.03.2024 18:00', '+05:00'],
  ])('%s is %s (UTC%s)', (instant, text, offset) => {
    expect(formatDateTime(instant, 'Asia/Almaty')).toBe(text);
    expect(zonedParts(instant, 'Asia/Almaty').offset).toBe(offset);
  });

  it('a close-of-business deadline of 18:00 +05 is shown as 18:00', () => {
    expect(formatDateTime('2026-07-22T13:00:00.000Z', 'Asia/Almaty')).toBe('22.07.2026 18:00');
    expect(formatInstantDateTime('2026-07-22T13:00:00.000Z', 'ru', 'Asia/Almaty')).toBe('22.07.2026 18:00 (UTC+05:00, Алматы)');
  });

  it('the last change of the clocks before the table (31.10.2004) is in the table too', () => {
    expect(formatDateTime('2004-10-30T20:00:00Z', 'Asia/Almaty')).toBe('31.10.2004 02:00');
    expect(getTimeZone('Asia/Almaty').sourceAt(Date.parse('2004-10-30T20:00:00Z'))).toContain('IANA');
  });
});

describe('Europe/Moscow (UTC+3 → UTC+4 on 27.03.2011, back to UTC+3 on 26.10.2014)', () => {
  it.each([
    ['2011-03-26T22:59:00Z', '27.03.2011 01:59', '+03:00'],
    ['2011-03-26T23:00:00Z', '27.03.2011 03:00', '+04:00'],
    ['2014-10-25T21:59:00Z', '26.10.2014 01:59', '+04:00'],
    ['2014-10-25T22:00:00Z', '26.10.2014 01:00', '+03:00'],
    ['2026-07-22T13:00:00Z', '22.07.2026 16:00', '+03:00'],
  ])('%s is %s (UTC%s)', (instant, text, offset) => {
    expect(formatDateTime(instant, 'Europe/Moscow')).toBe(text);
    expect(zonedParts(instant, 'Europe/Moscow').offset).toBe(offset);
  });
});

describe('UTC and Asia/Aqtobe', () => {
  it('UTC has no offset, ever', () => {
    expect(formatTimestamp('2026-03-01T20:30:05Z', 'UTC')).toBe('01.03.2026 20:30:05');
    expect(formatDateTime('1969-07-20T20:17:00Z', 'UTC')).toBe('20.07.1969 20:17');
    expect(zonedParts(0, 'UTC').offset).toBe('+00:00');
  });

  it('Asia/Aqtobe is UTC+5 before and after 1 March 2024', () => {
    expect(formatDateTime('2024-02-29T18:59:00Z', 'Asia/Aqtobe')).toBe('29.02.2024 23:59');
    expect(formatDateTime('2024-02-29T19:00:00Z', 'Asia/Aqtobe')).toBe('01.03.2024 00:00');
    expect(formatInstantDateTime('2025-07-08T09:30:00Z', 'kk', 'Asia/Aqtobe')).toBe('2025 жылғы 8 шілде, 14:30 (UTC+05:00, Ақтөбе)');
  });
});

describe('instants in and out', () => {
  it('takes ISO strings with an offset, Dates and epoch milliseconds alike', () => {
    const ms = Date.parse('2026-03-01T20:30:00Z');
    expect(formatDateTime(ms, 'Asia/Almaty')).toBe('02.03.2026 01:30');
    expect(formatDateTime(new Date(ms), 'Asia/Almaty')).toBe('02.03.2026 01:30');
    expect(formatDateTime('2026-03-02T01:30:00+05:00', 'Asia/Almaty')).toBe('02.03.2026 01:30');
    expect(formatTime(ms, 'Europe/Moscow')).toBe('23:30');
    expect(zonedDate(ms, 'Asia/Almaty')).toBe('2026-03-02');
    expect(zonedDate(ms, 'UTC')).toBe('2026-03-01');
  });

  it('refuses a wall time without an offset (it names no instant), garbage and unknown zones', () => {
    expect(() => epochMs('2026-03-01T20:30')).toThrow(RangeError);
    expect(() => epochMs('yesterday')).toThrow(RangeError);
    expect(() => epochMs(new Date('nope'))).toThrow(RangeError);
    expect(() => epochMs(Number.NaN)).toThrow(RangeError);
    expect(() => formatDateTime(0, 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('the datetime-local input', () => {
  it('round-trips a wall time in each display zone', () => {
    for (const zone of ['Asia/Almaty', 'Asia/Aqtobe', 'Europe/Moscow', 'UTC']) {
      const instant = localInputToInstant('2026-11-20T16:40', zone);
      expect(instant, zone).toBeDefined();
      expect(instantToLocalInput(instant!, zone), zone).toBe('2026-11-20T16:40');
    }
    expect(localInputToInstant('2026-11-20T16:40', 'Asia/Almaty')?.toISOString()).toBe('2026-11-20T11:40:00.000Z');
    expect(localInputToInstant('2026-11-20T16:40', 'Europe/Moscow')?.toISOString()).toBe('2026-11-20T13:40:00.000Z');
  });

  it('on 29.02.2024 in Almaty, 23:30 happened twice: the first one (+06) is taken', () => {
    expect(localInputToInstant('2024-02-29T23:30', 'Asia/Almaty')?.toISOString()).toBe('2024-02-29T17:30:00.000Z');
    expect(instantToLocalInput('2024-02-29T18:30:00Z', 'Asia/Almaty')).toBe('2024-02-29T23:30');
    expect(localInputToInstant('2024-03-01T00:30', 'Asia/Almaty')?.toISOString()).toBe('2024-02-29T19:30:00.000Z');
  });

  it('is undefined for what is not a wall time', () => {
    for (const value of ['', '2026-02-29T10:00', '2026-11-20T24:00', '2026-11-20T16:60', '20.11.2026 16:40', '2026-11-20T16:40:00']) {
      expect(localInputToInstant(value, 'Asia/Almaty'), value).toBeUndefined();
    }
  });
});

describe('calendar dates and month names', () => {
  it('writes a calendar date numerically, showing an odd stored value as it is', () => {
    expect(formatDate('2026-03-08')).toBe('08.03.2026');
    expect(formatDate('2026-02-30')).toBe('2026-02-30');
    expect(formatDate('')).toBe('');
  });

  it('writes a long date in each language', () => {
    expect(formatLongDate('2026-03-05', 'kk')).toBe('2026 жылғы 5 наурыз');
    expect(formatLongDate('2026-03-05', 'ru')).toBe('5 марта 2026 г.');
    expect(formatLongDate('2026-05-05', 'ru')).toBe('5 мая 2026 г.');
    expect(formatLongDate('2026-03-05', 'en')).toBe('5 March 2026');
  });

  it('names months in the nominative for headings and in the date form inside dates', () => {
    expect(monthName(3, 'kk')).toBe('наурыз');
    expect(monthName(3, 'kk', 'date')).toBe('наурыз');
    expect(monthName(3, 'ru')).toBe('март');
    expect(monthName(3, 'ru', 'date')).toBe('марта');
    expect(monthName(12, 'en')).toBe('December');
    expect([1, 7, 12].map((m) => monthTitle(m, 'kk'))).toEqual(['Қаңтар', 'Шілде', 'Желтоқсан']);
    expect([1, 7, 12].map((m) => monthTitle(m, 'ru'))).toEqual(['Январь', 'Июль', 'Декабрь']);
    expect(() => monthName(13, 'ru')).toThrow(RangeError);
  });
});
