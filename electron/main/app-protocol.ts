/**
 * The renderer is served from the privileged custom scheme `app://qorgau/…` instead of file://.
 * The origin `app://qorgau` is fixed for good: IndexedDB (every case) belongs to it.
 */
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

export const APP_SCHEME = 'app';
export const APP_HOST = 'qorgau';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Passed to protocol.registerSchemesAsPrivileged before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    stream: true,
    codeCache: true,
    allowServiceWorkers: false,
    corsEnabled: false,
    bypassCSP: false,
  },
} as const;

export type ResolvedAppPath = { readonly ok: true; readonly filePath: string } | { readonly ok: false; readonly status: 403 | 404 };

/**
 * Maps a request URL to a file inside `rootDir`, refusing anything that would escape it
 * (`..`, encoded separators, absolute paths, NUL bytes) or that is addressed to another host.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): ResolvedAppPath {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 404 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return { ok: false, status: 403 };
  return resolveInsideRoot(rootDir, url.pathname);
}

/**
 * Maps a URL's (still percent-encoded, dot segments already collapsed by the URL parser) pathname to a
 * file inside `rootDir`; `/` is index.html. Shared by app:// and the launcher's loopback server.
 */
export function resolveInsideRoot(rootDir: string, encodedPathname: string): ResolvedAppPath {
  let pathname: string;
  try {
    pathname = decodeURIComponent(encodedPathname);
  } catch {
    return { ok: false, status: 403 };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { ok: false, status: 403 };
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relative);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) return { ok: false, status: 403 };
  return { ok: true, filePath };
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export const contentTypeFor = (filePath: string): string => CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';

/** The headers every file of the app is answered with: its type and the strict CSP, never cached or sniffed. */
export const appFileHeaders = (filePath: string): Record<string, string> => ({
  'content-type': contentTypeFor(filePath),
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
});

/** Builds the handler for protocol.handle(APP_SCHEME, …); file reading is injected for tests. */
export function createAppProtocolHandler(rootDir: string, readFile: (filePath: string) => Promise<Uint8Array>): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const resolved = resolveAppPath(rootDir, request.url);
    if (!resolved.ok) return new Response(null, { status: resolved.status });
    try {
      const body = await readFile(resolved.filePath);
      return new Response(request.method === 'HEAD' ? null : new Blob([body as Uint8Array<ArrayBuffer>]), {
        status: 200,
        headers: appFileHeaders(resolved.filePath),
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  };
}
