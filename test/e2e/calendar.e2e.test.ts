import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openApp, screenshot } from './harness/browser';
import { startStaticServer, type StaticServer } from './harness/static-server';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await startStaticServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const cell = (page: Page, date: string) => page.locator(`[data-testid="year-grid"] [data-date="${date}"]`);

async function openCalendar(page: Page, calendar: 'kz' | 'ru', year: number) {
  await page.locator('nav a[data-area="settings"]').click();
  await page.getByRole('button', { name: calendar === 'kz' ? 'Kazakhstan' : 'Russia' }).click();
  await page.locator('select[name="calendarYear"]').selectOption(String(year));
  await page.locator(`[data-testid="year-grid"][data-calendar="${calendar}"][data-year="${year}"]`).waitFor();
}

describe('working-day calendar screen', () => {
  it('shows each day with its reason, source and status', async () => {
    const { page, context, problems } = await openApp(browser, server.url);
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await openCalendar(page, 'kz', 2025);
    expect(await cell(page, '2025-03-08').getAttribute('data-working')).toBe('false');
    expect(await cell(page, '2025-03-10').getAttribute('data-working')).toBe('false');
    expect(await cell(page, '2025-01-05').getAttribute('data-working')).toBe('true');
    await cell(page, '2025-03-10').click();
    expect(await page.getByTestId('day-reason').textContent()).toMatch(/08\.03\.2025/);
    expect(await page.getByTestId('day-source').textContent()).toMatch(/Art\. 5/);
    await cell(page, '2025-01-05').click();
    expect(await page.getByTestId('day-status').textContent()).toMatch(/reported/);
    const listed = await page.getByTestId('year-list').locator('tbody tr td:first-child').allTextContents();
    expect(listed).toEqual(expect.arrayContaining(['03.01.2025', '05.01.2025', '10.03.2025', '24.03.2025', '25.03.2025', '06.06.2025']));
    await screenshot(page, 'calendar-kz-2025-en');
    await openCalendar(page, 'ru', 2026);
    expect(await cell(page, '2026-01-09').getAttribute('data-working')).toBe('false');
    expect(await cell(page, '2026-12-31').getAttribute('data-working')).toBe('false');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a DPO correction changes the day at once, is refused without a reason, and can be removed', async () => {
    const { page, context } = await openApp(browser, server.url);
    await page.getByRole('button', { name: 'РУС', exact: true }).click();
    await page.locator('nav a[data-area="settings"]').click();
    await page.getByRole('button', { name: 'Казахстан' }).click();
    await page.locator('select[name="calendarYear"]').selectOption('2026');
    await cell(page, '2026-05-08').click();
    await page.getByRole('button', { name: 'Сделать выходным' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('Укажите основание (не менее 3 символов).');
    expect(await cell(page, '2026-05-08').getAttribute('data-working')).toBe('true');
    await page.locator('input[name="overrideNote"]').fill('Приказ МТСЗН № 999 (пример)');
    await page.getByRole('button', { name: 'Сделать выходным' }).click();
    await expect.poll(() => cell(page, '2026-05-08').getAttribute('data-working')).toBe('false');
    expect(await page.getByTestId('override-list').textContent()).toContain('Приказ МТСЗН № 999 (пример)');
    await screenshot(page, 'calendar-kz-2026-override-ru');
    await page.reload();
    await page.locator('select[name="calendarYear"]').selectOption('2026');
    await expect.poll(() => cell(page, '2026-05-08').getAttribute('data-working')).toBe('false');
    await cell(page, '2026-05-08').click();
    await page.getByRole('button', { name: 'Убрать исправление' }).click();
    await expect.poll(() => cell(page, '2026-05-08').getAttribute('data-working')).toBe('true');
    await context.close();
  });
});
