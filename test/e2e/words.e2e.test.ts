/**
 * Words in the user's language, on a fixed clock (Thu 31.12.2026 13:00 Almaty): a request whose due date
 * falls in 2027 — a year whose KZ calendar is an estimate — shows the estimated-calendar mark beside the
 * due date on the case screen, in the deadlines dashboard, in the case list and on a breach clock, with a link to the calendar
 * settings; a request due in 2026 shows none. Citations, the terms table and Help are read in kk, ru and en
 * and saved as screenshots.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './harness/axe';
import { screenshot } from './harness/browser';
import { appSuite } from './harness/suite';

const suite = appSuite();
const LANG_BUTTON = { kk: 'ҚАЗ', ru: 'РУС', en: 'ENG' } as const;

async function register(page: Page, name: string, received: string, type: string): Promise<string> {
  await page.locator('nav a[data-area="cases"]').click();
  await page.getByRole('button', { name: 'New request' }).click();
  await page.getByLabel('Full name *').fill(name);
  await page.getByLabel('E-mail', { exact: true }).fill('subject@example.kz');
  await page.getByLabel(/Received at/).fill(received);
  await page.getByLabel(type, { exact: true }).check();
  await page.getByRole('button', { name: 'Register' }).click();
  await page.getByTestId('case-number').waitFor();
  return page.url();
}

const go = async (page: Page, hash: string) => {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
};

describe('words in the user language', () => {
  it('marks due dates in an estimated calendar year and shows citations in kk, ru and en', async () => {
    const { page, context, problems } = await suite.open({ fixedTime: new Date('2026-12-31T08:00:00Z') });
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    const plainUrl = await register(page, 'Plain Person', '2026-12-28T10:00', 'Blocking'); // 1 WD → Tue 29.12.2026 (overdue)
    const estimateUrl = await register(page, 'Estimate Person', '2026-12-31T10:00', 'Access to personal data'); // 3 WD → 2027

    // The case screen: the mark beside the due date, its explanation and its link; the citation in English.
    const access = page.locator('[data-testid="obligation"][data-rule="kz.access.provide"]');
    const mark = access.getByTestId('estimate-warning');
    await mark.waitFor();
    const link = mark.getByRole('link', { name: 'Estimated calendar' });
    expect(await link.getAttribute('href')).toBe('#/settings/calendar');
    expect(await link.getAttribute('title')).toMatch(/falls in 2027, whose official calendar of days off is not published yet/);
    expect(await access.getByTestId('rule-citation').textContent()).toBe('Law of the RK on Personal Data and Their Protection, Art. 25 p. 2 sub. 6');
    expect(await access.getByTestId('tag-badge').getAttribute('href')).toBe('#/settings/help');

    await page.goto(plainUrl);
    const block = page.locator('[data-testid="obligation"][data-rule="kz.block"]');
    await block.getByTestId('due').waitFor();
    expect(await block.getByTestId('estimate-warning').count()).toBe(0);

    // The deadlines dashboard and the case list.
    await page.locator('nav a[data-area="deadlines"]').click();
    const estimateRow = page.locator('[data-testid="deadline-row"]', { hasText: 'Estimate Person' });
    await estimateRow.getByTestId('estimate-warning').waitFor();
    expect(await page.locator('[data-testid="deadline-row"]', { hasText: 'Plain Person' }).getByTestId('estimate-warning').count()).toBe(0);
    await page.locator('nav a[data-area="cases"]').click();
    await page.locator('.case-row', { hasText: 'Estimate Person' }).getByTestId('estimate-warning').waitFor();
    expect(await page.locator('.case-row', { hasText: 'Plain Person' }).getByTestId('estimate-warning').count()).toBe(0);

    // A breach detected today: the notice to the authorized body is due on the next working day, in 2027.
    await page.locator('nav a[data-area="breaches"]').click();
    await page.getByRole('button', { name: 'Register an incident' }).click();
    const form = page.getByTestId('incident-form');
    await form.getByLabel('Detected at *').fill('2026-12-31T12:00');
    await form.getByLabel('How it was detected *').selectOption('monitoring');
    await form.getByLabel('Detected by *').fill('Сейтқали Нұрлан, SOC');
    await form.getByLabel('Description of the breach *').fill('Выгрузка клиентской базы оказалась в открытом доступе.');
    await form.getByLabel('Information systems *').fill('CRM');
    await form.getByLabel('Categories of personal data *').fill('ФИО');
    await form.getByLabel('Categories of subjects *').fill('клиенты');
    await form.getByLabel('Citizens of Kazakhstan concerned (approx.) *').fill('10');
    await form.getByLabel('Citizens of Russia concerned (approx.) *').fill('0');
    await form.getByLabel('Contact person: full name *').fill('Омарова Сәуле Түркістанқызы');
    await form.getByRole('button', { name: 'Register the incident' }).click();
    await page.getByTestId('incident-number').waitFor();
    const kzClock = page.locator('[data-testid="incident-clock"][data-rule="kz.breach.notify-authority"]');
    await kzClock.getByTestId('estimate-warning').waitFor();
    await kzClock.scrollIntoViewIfNeeded();
    await screenshot(page, 'words-breach-en');
    await page.locator('nav a[data-area="breaches"]').click();
    await page.getByTestId('breach-row').getByTestId('estimate-warning').waitFor();
    await page.locator('nav a[data-area="cases"]').click();
    await page.locator('.case-row', { hasText: 'Estimate Person' }).getByTestId('estimate-warning').waitFor();
    await screenshot(page, 'words-cases-en');
    expect(await axeViolations(page, 'case list with the estimated-calendar mark')).toEqual([]);

    // The link leads to the calendar settings.
    await page.goto(estimateUrl);
    await access.getByTestId('estimate-warning').getByRole('link').click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/settings/calendar');

    for (const lang of ['kk', 'ru', 'en'] as const) {
      await page.getByRole('button', { name: LANG_BUTTON[lang], exact: true }).click();
      await page.goto(estimateUrl);
      await access.getByTestId('estimate-warning').waitFor();
      const citation = (await access.getByTestId('rule-citation').textContent()) ?? '';
      if (lang === 'kk') expect(citation).toBe('«Дербес деректер және оларды қорғау туралы» ҚР Заңы, 25-бап 2-тармақ 6) тармақша');
      if (lang === 'ru') expect(citation).toBe('Закон РК «О персональных данных и их защите», ст. 25 п. 2 пп. 6)');
      await page.getByTestId('obligation').first().scrollIntoViewIfNeeded();
      await screenshot(page, `words-case-${lang}`);
      expect(await axeViolations(page, `case screen with the estimated-calendar mark (${lang})`)).toEqual([]);
      await page.locator('nav a[data-area="deadlines"]').click();
      await page.locator('[data-testid="deadline-row"]', { hasText: 'Estimate Person' }).getByTestId('estimate-warning').waitFor();
      await screenshot(page, `words-deadlines-${lang}`);
      await go(page, '#/settings/terms');
      const terms = page.getByTestId('terms-table');
      await terms.waitFor();
      const provide = terms.locator('tr[data-key="kz.access.provide.term"]');
      const shown = (await provide.textContent()) ?? '';
      expect(shown).not.toMatch(/legal-reference|§|original 2013 text|\(K1a\)/);
      if (lang !== 'en') expect(shown).not.toMatch(/\bLaw 94-V\b|\bArt\.|\bWD\b/);
      await screenshot(page, `words-terms-${lang}`);
      expect(await axeViolations(page, `terms with localized citations (${lang})`)).toEqual([]);
      await go(page, '#/settings/calendar');
      const yearList = page.getByTestId('year-list');
      await yearList.waitFor();
      const sources = await yearList.locator('tbody tr td:nth-child(4)').allTextContents();
      expect(sources.length).toBeGreaterThan(3);
      // The sources name the acts in the interface language: no English (Roman numerals of law numbers aside).
      if (lang !== 'en') for (const text of sources) expect(text.match(/[A-Za-z]{2,}/g)?.filter((w) => !/^[IVXLC]+$/.test(w)) ?? []).toEqual([]);
      await yearList.scrollIntoViewIfNeeded();
      await screenshot(page, `words-calendar-${lang}`);
      await go(page, '#/settings/help');
      await page.getByTestId('help-tags').waitFor();
      await page.getByTestId('help-tags').scrollIntoViewIfNeeded();
      await screenshot(page, `words-help-${lang}`);
    }

    // The English interface shows the grounds in English.
    await go(page, '#/settings/grounds');
    const ground = page.locator('[data-ground="kz-no-data-held"]');
    await ground.waitFor();
    expect(await ground.getByTestId('ground-citation').textContent()).toBe(
      'Law of the RK of 21.05.2013 No. 94-V on Personal Data and Their Protection, Art. 24 p. 1 sub. 1; Art. 25 p. 2 sub. 6',
    );
    await screenshot(page, 'words-grounds-en');
    expect(problems).toEqual([]);
    await context.close();
  });
});
