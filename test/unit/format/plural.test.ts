import { describe, expect, it } from 'vitest';
import { pluralCategory, selectPlural } from '../../../shared/format/plural';

const records = { one: 'запись', few: 'записи', many: 'записей', other: 'записи' };

describe('plural categories (Intl.PluralRules, no zone data involved)', () => {
  it.each([
    [1, 'one', 'запись'],
    [2, 'few', 'записи'],
    [5, 'many', 'записей'],
    [11, 'many', 'записей'],
    [21, 'one', 'запись'],
    [22, 'few', 'записи'],
    [25, 'many', 'записей'],
    [0, 'many', 'записей'],
    [111, 'many', 'записей'],
    [1.5, 'other', 'записи'],
  ])('ru %s → %s', (count, category, word) => {
    expect(pluralCategory('ru', count)).toBe(category);
    expect(selectPlural(records, 'ru', count)).toBe(word);
  });

  it.each([
    [1, 'one'],
    [2, 'other'],
    [5, 'other'],
    [21, 'other'],
  ])('kk and en %s → %s', (count, category) => {
    expect(pluralCategory('kk', count)).toBe(category);
    expect(pluralCategory('en', count)).toBe(category);
  });

  it('falls back to `other` when the forms lack the category', () => {
    expect(selectPlural({ one: 'day', other: 'days' }, 'ru', 5)).toBe('days');
    expect(selectPlural({ one: 'day', other: 'days' }, 'en', Number.NaN)).toBe('days');
  });
});
