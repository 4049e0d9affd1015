/**
 * The boot script (renderer/boot.ts) starts opening the database before the app's script has loaded
 * (renderer/db/warm-open.ts). In a fresh profile that warm-up must not create the database: the app
 * decides at start whether one exists (no database = a fresh installation, no pre-upgrade backup).
 */
import { describe, expect, it } from 'vitest';
import { newContext } from './harness/browser';
import { appSuite } from './harness/suite';

const suite = appSuite();

describe('boot warm-up of the database in Chromium', () => {
  it('in a fresh profile, creates no database while only the boot script has run; the app then starts as a fresh installation', async () => {
    const context = await newContext(suite.browser, { locale: 'kk-KZ' });
    try {
      // Hold the app's chunk back: only the boot script runs.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      const appChunk: string[] = [];
      await context.route(/\/assets\/main-[^/]*\.js$/, async (route) => {
        appChunk.push(route.request().url());
        await held;
        await route.continue();
      });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(error.message));
      page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      // DOMContentLoaded fires once the boot script (a module script, so deferred) has run.
      await page.goto(`${suite.server.url}/index.html`, { waitUntil: 'domcontentloaded' });
      await expect.poll(() => appChunk.length).toBeGreaterThan(0);
      // The boot script has run (it starts opening the database, then imports the app's chunk). Opens of one
      // database are served in the order they were made, so an open made now runs once the warm-up's has
      // finished: it must find no database (version 0). It aborts its own creating upgrade, as the warm-up does.
      const found = await page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            let oldVersion = -1;
            const request = indexedDB.open('qorgau');
            request.onupgradeneeded = (event) => {
              oldVersion = event.oldVersion;
              request.transaction?.abort();
            };
            request.onsuccess = () => {
              request.result.close();
              reject(new Error(`the database exists (version ${request.result.version})`));
            };
            request.onerror = (event) => {
              event.preventDefault();
              resolve(oldVersion);
            };
          }),
      );
      expect(found).toBe(0);
      expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('qorgau');
      release();
      await page.locator('nav a').first().waitFor();
      expect(await page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'qorgau')?.version)).toBeGreaterThan(1);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
