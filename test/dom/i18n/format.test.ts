/** Dates and times in the display zone; each zone keeps its own (cached) formatter. */
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatLongDate, formatTime } from '../../../renderer/i18n/format';

describe('formatting instants in the display zone', () => {
  const instant = new Date('2026-03-01T20:30:00.000Z');

  it('formats the same instant in each zone, whichever zone was used before', () => {
    expect(formatDateTime(instant, 'Asia/Almaty')).toBe('02.03.2026 01:30');
    expect(formatDateTime(instant, 'UTC')).toBe('01.03.2026 20:30');
    expect(formatDateTime(instant, 'Europe/Moscow')).toBe('01.03.2026 23:30');
    expect(formatDateTime(instant, 'Asia/Almaty')).toBe('02.03.2026 01:30');
    expect(formatDate(instant, 'UTC')).toBe('01.03.2026');
    expect(formatTime(instant, 'Asia/Almaty')).toBe('01:30');
    expect(formatLongDate(instant, 'Asia/Almaty', 'kk')).toBe('2026 жылғы 2 наурыз');
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
