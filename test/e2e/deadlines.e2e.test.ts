import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './harness/browser';
import { appSuite } from './harness/suite';

const suite = appSuite();

async function register(page: Page, name: string, received: string, type: string) {
  await page.locator('nav a[data-area="cases"]').click();
  await page.getByRole('button', { name: 'New request' }).click();
  await page.getByLabel('Full name *').fill(name);
  await page.getByLabel('E-mail', { exact: true }).fill('subject@example.kz');
  await page.getByLabel(/Received at/).fill(received);
  await page.getByLabel(type, { exact: true }).check();
  await page.getByRole('button', { name: 'Register' }).click();
  await page.getByTestId('case-number').waitFor();
}

describe('deadline dashboard on a fixed clock', () => {
  it('puts each obligation in the right bucket, counts them, and is right on the due day itself', async () => {
    // Fri 20.11.2026 13:00 in Almaty
    const { page, context, problems } = await suite.open({ fixedTime: new Date('2026-11-20T08:00:00Z') });
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await register(page, 'Overdue Person', '2026-11-17T10:00', 'Blocking'); // due Wed 18.11 18:00
    await register(page, 'Today Person', '2026-11-19T10:00', 'Blocking'); // due Fri 20.11 18:00 — today
    await register(page, 'Soon Person', '2026-11-19T10:00', 'Access to personal data'); // due Tue 24.11 — one row for the one duty
    await register(page, 'Later Person', '2026-11-19T10:00', 'Withdrawal of consent'); // 15 WD → 10.12
    await page.locator('nav a[data-area="deadlines"]').click();
    const count = (bucket: string) => page.locator(`[data-bucket="${bucket}"] .bucket-count__n`);
    await expect.poll(() => count('overdue').textContent()).toBe('1');
    expect(await count('today').textContent()).toBe('1');
    expect(await count('next-3-working-days').textContent()).toBe('1');
    expect(await count('later').textContent()).toBe('1');
    const today = page.getByTestId('bucket-today').getByTestId('deadline-row');
    expect(await today.locator('td').nth(1).textContent()).toBe('Today Person');
    expect(await today.getByTestId('row-countdown').textContent()).toBe('5 hours left');
    expect(await page.getByTestId('bucket-overdue').getByTestId('row-countdown').textContent()).toMatch(/^overdue by 1 day 19 hours$/);
    await screenshot(page, 'dashboard-en');
    await today.click();
    await expect.poll(() => page.locator('h1 .mono').textContent()).toMatch(/^DSR-2026-00000\d$/);
    await page.locator('nav a[data-area="cases"]').click();
    await page
      .getByRole('button', { name: 'All cases' })
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await page.getByLabel('Next deadline').selectOption('overdue');
    await expect.poll(() => page.locator('.case-row span:nth-child(3)').allTextContents()).toEqual(['Overdue Person']);
    await page.getByLabel('Next deadline').selectOption('next-3-working-days');
    await expect.poll(() => page.locator('.case-row span:nth-child(3)').allTextContents()).toEqual(['Soon Person']);
    expect(problems).toEqual([]);
    await context.close();
  });
});
