import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en';
import { MESSAGES, translate } from '../../../renderer/i18n/messages';
import { LOCALES } from '../../../shared/locale';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
// Strings that are the same in every language (names, and each language's own name).
const SAME_EVERYWHERE = new Set(['app.name', 'lang.kk', 'lang.ru', 'lang.en', 'notify.test.title']);

describe('interface strings', () => {
  it.each(LOCALES)('%s has exactly the English keys, none empty', (locale) => {
    const messages = MESSAGES[locale];
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(messages)) expect(text.trim(), key).not.toBe('');
  });

  it.each(['kk', 'ru'] as const)('%s is translated and keeps every placeholder', (locale) => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const text = MESSAGES[locale][key];
      expect(placeholders(text), key).toEqual(placeholders(en[key]));
      if (!SAME_EVERYWHERE.has(key)) expect(text, key).not.toBe(en[key]);
    }
  });

  it('Kazakh text uses the Kazakh letters, not look-alikes', () => {
    const all = Object.values(MESSAGES.kk).join(' ');
    expect(all).toMatch(/[әғқңөұүһі]/);
    // a Latin i or h inside a Cyrillic word is a look-alike substitution
    expect(all).not.toMatch(/[а-яәғқңөұүһі][ih]|[ih][а-яәғқңөұүһі]/i);
  });

  it('fills placeholders', () => {
    expect(translate('ru', 'settings.storage.usage', { usage: '1 МБ', quota: '10 ГБ' })).toBe('Занято 1 МБ из 10 ГБ');
    expect(translate('kk', 'save.downloaded', { fileName: 'a.json' })).toBe('a.json ретінде жүктелді');
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
});
