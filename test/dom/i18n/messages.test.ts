import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { MESSAGES, translate, type MessageKey } from '../../../renderer/i18n/messages';
import type { PluralForms } from '../../../shared/format/plural';
import { LOCALES, type Locale } from '../../../shared/locale';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// Strings that are the same in every language (names, and each language's own name).
const SAME_EVERYWHERE = new Set(['app.name', 'lang.kk', 'lang.ru', 'lang.en', 'notify.test.title', 'casefile.col.sha256', 'casefile.col.seq']);
/** The plural forms each language must give (CLDR: Russian one/few/many/other; Kazakh and English one/other). */
const FORMS: Readonly<Record<Locale, readonly string[]>> = { kk: ['one', 'other'], ru: ['few', 'many', 'one', 'other'], en: ['one', 'other'] };

/** Every text of a message: the string, or each of its plural forms. */
const texts = (message: string | PluralForms): string[] => (typeof message === 'string' ? [message] : Object.values(message).filter((v) => v !== undefined));
const keys = Object.keys(en) as MessageKey[];

describe('interface strings', () => {
  it.each(LOCALES)('%s has exactly the English keys, none empty, plural forms where English has them', (locale) => {
    const messages = MESSAGES[locale];
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const key of keys) {
      const message = messages[key];
      for (const text of texts(message)) expect(text.trim(), key).not.toBe('');
      expect(typeof message, key).toBe(typeof en[key]);
      if (typeof message !== 'string') expect(Object.keys(message).sort(), key).toEqual(FORMS[locale]);
    }
  });

  it.each(['kk', 'ru'] as const)('%s is translated and keeps every placeholder in every form', (locale) => {
    for (const key of keys) {
      const expected = placeholders(texts(en[key])[0]!);
      for (const text of [...texts(en[key]), ...texts(MESSAGES[locale][key])]) expect(placeholders(text), key).toEqual(expected);
      if (!SAME_EVERYWHERE.has(key)) expect(MESSAGES[locale][key], key).not.toEqual(en[key]);
    }
  });

  it('Kazakh text uses the Kazakh letters, not look-alikes', () => {
    const all = Object.values(MESSAGES.kk).flatMap(texts).join(' ');
    expect(all).toMatch(/[әғқңөұүһі]/);
    // a Latin i or h inside a Cyrillic word is a look-alike substitution
    expect(all).not.toMatch(/[а-яәғқңөұүһі][ih]|[ih][а-яәғқңөұүһі]/i);
  });

  it('fills placeholders', () => {
    expect(translate('ru', 'settings.storage.usage', { usage: '1 МБ', quota: '10 ГБ' })).toBe('Занято 1 МБ из 10 ГБ');
    expect(translate('kk', 'save.downloaded', { fileName: 'a.json' })).toBe('a.json ретінде жүктелді');
  });
});

describe('counts take the plural form of their language', () => {
  it.each([
    [1, 'Цепочка цела: проверена 1 запись.'],
    [2, 'Цепочка цела: проверены 2 записи.'],
    [5, 'Цепочка цела: проверено 5 записей.'],
    [11, 'Цепочка цела: проверено 11 записей.'],
    [21, 'Цепочка цела: проверена 21 запись.'],
    [22, 'Цепочка цела: проверены 22 записи.'],
    [25, 'Цепочка цела: проверено 25 записей.'],
  ])('ru %i', (count, text) => {
    expect(translate('ru', 'register.integrity.ok', { count })).toBe(text);
  });

  it('ru: units and the count-mismatch of a backup', () => {
    expect([1, 2, 5, 11, 21, 22, 25].map((count) => `${count} ${translate('ru', 'terms.unit.years', { count })}`)).toEqual([
      '1 год',
      '2 года',
      '5 лет',
      '11 лет',
      '21 год',
      '22 года',
      '25 лет',
    ]);
    expect(translate('ru', 'terms.unit.working-days', { count: 3 })).toBe('рабочих дня');
    expect(translate('ru', 'backup.problem.count-mismatch', { count: 21, table: 'cases', found: 20 })).toBe(
      'Заголовок файла обещает 21 запись таблицы «cases», а в файле 20.',
    );
    expect(translate('ru', 'notify.more.body', { count: 3 })).toBe('Ещё 3 обязанности истекают или просрочены.');
  });

  it('en: one and other', () => {
    expect(translate('en', 'register.integrity.ok', { count: 1 })).toBe('Intact: 1 entry verified.');
    expect(translate('en', 'register.integrity.ok', { count: 2 })).toBe('Intact: 2 entries verified.');
    expect(translate('en', 'register.integrity.ok', { count: 21 })).toBe('Intact: 21 entries verified.');
    expect(translate('en', 'lock.settings.idle.n', { count: 1 })).toBe('1 minute');
    expect(translate('en', 'register.integrity.broken', { count: 0, seq: 1, reason: 'x' })).toBe('Broken at entry #1 (x). The 0 entries before it are intact.');
  });

  it('kk: the noun after a numeral does not change', () => {
    expect(translate('kk', 'register.integrity.ok', { count: 1 })).toBe('Тізбек бүтін: 1 жазба тексерілді.');
    expect(translate('kk', 'register.integrity.ok', { count: 25 })).toBe('Тізбек бүтін: 25 жазба тексерілді.');
    expect(translate('kk', 'terms.unit.years', { count: 5 })).toBe('жыл');
  });

  it('without a count (a key known only at run time) takes the general form', () => {
    const key = 'register.integrity.ok' as MessageKey;
    expect(translate('ru', key)).toBe('Цепочка цела: проверено {count} записи.');
  });
});

describe('every code the shared schemas emit has a message', () => {
  it('intake errors', async () => {
    const { INTAKE_ERRORS } = await import('../../../shared/cases/intake-schema');
    for (const code of INTAKE_ERRORS) expect(Object.keys(en), code).toContain(code);
  });
  it('channels and attachment problems', async () => {
    const { CHANNELS } = await import('../../../shared/cases/model');
    for (const channel of CHANNELS) expect(Object.keys(en)).toContain(`channel.${channel}`);
    for (const problem of ['too-large', 'type', 'too-many', 'empty']) expect(Object.keys(en)).toContain(`attach.${problem}`);
  });
  it('each text limit, with the limit stated in every language', async () => {
    const { TEXT_LIMITS, textTooLong } = await import('../../../shared/text-limits');
    for (const limit of TEXT_LIMITS) {
      for (const locale of LOCALES) {
        const digits = translate(locale, textTooLong(limit)).replace(/[^\d]/g, '');
        expect(digits, `${locale} ${limit}`).toBe(String(limit));
      }
    }
  });
});
