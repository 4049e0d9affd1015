import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, createAppProtocolHandler, resolveAppPath } from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';

const root = path.resolve('/opt/qorgau/renderer');

describe('resolveAppPath: the app:// path-traversal guard', () => {
  it.each([
    ['app://qorgau/', 'index.html'],
    ['app://qorgau/index.html', 'index.html'],
    ['app://qorgau/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://qorgau/fonts/%D0%A2%D0%B5%D1%81%D1%82.ttf', 'fonts/Тест.ttf'],
    ['app://qorgau/index.html?x=1#/cases', 'index.html'],
  ])('serves %s from inside the root', (url, relative) => {
    expect(resolveAppPath(root, url)).toEqual({ ok: true, filePath: path.join(root, relative) });
  });

  it.each([
    ['app://qorgau/../secret.txt', 'secret.txt'],
    ['app://qorgau/%2e%2e/%2e%2e/etc/passwd', 'etc/passwd'],
  ])('keeps %s inside the root (the URL parser collapses dot segments)', (url, relative) => {
    expect(resolveAppPath(root, url)).toEqual({ ok: true, filePath: path.join(root, relative) });
  });

  it.each([
    'app://qorgau/assets/..%2f..%2f..%2fetc%2fpasswd',
    'app://qorgau/assets%5c..%5c..%5cwindows',
    'app://qorgau/%00index.html',
    'app://qorgau/%E0%A4%A',
    'app://evil/index.html',
    'https://qorgau/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    const result = resolveAppPath(root, url);
    expect(result.ok).toBe(false);
  });

  it('keeps the origin fixed (IndexedDB belongs to it)', () => {
    expect(APP_ORIGIN).toBe('app://qorgau');
  });
});

describe('createAppProtocolHandler', () => {
  const files = new Map([[path.join(root, 'index.html'), new TextEncoder().encode('<html></html>')]]);
  const handler = createAppProtocolHandler(root, async (file) => {
    const body = files.get(file);
    if (!body) throw new Error('ENOENT');
    return body;
  });

  it('answers with the file, its type and the CSP header', async () => {
    const response = await handler(new Request('app://qorgau/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('<html></html>');
  });

  it('answers 403 for traversal and 404 for missing files', async () => {
    expect((await handler(new Request('app://qorgau/a/..%2f..%2f..%2fetc%2fpasswd'))).status).toBe(403);
    expect((await handler(new Request('app://qorgau/missing.js'))).status).toBe(404);
  });

  it('refuses writes', async () => {
    expect((await handler(new Request('app://qorgau/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
