/** One static server and one Chromium per e2e file, started before its tests and closed after. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, openApp, type AppPage, type OpenOptions } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

export interface AppSuite {
  readonly server: StaticServer;
  readonly browser: Browser;
  open(options?: OpenOptions): Promise<AppPage>;
}

export function appSuite(): AppSuite {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = () => {
    if (!server || !browser) throw new Error('the e2e suite has not started');
    return { server, browser };
  };
  return {
    get server() {
      return ready().server;
    },
    get browser() {
      return ready().browser;
    },
    open: (options) => openApp(ready().browser, ready().server.url, options),
  };
}
