import { describe, expect, it } from 'vitest';
import { isTrustedExternalUrl } from '../../../shared/trusted-url';

describe('isTrustedExternalUrl: the allow-list of external links', () => {
  it.each([
    'https://adilet.zan.kz/rus/docs/Z1300000094',
    'https://adilet.zan.kz/kaz/docs/Z1300000094',
    'https://www.consultant.ru/document/cons_doc_LAW_61801/',
    'https://publication.pravo.gov.ru/',
    'https://ADILET.ZAN.KZ/rus/docs/Z010000267_',
    'https://adilet.zan.kz:443/rus',
  ])('allows %s', (url) => expect(isTrustedExternalUrl(url)).toBe(true));

  it.each([
    'http://adilet.zan.kz/rus/docs/Z1300000094',
    'https://adilet.zan.kz.evil.example/',
    'https://evil.example/?u=https://adilet.zan.kz',
    'https://user:pw@adilet.zan.kz/',
    'https://adilet.zan.kz:8443/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://qorgau/index.html',
    'mailto:dpo@example.kz',
    '//adilet.zan.kz/',
    '',
    'not a url',
  ])('refuses %s', (url) => expect(isTrustedExternalUrl(url)).toBe(false));
});
