import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './harness/browser';
import { appSuite } from './harness/suite';

const suite = appSuite();

const cell = (page: Page, date: string) => page.locator(`[data-testid="year-grid"] [data-date="${date}"]`);

async function openCalendar(page: Page, calendar: 'kz' | 'ru', year: number) {
  await page.locator('nav a[data-area="settings"]').click();
  await page.getByRole('button', { name: calendar === 'kz' ? 'Kazakhstan' : 'Russia' }).click();
  await page.locator('select[name="calendarYear"]').selectOption(String(year));
  await page.locator(`[data-testid="year-grid"][data-calendar="${calendar}"][data-year="${year}"]`).waitFor();
}

describe('working-day calendar screen', () => {
  it('shows each day with its reason, source and status', async () => {
    const { page, context, problems } = await suite.open();
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
    const { page, context } = await suite.open();
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

describe('corrections reach every open deadline at once', () => {
  it('a day off added on the due day moves a blocking deadline; removing it moves it back; a term setting re-dates access', async () => {
    const { page, context, problems } = await suite.open();
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await page.getByRole('button', { name: 'New request' }).click();
    await page.getByLabel('Full name *').fill('Дина Әбенова');
    await page.getByLabel('E-mail', { exact: true }).fill('dina@example.kz');
    // Wed 06.05.2026: Thu 07.05 is Defender of the Fatherland Day, so 1 working day ends Fri 08.05 18:00.
    await page.getByLabel(/Received at/).fill('2026-05-06T10:00');
    await page.getByLabel('Blocking', { exact: true }).check();
    await page.getByLabel('Access to personal data', { exact: true }).check();
    await page.getByRole('button', { name: 'Register' }).click();
    const due = (rule: string) => page.locator(`[data-testid="obligation"][data-rule="${rule}"] [data-testid="due"]`);
    await expect.poll(() => due('kz.block').textContent()).toBe('due 08.05.2026 18:00 (Asia/Almaty)');
    // 3 working days: Fri 08.05, Tue 12.05 (Mon 11.05 is the day off moved from 09.05), Wed 13.05
    expect(await due('kz.access.provide').textContent()).toBe('due 13.05.2026 18:00 (Asia/Almaty)');
    const caseUrl = page.url();

    await openCalendar(page, 'kz', 2026);
    await cell(page, '2026-05-08').click();
    await page.locator('input[name="overrideNote"]').fill('MLSP order (example)');
    await page.getByRole('button', { name: 'Make it a day off' }).click();
    await expect.poll(() => cell(page, '2026-05-08').getAttribute('data-working')).toBe('false');
    await page.goto(caseUrl);
    // Sat 09.05 Victory Day, Sun 10.05, Mon 11.05 (moved from 09.05) → Tue 12.05
    await expect.poll(() => due('kz.block').textContent()).toBe('due 12.05.2026 18:00 (Asia/Almaty)');

    await openCalendar(page, 'kz', 2026);
    await cell(page, '2026-05-08').click();
    await page.getByRole('button', { name: 'Remove my correction' }).click();
    await expect.poll(() => cell(page, '2026-05-08').getAttribute('data-working')).toBe('true');
    await page.locator(`tr[data-key="kz.access.provide.term"] input`).fill('5');
    await page.locator(`tr[data-key="kz.access.provide.term"]`).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('#terms-title ~ p[role="status"]').textContent()).toMatch(/moved: \d/);
    await screenshot(page, 'settings-terms-en');
    await page.goto(caseUrl);
    await expect.poll(() => due('kz.block').textContent()).toBe('due 08.05.2026 18:00 (Asia/Almaty)');
    // 5 working days from Wed 06.05: 08, 12, 13, 14, 15 → Fri 15.05
    expect(await due('kz.access.provide').textContent()).toBe('due 15.05.2026 18:00 (Asia/Almaty)');
    expect(problems).toEqual([]);
    await context.close();
  });
});
