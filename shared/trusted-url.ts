/**
 * External links the app may open in the system browser: official legal sources only.
 * Everything else (other hosts, plain http, credentials, odd ports, other schemes) is refused.
 * Pure and shared: main enforces it, the renderer uses it to decide how to render a link.
 */
export const TRUSTED_HOSTS = [
  'adilet.zan.kz',
  'zan.gov.kz',
  'www.consultant.ru',
  'consultant.ru',
  'pravo.gov.ru',
  'publication.pravo.gov.ru',
  'rkn.gov.ru',
  'pd.rkn.gov.ru',
  'egov.kz',
  'www.gov.kz',
] as const;

export function isTrustedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  if (url.port !== '' && url.port !== '443') return false;
  return (TRUSTED_HOSTS as readonly string[]).includes(url.hostname.toLowerCase());
}
