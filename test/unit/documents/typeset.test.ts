import { describe, expect, it } from 'vitest';
import { typeset } from '../../../shared/documents/typeset';

describe('typeset', () => {
  it('keeps statute numbers whole, with the punctuation attached and the spaces after them', () => {
    expect(typeset('Закон РК № 94-V, Закон № 191-IV и № 152-ФЗ')).toEqual([
      { text: 'Закон РК ', noWrap: false },
      { text: '№\u00a094-V, ', noWrap: true },
      { text: 'Закон ', noWrap: false },
      { text: '№\u00a0191-IV ', noWrap: true },
      { text: 'и ', noWrap: false },
      { text: '№\u00a0152-ФЗ', noWrap: true },
    ]);
  });

  it('never splits a word at its hyphen (issue 17: «комплаенс- контроля», «e- mail», «іс- қимыл», «18- бабы»)', () => {
    for (const word of ['комплаенс-контроля', 'e-mail:', 'іс-қимыл', '18-бабы,', 'DSR-2026-000123', '(cookie-файлы)', '27-1']) {
      const fragments = typeset(`до ${word} после`);
      expect(
        fragments.filter((f) => f.noWrap).map((f) => f.text.trim()),
        word,
      ).toEqual([word]);
    }
  });

  it('starts a fragment only after a space (pdfmake justifies between inlines)', () => {
    for (const text of ['ҚР № 94-V Заңының 18-бабы, 25-бабы 2-тармағының 4) тармақшасы', 'Ә.Ш. Әл-Фараби даңғылы, e-mail: dpo@x.kz']) {
      const fragments = typeset(text);
      expect(fragments.map((f) => f.text).join('')).toBe(text.replace(/(№|ст\.|п\.) /gu, '$1\u00a0'));
      for (const f of fragments.slice(0, -1)) expect(f.text, JSON.stringify(fragments)).toMatch(/[ ]$/u);
    }
  });

  it('binds abbreviations to what follows', () => {
    expect(
      typeset('ст. 11 п. 4; пп. 12) ч. 8')
        .map((f) => f.text)
        .join(''),
    ).toBe('ст.\u00a011 п.\u00a04; пп.\u00a012) ч.\u00a08');
  });

  it('binds Kazakh trailing abbreviations to their name', () => {
    expect(
      typeset('Алматы қ., Қозыбаев к-сі, 212')
        .map((f) => f.text)
        .join(''),
    ).toBe('Алматы\u00a0қ., Қозыбаев\u00a0к-сі, 212');
  });

  it('leaves words without an inner hyphen, and very long tokens, breakable', () => {
    expect(typeset('простой текст — с тире')).toEqual([{ text: 'простой текст — с тире', noWrap: false }]);
    const long = `${'а'.repeat(40)}-${'б'.repeat(40)}`;
    expect(typeset(long)).toEqual([{ text: long, noWrap: false }]);
  });
});
