/**
 * Debian Chromium driven by playwright-core (never `playwright install`). Each test gets a fresh
 * context, hence a fresh real IndexedDB. Requests that leave the app's origin are aborted and recorded.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type ConsoleMessage,
  type Frame,
  type Locator,
  type Page,
} from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const RESULTS_DIR = path.resolve('test-results');

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * How long one playwright action (click, fill, waitFor…) and one navigation may take: sized for a 2-core
 * machine loaded to a load average of 10 and more, and below the test's timeout (vitest.e2e.config.ts) so
 * that a stuck step is reported as that step.
 */
export const ACTION_TIMEOUT_MS = 45_000;
export const NAVIGATION_TIMEOUT_MS = 60_000;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, timeout: 120_000 });
}

/** A fresh context (fresh IndexedDB) with the suite's timeouts. */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
  return context;
}

export interface AppPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and CSP violations seen so far. */
  readonly problems: string[];
  /** Requests to any origin other than the app's (all aborted). */
  readonly foreignRequests: string[];
}

export interface OpenOptions {
  /** Installs a recording stand-in for the Electron preload bridge before the app loads. */
  readonly stubBridge?: boolean;
  readonly timezoneId?: string;
  /** Freezes Date.now() in the page at this instant (timers keep running). */
  readonly fixedTime?: Date;
}

/** Records every bridge call on window.__bridgeCalls; answers like a cooperative main process. */
const BRIDGE_STUB = `(() => {
  const calls = [];
  const ok = (value) => Promise.resolve({ ok: true, value });
  const record = (method, payload) => {
    const copy = payload && payload.bytes ? { ...payload, bytes: Array.from(payload.bytes.slice(0, 8)), size: payload.bytes.length } : payload;
    calls.push({ method, payload: copy });
  };
  window.__bridgeCalls = calls;
  const DEFAULT_FOLDER = '/home/dpo/.config/Qorgau/backups';
  let backupFolder = DEFAULT_FOLDER;
  const backups = [];
  const pending = new Map();
  let tokens = 0;
  window.qorgau = Object.freeze({
    kind: 'electron',
    saveFile: (p) => { record('saveFile', p); return ok({ status: 'saved', path: '/home/dpo/' + p.suggestedName }); },
    printPdf: (p) => { record('printPdf', p); return ok(undefined); },
    openPdf: (p) => { record('openPdf', p); return ok(undefined); },
    openAttachment: (p) => { record('openAttachment', p); return ok({ status: p.bytes[0] === 0x4d && p.bytes[1] === 0x5a ? 'refused' : 'opened' }); },
    saveAttachment: (p) => { record('saveAttachment', p); return ok({ status: 'saved', path: '/home/dpo/' + p.fileName }); },
    notify: (p) => { record('notify', p); return ok(undefined); },
    appInfo: () => { record('appInfo'); return ok({ name: 'Qorgau', version: '0.1.0', electron: '45.4.1', chrome: '142.0', platform: 'linux', systemLocale: 'kk-KZ' }); },
    openExternal: (p) => { record('openExternal', p); return ok(undefined); },
    setLocale: (p) => { record('setLocale', p); return ok(undefined); },
    setTheme: (p) => { record('setTheme', p); return ok(undefined); },
    onMenuCommand: (listener) => { window.__menu = listener; return () => { window.__menu = undefined; }; },
    // A backup folder in memory, answering like main's backup store (backup-store.ts).
    backupStatus: () => {
      record('backupStatus');
      const today = new Date().toISOString().slice(0, 10);
      return ok({
        folder: backupFolder,
        isDefaultFolder: backupFolder === DEFAULT_FOLDER,
        entries: backups.slice().reverse().map(({ bytes, ...entry }) => entry),
        dailyDue: !backups.some((b) => (b.kind === 'daily' || b.kind === 'manual') && b.createdAt.slice(0, 10) === today),
        keep: { daily: 14, monthly: 6, preUpgrade: 6 },
      });
    },
    backupChooseFolder: () => { record('backupChooseFolder'); backupFolder = '/media/usb/Qorgau'; return ok({ status: 'chosen', folder: backupFolder }); },
    backupOpenFolder: () => { record('backupOpenFolder'); return ok(undefined); },
    backupBegin: (p) => {
      record('backupBegin', p);
      const token = 'token-' + (++tokens);
      pending.set(token, { kind: p.kind, suggestedName: p.suggestedName, parts: [] });
      return ok({ status: 'ready', token });
    },
    backupAppend: (p) => { record('backupAppend', p); pending.get(p.token).parts.push(p.bytes.slice()); return ok(undefined); },
    backupCommit: (p) => {
      record('backupCommit', p);
      const w = pending.get(p.token);
      pending.delete(p.token);
      const size = w.parts.reduce((n, b) => n + b.length, 0);
      const bytes = new Uint8Array(size);
      let at = 0;
      for (const part of w.parts) { bytes.set(part, at); at += part.length; }
      const createdAt = new Date().toISOString();
      const fileName = w.kind === 'export' ? w.suggestedName : 'qorgau-backup-' + createdAt.replace(/:/g, '-').replace('.', '-') + '-' + w.kind + '.json';
      if (w.kind !== 'export') backups.push({ fileName, kind: w.kind, createdAt, size, bytes });
      return ok({ fileName, path: (w.kind === 'export' ? '/home/dpo' : backupFolder) + '/' + fileName, size, createdAt, verified: true });
    },
    backupRead: (p) => {
      record('backupRead', p);
      const b = backups.find((x) => x.fileName === p.fileName);
      if (!b) return Promise.resolve({ ok: false, error: 'not-allowed', message: 'not a backup in the folder' });
      return ok({ bytes: b.bytes.slice(p.offset, p.offset + 65536), totalBytes: b.size });
    },
    // The audit anchor main keeps in a file (anchor-store.ts): only a further head, or a restore, replaces it.
    anchorRead: () => { record('anchorRead'); return ok(window.__anchor ?? null); },
    anchorKeep: (p) => {
      record('anchorKeep', p);
      if (p.replace || !window.__anchor || p.anchor.seq > window.__anchor.seq) window.__anchor = p.anchor;
      return ok(window.__anchor);
    },
  });
})();`;

/** Chromium's built-in PDF viewer (in-app document previews): browser-internal, never the network. */
const isPdfViewer = (url: string): boolean => url.startsWith('chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/') || url.startsWith('chrome://resources/');

export async function openApp(browser: Browser, baseUrl: string, options: OpenOptions = {}): Promise<AppPage> {
  const context = await newContext(browser, {
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    timezoneId: options.timezoneId ?? 'Asia/Almaty',
    locale: 'kk-KZ',
  });
  const problems: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(baseUrl).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('blob:') || url.startsWith('data:') || isPdfViewer(url)) return route.continue();
    foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  if (options.stubBridge) await context.addInitScript(BRIDGE_STUB);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  if (options.fixedTime) await page.clock.setFixedTime(options.fixedTime);
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${baseUrl}/index.html`);
  await page.locator('nav a').first().waitFor();
  return { context, page, problems, foreignRequests };
}

/** Chromium's viewer puts the PDF in a plugin frame whose #sizer takes the size of the laid-out document. */
async function pdfLaidOut(frame: Frame): Promise<boolean> {
  for (const child of frame.childFrames()) {
    const height = await child.evaluate(() => document.getElementById('sizer')?.getBoundingClientRect().height ?? 0).catch(() => 0);
    if (height > 0 || (await pdfLaidOut(child))) return true;
  }
  return false;
}

/**
 * Waits until Chromium's PDF viewer in `preview` (the app's iframe on a blob: URL) has laid the document out,
 * so that a screenshot shows the page: blob frame → the viewer (a chrome-extension frame) → its plugin frame.
 */
export async function pdfPreviewDrawn(preview: Locator): Promise<void> {
  const handle = await preview.elementHandle();
  const frame = await handle?.contentFrame();
  await handle?.dispose();
  if (!frame) throw new Error('the preview is not a frame');
  await expect.poll(() => pdfLaidOut(frame), { message: "Chromium's PDF viewer has not laid out the preview" }).toBe(true);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.join(RESULTS_DIR, 'screenshots');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
