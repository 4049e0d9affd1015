import { describe, expect, it } from 'vitest';
import { screenshot } from './harness/browser';
import { appSuite } from './harness/suite';

const suite = appSuite();

const EXPECTED = {
  kk: { button: 'ҚАЗ', nav: ['Өтініштер', 'Мерзімдер', 'Құжаттар', 'Тізілім', 'Шолу', 'Өңдеу тізілімі', 'Бұзушылықтар журналы', 'Баптаулар'] },
  ru: { button: 'РУС', nav: ['Обращения', 'Сроки', 'Документы', 'Реестр', 'Обзор', 'Реестр обработки', 'Журнал нарушений', 'Настройки'] },
  en: { button: 'ENG', nav: ['Cases', 'Deadlines', 'Documents', 'Register', 'Overview', 'Processing register', 'Breach register', 'Settings'] },
} as const;

describe('the shell in Chromium', () => {
  it('opens in Kazakh, walks every area and shows what each will hold', async () => {
    const { page, problems, context } = await suite.open();
    expect(await page.locator('nav a').allTextContents()).toEqual(EXPECTED.kk.nav);
    for (const [index, title] of EXPECTED.kk.nav.entries()) {
      await page.locator('nav a').nth(index).click();
      // The processing area's heading names the register in full; every other heading is its area's name.
      await expect.poll(() => page.locator('h1').textContent()).toBe(title === 'Өңдеу тізілімі' ? 'Дербес деректерді өңдеу әрекеттерінің тізілімі' : title);
      expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe(title);
    }
    expect(page.url()).toMatch(/#\/settings$/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches language, keeps it across a restart, and looks right in all three', async () => {
    const { page, problems, context } = await suite.open();
    for (const locale of ['kk', 'ru', 'en'] as const) {
      await page.getByRole('button', { name: EXPECTED[locale].button, exact: true }).click();
      await expect.poll(() => page.locator('nav a').allTextContents()).toEqual(EXPECTED[locale].nav);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
      await page.locator('nav a').first().click();
      await screenshot(page, `shell-cases-${locale}`);
      await page.locator('nav a').last().click();
      await page
        .getByTestId('app-version')
        .getByText(/Qorgau/)
        .waitFor();
      await screenshot(page, `shell-settings-${locale}`);
    }
    await page.getByRole('button', { name: 'РУС', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Настройки');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Настройки');
    expect(await page.locator('nav a').allTextContents()).toEqual(EXPECTED.ru.nav);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the clock in Asia/Almaty whatever the machine zone, and follows the chosen zone', async () => {
    const { page, context } = await suite.open({ timezoneId: 'America/New_York' });
    const almaty = await page.locator('.clock time').textContent();
    const expected = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Almaty', hour: '2-digit', hourCycle: 'h23' }).format(new Date());
    expect(almaty?.split(' ')[1]?.slice(0, 2)).toBe(expected);
    await page.locator('nav a').last().click();
    await page.locator('select[name="displayTimeZone"]').selectOption('Europe/Moscow');
    await expect.poll(() => page.locator('.clock span').textContent()).toBe('Europe/Moscow');
    await context.close();
  });

  it('asks for persistent storage and shows the answer with the quota', async () => {
    const { page, context } = await suite.open();
    await page.locator('nav a').last().click();
    await page.getByTestId('persistence').waitFor();
    expect(await page.getByTestId('storage-usage').textContent()).toMatch(/\d/);
    await context.close();
  });
});
