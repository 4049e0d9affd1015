import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/db/schema';
import { BRIDGE_METHODS } from '../../shared/ipc';
import { appSuite } from './harness/suite';

const suite = appSuite();

describe('platform interface', () => {
  it('browser fallback: saving downloads the file', async () => {
    const { page, context } = await suite.open();
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await page.locator('nav a').last().click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a diagnostic report' }).click()]);
    expect(download.suggestedFilename()).toBe('qorgau-diagnostics.json');
    const report = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(report).toMatchObject({ platform: 'browser', schemaVersion: CURRENT_SCHEMA_VERSION, settings: { locale: 'en', displayTimeZone: 'Asia/Almaty' } });
    await expect
      .poll(() => page.locator('section[aria-labelledby="diag-title"]').getByRole('status').textContent())
      .toBe('Downloaded as qorgau-diagnostics.json');
    await context.close();
  });

  it('browser fallback: notifications go through the Notification API', async () => {
    const { page, context } = await suite.open();
    await context.grantPermissions(['notifications']);
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await page.locator('nav a').last().click();
    await page.getByRole('button', { name: 'Send a test notification' }).click();
    await expect.poll(() => page.locator('section[aria-labelledby="diag-title"]').getByRole('status').textContent()).toMatch(/Notification sent|not available/);
    await context.close();
  });

  it('Electron bridge: the same renderer uses Save-As, notifications and the menu through the preload', async () => {
    const { page, context } = await suite.open({ stubBridge: true });
    // The stand-in offers exactly the preload's methods: one per channel of the IPC map, the menu subscription and the kind.
    expect((await page.evaluate(() => Object.keys(window.qorgau ?? {}))).sort()).toEqual(['kind', 'onMenuCommand', ...Object.values(BRIDGE_METHODS)].sort());
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await page.evaluate(() => (window as unknown as { __menu: (c: string) => void }).__menu('navigate-settings'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Settings');
    await expect.poll(() => page.getByTestId('app-version').textContent()).toBe('Qorgau 0.1.0');
    await page.getByRole('button', { name: 'Save a diagnostic report' }).click();
    await expect
      .poll(() => page.locator('section[aria-labelledby="diag-title"]').getByRole('status').textContent())
      .toBe('Saved to /home/dpo/qorgau-diagnostics.json');
    await page.getByRole('button', { name: 'Send a test notification' }).click();
    await expect.poll(() => page.locator('section[aria-labelledby="diag-title"]').getByRole('status').textContent()).toBe('Notification sent.');
    const calls = await page.evaluate(
      () => (window as unknown as { __bridgeCalls: { method: string; payload?: { locale?: string; suggestedName?: string } }[] }).__bridgeCalls,
    );
    const methods = calls.map((c) => c.method);
    expect(methods).toContain('saveFile');
    expect(methods).toContain('notify');
    expect(calls.find((c) => c.method === 'saveFile')?.payload?.suggestedName).toBe('qorgau-diagnostics.json');
    expect(calls.filter((c) => c.method === 'setLocale').map((c) => c.payload?.locale)).toEqual(['kk', 'en']);
    // The Appearance setting reaches main (nativeTheme.themeSource): at start, then on each change.
    await page.evaluate(() => {
      window.location.hash = '#/settings/general';
    });
    await page.locator('select[name="theme"]').selectOption('dark');
    const themes = () =>
      page.evaluate(() =>
        (window as unknown as { __bridgeCalls: { method: string; payload?: { theme?: string } }[] }).__bridgeCalls
          .filter((c) => c.method === 'setTheme')
          .map((c) => c.payload?.theme),
      );
    await expect.poll(themes).toEqual(['system', 'dark']);
    await context.close();
  });
});
