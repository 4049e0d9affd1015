import { describe, expect, it } from 'vitest';
import { typeset } from '../../../shared/documents/typeset';

describe('typeset', () => {
  it('keeps statute numbers whole', () => {
    expect(typeset('Закон РК № 94-V, Закон № 191-IV и № 152-ФЗ')).toEqual([
      { text: 'Закон РК №\u00a0', noWrap: false },
      { text: '94-V', noWrap: true },
      { text: ', Закон №\u00a0', noWrap: false },
      { text: '191-IV', noWrap: true },
      { text: ' и №\u00a0', noWrap: false },
      { text: '152-ФЗ', noWrap: true },
    ]);
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

  it('leaves case numbers and ordinary hyphenated words alone', () => {
    expect(typeset('DSR-2026-000123, cookie-файлы, 27-1')).toEqual([{ text: 'DSR-2026-000123, cookie-файлы, 27-1', noWrap: false }]);
  });
});
