/** Serves the built renderer (out/renderer) on loopback with the app's CSP header, like app:// does. */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { contentTypeFor } from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';

export const RENDERER_DIR = path.resolve('out/renderer');

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** `port` 0 picks a free one; a fixed port keeps the origin (and its IndexedDB) the same across runs. */
export async function startStaticServer(root: string = RENDERER_DIR, port = 0): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    // A malformed escape or a failed read ends the response instead of leaving the page waiting.
    serve(request, response).catch(() => {
      if (!response.headersSent) response.statusCode = 400;
      response.end();
    });
  });
  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.resolve(root, pathname === '/' ? 'index.html' : pathname.slice(1));
    if (!file.startsWith(root + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': contentTypeFor(file),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  }
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: listening } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${listening}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
