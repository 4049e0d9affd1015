/**
 * Serves the built renderer on 127.0.0.1 only, exactly as the app:// protocol does in Electron: the same
 * path-traversal guard, file types and headers (strict CSP, nosniff, no-store). Files only: a folder is a
 * 404, never a listing. Requests naming another host are refused (no DNS rebinding onto the app).
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { appFileHeaders, resolveInsideRoot } from '../main/app-protocol';

export const LOOPBACK = '127.0.0.1';

export interface StaticServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

async function answer(root: string, port: number, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const host = request.headers.host;
  if (host !== `${LOOPBACK}:${port}` && host !== `localhost:${port}`) {
    response.writeHead(421).end();
    return;
  }
  let pathname: string;
  try {
    pathname = new URL(request.url ?? '/', `http://${LOOPBACK}`).pathname;
  } catch {
    response.writeHead(400).end();
    return;
  }
  const resolved = resolveInsideRoot(root, pathname);
  if (!resolved.ok) {
    response.writeHead(resolved.status).end();
    return;
  }
  try {
    if (!(await stat(resolved.filePath)).isFile()) throw new Error('not a file');
    const body = await readFile(resolved.filePath);
    response.writeHead(200, { ...appFileHeaders(resolved.filePath), 'content-length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    response.writeHead(404).end();
  }
}

function listen(server: Server, port: number): Promise<number | 'in-use'> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') resolve('in-use');
      else reject(error);
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, LOOPBACK);
  });
}

/**
 * Serves `root` on the first free port of `ports` (0: any free port). A fixed first choice keeps the
 * address — and so the browser's stored data, which belongs to it — the same from one start to the next.
 */
export async function startStaticServer(root: string, ports: readonly number[]): Promise<StaticServer> {
  let port = 0;
  const server = createServer((request, response) => {
    answer(root, port, request, response).catch(() => {
      // A read that fails half-way: end the response rather than leave the browser waiting.
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
  for (const candidate of ports) {
    const result = await listen(server, candidate);
    if (result === 'in-use') continue;
    port = result;
    return {
      url: `http://${LOOPBACK}:${port}/`,
      port,
      close: () =>
        new Promise((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    };
  }
  throw new Error(`no free port among ${ports.join(', ')}`);
}
