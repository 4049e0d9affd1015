import { describe, expect, it } from 'vitest';
import { KK_MONTHS, formatCalendarDate, formatInstantDate, formatInstantDateTime, zonedParts } from '../../../shared/format';

describe('Asia/Almaty offset from the engine’s zone table', () => {
  it('is UTC+5 for 2025 instants (since 1 March 2024)', () => {
    expect(zonedParts('2025-07-08T09:30:00Z', 'Asia/Almaty')).toEqual({
      year: 2025,
      month: 7,
      day: 8,
      hour: 14,
      minute: 30,
      second: 0,
      offset: '+05:00',
      offsetMinutes: 300,
    });
    expect(zonedParts('2025-01-15T00:00:00Z', 'Asia/Almaty').offset).toBe('+05:00');
  });

  it('was UTC+6 before 1 March 2024', () => {
    expect(zonedParts('2024-02-01T00:00:00Z', 'Asia/Almaty').offset).toBe('+06:00');
  });

  it('Moscow is UTC+3', () => {
    expect(zonedParts('2025-07-08T09:30:00Z', 'Europe/Moscow').offset).toBe('+03:00');
  });

  it('an instant near midnight UTC falls on the next Almaty day', () => {
    expect(formatInstantDate('2025-07-07T20:15:00Z', 'ru', 'Asia/Almaty')).toBe('08.07.2025');
  });
});

describe('document dates', () => {
  it('ru: 08.07.2025', () => {
    expect(formatCalendarDate('2025-07-08', 'ru')).toBe('08.07.2025');
  });

  it('kk: 2025 жылғы 8 шілде', () => {
    expect(formatCalendarDate('2025-07-08', 'kk')).toBe('2025 жылғы 8 шілде');
  });

  it('kk: every month name', () => {
    const months = Array.from({ length: 12 }, (_, i) => formatCalendarDate(`2026-${String(i + 1).padStart(2, '0')}-01`, 'kk').replace('2026 жылғы 1 ', ''));
    expect(months).toEqual([...KK_MONTHS]);
    expect(months).toEqual(['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан']);
  });

  it('rejects impossible dates', () => {
    expect(() => formatCalendarDate('2025-02-29', 'ru')).toThrow(RangeError);
    expect(() => formatCalendarDate('08.07.2025', 'ru')).toThrow(RangeError);
  });

  it('date-times carry the offset and the city', () => {
    expect(formatInstantDateTime('2025-07-08T09:30:00Z', 'ru', 'Asia/Almaty')).toBe('08.07.2025 14:30 (UTC+05:00, Алматы)');
    expect(formatInstantDateTime('2025-07-08T09:30:00Z', 'kk', 'Asia/Almaty')).toBe('2025 жылғы 8 шілде, 14:30 (UTC+05:00, Алматы)');
    expect(formatInstantDateTime('2025-07-08T09:30:00Z', 'ru', 'Europe/Moscow')).toBe('08.07.2025 12:30 (UTC+03:00, Москва)');
  });
});
