import { describe, expect, it } from 'vitest';
import type { Translate } from '../../../renderer/app/app-context';
import { countdown, countdownText, spanText } from '../../../renderer/features/cases/countdown';
import { translate } from '../../../renderer/i18n/messages';
import { messageWithTyped, typedLength } from '../../../renderer/i18n/too-long';
import type { Locale } from '../../../shared/locale';

const tr =
  (locale: Locale): Translate =>
  (key, ...args) =>
    translate(locale, key, ...args);
const now = new Date('2026-05-10T12:00:00Z');
const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString();

describe('countdown words', () => {
  it('leaves out a zero-day part in every language ("0 күн 7 сағ." is gone)', () => {
    const left = countdown(at(-7), now);
    expect(countdownText(tr('kk'), left)).toBe('7 сағат кешіктірілді');
    expect(countdownText(tr('ru'), left)).toBe('просрочено на 7 часов');
    expect(countdownText(tr('en'), left)).toBe('overdue by 7 hours');
  });

  it('uses the plural rules of each language for days and hours', () => {
    expect(countdownText(tr('ru'), countdown(at(24 + 1), now))).toBe('осталось 1 день 1 час');
    expect(countdownText(tr('ru'), countdown(at(48 + 3), now))).toBe('осталось 2 дня 3 часа');
    expect(countdownText(tr('ru'), countdown(at(5 * 24 + 22), now))).toBe('осталось 5 дней 22 часа');
    expect(countdownText(tr('ru'), countdown(at(-(21 * 24 + 11)), now))).toBe('просрочено на 21 день 11 часов');
    expect(countdownText(tr('en'), countdown(at(24 + 1), now))).toBe('1 day 1 hour left');
    expect(countdownText(tr('en'), countdown(at(-(2 * 24)), now))).toBe('overdue by 2 days');
    expect(countdownText(tr('kk'), countdown(at(3 * 24 + 2), now))).toBe('3 күн 2 сағат қалды');
  });

  it('shows minutes only under a day, and never an empty span', () => {
    expect(spanText(tr('en'), { hours: 0, minutes: 0 })).toBe('0 minutes');
    expect(countdownText(tr('en'), countdown(at(1.5), now))).toBe('1 hour 30 minutes left');
    expect(countdownText(tr('ru'), countdown(at(-0.25), now))).toBe('просрочено на 15 мин');
  });
});

describe('too-long messages', () => {
  it('name the limit and how many characters were typed', () => {
    expect(messageWithTyped(tr('en'), 'text.long.200', 201)).toBe('Too long: 200 characters at most. 201 characters typed.');
    expect(messageWithTyped(tr('ru'), 'text.long.4000', 4002)).toMatch(/^Слишком длинно: не более 4\s000 символов\. Введено 4002 символа\.$/);
    expect(messageWithTyped(tr('kk'), 'text.long.500', 505)).toBe('Тым ұзын: 500 таңбадан аспауы керек. 505 таңба енгізілді.');
    expect(messageWithTyped(tr('en'), 'reg.error.long', 2001)).toBe('Too long: 2,000 characters at most. 2001 characters typed.');
  });

  it('leave other messages alone and read the typed length from the form control', () => {
    expect(messageWithTyped(tr('en'), 'intake.required', 3)).toBe(translate('en', 'intake.required'));
    const input = document.createElement('input');
    input.value = 'x'.repeat(12);
    expect(typedLength(input)).toBe(12);
    expect(typedLength(undefined)).toBeUndefined();
  });

  it('every interface language names the limit in each text-limit message', () => {
    for (const locale of ['kk', 'ru', 'en'] as const) {
      for (const key of ['text.long.100', 'text.long.1000', 'text.long.20000', 'reg.error.long', 'intake.name.long'] as const) {
        expect(translate(locale, key)).toMatch(/\d/);
      }
    }
  });
});
