import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, startStaticServer } from '../../../electron/launcher/static-server';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** Sends the request target exactly as written (no client-side normalisation of `..`). */
function get(port: number, target: string, options: { method?: string; host?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: target, method: options.method ?? 'GET', headers: { host: options.host ?? `127.0.0.1:${port}` } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const base = mkdtempSync(path.join(tmpdir(), 'qorgau-serve-'));
const root = path.join(base, 'renderer');
const SECRET = 'outside-the-root';

const files: Record<string, string> = {
  'index.html': '<!doctype html><title>Qorgau</title>',
  'assets/main.js': 'export {};',
  'assets/worker.mjs': 'export {};',
  'assets/index.css': 'body{}',
  'assets/font.woff2': 'w',
  'assets/LiberationSerif.ttf': 't',
  'assets/engine.wasm': 'a',
  'assets/data.json': '{}',
  'assets/icon.svg': '<svg/>',
  'assets/icon.png': 'p',
};

let server: StaticServer;

beforeAll(async () => {
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(root, file), text);
  writeFileSync(path.join(base, 'secret.txt'), SECRET);
  server = await startStaticServer(root, [0]);
});

afterAll(async () => {
  await server.close();
});

describe('startStaticServer: the built renderer on 127.0.0.1', () => {
  it('listens on loopback only and says where', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
  });

  it("serves index.html at / with the app's strict CSP header", async () => {
    const answer = await get(server.port, '/');
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(files['index.html']);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    ['/assets/main.js', 'text/javascript; charset=utf-8'],
    ['/assets/worker.mjs', 'text/javascript; charset=utf-8'],
    ['/assets/index.css', 'text/css; charset=utf-8'],
    ['/assets/font.woff2', 'font/woff2'],
    ['/assets/LiberationSerif.ttf', 'font/ttf'],
    ['/assets/engine.wasm', 'application/wasm'],
    ['/assets/data.json', 'application/json'],
    ['/assets/icon.svg', 'image/svg+xml'],
    ['/assets/icon.png', 'image/png'],
    ['/index.html?v=1#/cases', 'text/html; charset=utf-8'],
  ])('%s is %s, with the CSP', async (target, type) => {
    const answer = await get(server.port, target);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe(type);
    expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%00index.html',
    '/%E0%A4%A',
  ])('never answers %s with a file outside the root', async (target) => {
    const answer = await get(server.port, target);
    expect([400, 403, 404]).toContain(answer.status);
    expect(answer.body).not.toContain(SECRET);
  });

  it('404s a missing file, and a folder (no listing)', async () => {
    expect((await get(server.port, '/nope.js')).status).toBe(404);
    const folder = await get(server.port, '/assets/');
    expect(folder.status).toBe(404);
    expect(folder.body).not.toContain('main.js');
    expect((await get(server.port, '/assets')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(server.port, '/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const post = await get(server.port, '/', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    expect((await get(server.port, '/', { host: `evil.example:${server.port}` })).status).toBe(421);
    expect((await get(server.port, '/', { host: `localhost:${server.port}` })).status).toBe(200);
  });

  it('moves on to the next port when the first is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as { port: number }).port;
    const second = await startStaticServer(root, [taken, 0]);
    try {
      expect(second.port).not.toBe(taken);
      expect((await get(second.port, '/')).status).toBe(200);
    } finally {
      await second.close();
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
