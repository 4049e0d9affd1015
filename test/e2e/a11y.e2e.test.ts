/**
 * Issue 18: axe-core (WCAG 2.1 A/AA and best practice) on every screen in kk, ru and en; every screen at
 * 640 × 400 (a 1280 × 800 window at 200 %) without sideways scrolling of the pane or the page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './harness/browser';
import { axeViolations } from './harness/axe';
import { appSuite } from './harness/suite';

const suite = appSuite();

const LANG_BUTTON = { kk: 'ҚАЗ', ru: 'РУС', en: 'ENG' } as const;

async function register(page: Page, name: string, received: string, type: string) {
  await goTo(page, 'cases');
  await page.getByRole('button', { name: 'New request' }).click();
  await page.getByLabel(/^Full name/).fill(name);
  await page.getByLabel('E-mail', { exact: true }).fill('subject@example.kz');
  await page.getByLabel(/Received at/).fill(received);
  await page.getByLabel(type, { exact: true }).check();
  await page.getByRole('button', { name: 'Register' }).click();
  await page.getByTestId('case-number').waitFor();
}

/** Goes to an area through the sidebar, opening the folded menu of a narrow window first. */
async function openMenu(page: Page) {
  const toggle = page.getByRole('button', { name: /^(Menu|Меню|Мәзір)$/ });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

async function goTo(page: Page, area: string) {
  await openMenu(page);
  await page.locator(`nav a[data-area="${area}"]`).click();
}

/** The main pane does not scroll sideways. */
async function sidewaysScroll(page: Page, screen: string): Promise<string[]> {
  const sizes = await page
    .locator('#main')
    .evaluate((main) => ({ scroll: main.scrollWidth, client: main.clientWidth, doc: document.documentElement.scrollWidth, win: window.innerWidth }));
  const found: string[] = [];
  if (sizes.scroll > sizes.client) found.push(`${screen}: pane scrollWidth ${sizes.scroll} > clientWidth ${sizes.client}`);
  if (sizes.doc > sizes.win) found.push(`${screen}: page scrollWidth ${sizes.doc} > window ${sizes.win}`);
  return found;
}

async function seed(page: Page) {
  await page.getByRole('button', { name: 'ENG', exact: true }).click();
  await register(page, 'Сапаров Ерлан', '2026-11-17T10:00', 'Blocking');
  await register(page, 'Today Person', '2026-11-19T10:00', 'Access to personal data');
}

async function visitEveryScreen(page: Page, locale: keyof typeof LANG_BUTTON, check: (screen: string) => Promise<void>) {
  await openMenu(page);
  await page.getByRole('button', { name: LANG_BUTTON[locale], exact: true }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(locale);
  await goTo(page, 'cases');
  await page.locator('.case-row').first().waitFor();
  await expect.poll(() => page.getByTestId('case-count').textContent()).toMatch(/2/);
  await check(`cases-${locale}`);

  await page.locator('#main .page-header .btn--primary').click();
  await page.locator('form[data-testid="intake-form"], form').first().waitFor();
  await check(`intake-${locale}`);
  await page.locator('#main form button[type="submit"]').click();
  await page.locator('[aria-invalid="true"]').first().waitFor();
  await check(`intake-errors-${locale}`);

  await goTo(page, 'cases');
  await page.locator('.case-row').first().waitFor();
  await page.locator('.case-row').first().getByRole('link').click();
  await page.getByTestId('case-number').waitFor();
  await page.locator('[data-testid="obligation"] button').first().click();
  await page.getByTestId('action-form').waitFor();
  await check(`case-action-${locale}`);

  await goTo(page, 'deadlines');
  await page.getByTestId('deadline-row').first().waitFor();
  await check(`deadlines-${locale}`);

  await goTo(page, 'documents');
  await page.locator('#main h1').waitFor();
  await check(`documents-${locale}`);

  await goTo(page, 'register');
  await page.locator('.case-row').first().waitFor();
  await check(`register-${locale}`);

  await goTo(page, 'settings');
  await page.getByTestId('year-grid').waitFor();
  await check(`settings-${locale}`);
}

describe('accessibility of every screen', () => {
  it('axe finds no violation on any screen in kk, ru or en', async () => {
    const { page, context, problems } = await suite.open({ fixedTime: new Date('2026-11-20T08:00:00Z') });
    await seed(page);
    const found: string[] = [];
    for (const locale of ['kk', 'ru', 'en'] as const) {
      await visitEveryScreen(page, locale, async (screen) => {
        found.push(...(await axeViolations(page, screen)));
      });
    }
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('with the system set to dark, the dark palette has no axe violation on any screen; screenshots dark-<screen>-<lang>.png', async () => {
    const { page, context, problems } = await suite.open({ fixedTime: new Date('2026-11-20T08:00:00Z') });
    await page.emulateMedia({ colorScheme: 'dark' });
    await seed(page);
    // The app follows the system: the page is drawn dark (the palette's --bg in dark).
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(18, 22, 28)');
    const found: string[] = [];
    for (const locale of ['kk', 'ru', 'en'] as const) {
      await visitEveryScreen(page, locale, async (screen) => {
        await screenshot(page, `dark-${screen}`);
        found.push(...(await axeViolations(page, `dark ${screen}`)));
      });
      await goTo(page, 'overview');
      await page.getByTestId('overview-charts').waitFor();
      await screenshot(page, `dark-overview-${locale}`);
      found.push(...(await axeViolations(page, `dark overview-${locale}`)));
    }
    expect(found).toEqual([]);

    // Settings → Language and time → Appearance: Light overrides the system, is kept after a restart, and
    // "As the system" follows the system again.
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await page.evaluate(() => {
      window.location.hash = '#/settings/general';
    });
    await page.locator('select[name="theme"]').selectOption('light');
    await expect.poll(background).toBe('rgb(244, 245, 247)');
    await page.reload();
    await page.locator('select[name="theme"]').waitFor();
    expect(await page.locator('select[name="theme"]').inputValue()).toBe('light');
    expect(await background()).toBe('rgb(244, 245, 247)');
    await page.locator('select[name="theme"]').selectOption('system');
    await expect.poll(background).toBe('rgb(18, 22, 28)');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('at 640 × 400 (1280 × 800 at 200 %) every screen is usable without sideways scrolling', async () => {
    const { page, context, problems } = await suite.open({ fixedTime: new Date('2026-11-20T08:00:00Z') });
    await seed(page);
    // A 1280 × 800 window at 200 % zoom.
    await page.setViewportSize({ width: 640, height: 400 });
    const found: string[] = [];
    await visitEveryScreen(page, 'en', async (screen) => {
      await screenshot(page, `reflow-640-${screen}`);
      found.push(...(await sidewaysScroll(page, screen)));
    });
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('at 640 × 800 in Kazakh (the longest words) every screen fits; the screenshots are reflow-<screen>-kk.png', async () => {
    const { page, context, problems } = await suite.open({ fixedTime: new Date('2026-11-20T08:00:00Z') });
    await seed(page);
    await page.setViewportSize({ width: 640, height: 800 });
    const found: string[] = [];
    await visitEveryScreen(page, 'kk', async (screen) => {
      await screenshot(page, `reflow-${screen}`); // screen names carry their locale: reflow-cases-kk …
      found.push(...(await sidewaysScroll(page, screen)));
    });
    expect(found).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
