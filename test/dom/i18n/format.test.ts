/** Dates and times in the display zone, through the one time-and-format module (shared/format). */
import { describe, expect, it } from 'vitest';
import { DISPLAY_TIME_ZONES } from '../../../renderer/db/settings-repository';
import { formatDate, formatDateTime, formatLongDate, formatTime } from '../../../renderer/i18n/format';
import { getTimeZone } from '../../../shared/time/zone';

describe('formatting instants in the display zone', () => {
  const instant = new Date('2026-03-01T20:30:00.000Z');

  it('formats the same instant in each zone, whichever zone was used before', () => {
    expect(formatDateTime(instant, 'Asia/Almaty')).toBe('02.03.2026 01:30');
    expect(formatDateTime(instant, 'UTC')).toBe('01.03.2026 20:30');
    expect(formatDateTime(instant, 'Europe/Moscow')).toBe('01.03.2026 23:30');
    expect(formatDateTime(instant, 'Asia/Almaty')).toBe('02.03.2026 01:30');
    expect(formatTime(instant, 'Asia/Almaty')).toBe('01:30');
    expect(formatDateTime(instant.toISOString(), 'Asia/Aqtobe')).toBe('02.03.2026 01:30');
  });

  it('writes calendar dates without a zone', () => {
    expect(formatDate('2026-03-01')).toBe('01.03.2026');
    expect(formatLongDate('2026-03-02', 'kk')).toBe('2026 жылғы 2 наурыз');
    expect(formatLongDate('2026-03-02', 'ru')).toBe('2 марта 2026 г.');
    expect(formatLongDate('2026-03-02', 'en')).toBe('2 March 2026');
  });

  it('gives each instant its own parts (midnight is 00, not 24)', () => {
    expect(formatDateTime(new Date('2026-12-31T19:00:00.000Z'), 'Asia/Almaty')).toBe('01.01.2027 00:00');
    expect(formatDateTime(new Date('2026-12-31T18:59:00.000Z'), 'Asia/Almaty')).toBe('31.12.2026 23:59');
  });

  it('refuses an unknown zone every time (nothing bad is cached)', () => {
    expect(() => formatDateTime(instant, 'Mars/Olympus')).toThrow(RangeError);
    expect(() => formatDateTime(instant, 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('the zones the display setting allows', () => {
  it.each(DISPLAY_TIME_ZONES)('%s is on the engine’s zone table, not the runtime’s Intl', (zone) => {
    expect(getTimeZone(zone).basis).toBe('table');
  });
});
