import { describe, expect, it } from 'vitest';
import { DEFAULT_GROUNDS, findGround, groundsFor } from '../../../shared/documents';
import type { Ground } from '../../../shared/documents';

const KAZAKH_ONLY = /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/u;

describe('default grounds library', () => {
  it('has unique ids', () => {
    const ids = DEFAULT_GROUNDS.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(DEFAULT_GROUNDS.map((g) => [g.id, g] as const))('%s: text and pinpoint citation in both languages', (_id, g: Ground) => {
    for (const lang of ['kk', 'ru'] as const) {
      expect(g.text[lang].length).toBeGreaterThan(40);
      expect(g.citation[lang]).toMatch(/\d/);
    }
    expect(g.text.kk).toMatch(KAZAKH_ONLY);
    expect(g.text.ru).not.toMatch(KAZAKH_ONLY);
    // Russian pinpoints name the article; Kazakh ones use the statutory «N-бап» form.
    expect(g.citation.ru).toMatch(/ст\. \d+/);
    expect(g.citation.kk).toMatch(/\d+-бап/);
  });

  it('carries the citations and tags of legal-reference §6', () => {
    const expectations: [string, string, string, Ground['tag']][] = [
      ['kz-aml-retention-payment-organisation', '№ 191-IV', 'ст. 11 п. 4; ст. 3 п. 1 пп. 12)', 'P-old'],
      ['kz-aml-retention-microfinance', '№ 191-IV', 'ст. 11 п. 4; ст. 3 п. 1 пп. 11)', 'P-old'],
      ['kz-consent-unfulfilled-obligation', '№ 94-V', 'ст. 8 п. 2', 'P'],
      ['kz-storage-term-not-expired', '№ 94-V', 'ст. 12 п. 2', 'P'],
      ['kz-digital-restriction-instead-of-deletion', '№ 255-VIII', 'ст. 41 п. 3', 'P'],
      ['kz-digital-exception-third-party-rights', '№ 255-VIII', 'ст. 41 п. 4 пп. 1)', 'P'],
      ['kz-civil-limitation-period', '№ 268-XIII', 'ст. 178 п. 1', 'I'],
      ['ru-access-restricted-aml', '№ 152-ФЗ', 'ст. 14 ч. 8 п. 3', 'K'],
      ['ru-processing-continues-legal-obligation', '№ 152-ФЗ', 'ст. 21 ч. 5.1; ст. 6 ч. 1 п. 2', 'K'],
    ];
    for (const [id, act, pinpoint, tag] of expectations) {
      const g = findGround(DEFAULT_GROUNDS, id);
      expect(g, id).toBeDefined();
      expect(g?.citation.ru).toContain(act);
      expect(g?.citation.ru).toContain(pinpoint);
      expect(g?.tag).toBe(tag);
    }
    expect(findGround(DEFAULT_GROUNDS, 'kz-aml-retention-payment-organisation')?.citation.kk).toContain(
      '11-баптың 4-тармағы; 3-баптың 1-тармағының 12) тармақшасы',
    );
  });

  it('offers RF grounds only for RF subjects and AML grounds only to the matching operator', () => {
    const kzWallet = groundsFor(DEFAULT_GROUNDS, 'kz', 'payment-organisation').map((g) => g.id);
    expect(kzWallet).toContain('kz-aml-retention-payment-organisation');
    expect(kzWallet).not.toContain('kz-aml-retention-microfinance');
    expect(kzWallet.some((id) => id.startsWith('ru-'))).toBe(false);

    const ruLender = groundsFor(DEFAULT_GROUNDS, 'ru-subject', 'microfinance-organisation').map((g) => g.id);
    expect(ruLender).toContain('kz-aml-retention-microfinance');
    expect(ruLender).toContain('ru-access-restricted-aml');
    expect(ruLender).not.toContain('kz-aml-retention-payment-organisation');
  });

  it('the microcredit-debt ground serves microfinance organisations only; a bank is an operator kind of its own', () => {
    expect(groundsFor(DEFAULT_GROUNDS, 'kz', 'payment-organisation').map((g) => g.id)).not.toContain('kz-consent-unfulfilled-obligation');
    expect(groundsFor(DEFAULT_GROUNDS, 'kz', 'microfinance-organisation').map((g) => g.id)).toContain('kz-consent-unfulfilled-obligation');
    const bank = groundsFor(DEFAULT_GROUNDS, 'kz', 'bank').map((g) => g.id);
    expect(bank).not.toContain('kz-consent-unfulfilled-obligation');
    expect(bank).toContain('kz-storage-term-not-expired');
  });
});
