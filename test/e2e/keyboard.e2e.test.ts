/**
 * Issue 18: the daily tasks by keyboard alone, checking where focus lands after each step — register a
 * request, record an action (Escape closes the form, focus returns to its button), open a case from
 * Deadlines. No mouse event is sent: only Tab, Shift+Tab, Enter, Space, Escape and typed text.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appSuite } from './harness/suite';

const suite = appSuite();

interface Focused {
  readonly tag: string;
  readonly text: string;
  readonly label: string;
  readonly href: string;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const input = element as HTMLInputElement | null;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      text: element?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      label: input?.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim() ?? element?.getAttribute('aria-label') ?? '',
      href: element?.getAttribute('href') ?? '',
    };
  });

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
async function tabTo(page: Page, what: string, matches: (f: Focused) => boolean, backwards = false, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${what}; focus is on ${JSON.stringify(await focused(page))}`);
}

/** The text of the focused h1, or undefined when focus is not on a heading. */
const focusedHeading = async (page: Page): Promise<string | undefined> => {
  const f = await focused(page);
  return f.tag === 'h1' ? f.text : undefined;
};

const announced = (page: Page) => page.locator('#announcer').textContent();

describe('keyboard only', () => {
  it('registers a request, records an action, opens the case from Deadlines and from the list, focus landing where it should', async () => {
    const { page, context, problems } = await suite.open({ fixedTime: new Date('2026-11-20T08:00:00Z') });
    // The skip link is the first stop and takes focus to the screen's heading (the app opens in Kazakh).
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Мазмұнға өту' });
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Өтініштер' });
    expect(await page.title()).toBe('Өтініштер — Qorgau');

    // English, chosen by keyboard too; the title follows the language.
    await tabTo(page, 'ENG', (f) => f.tag === 'button' && f.text === 'ENG', true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => page.title()).toBe('Cases — Qorgau');

    // New request: focus on its heading, the title names it.
    await tabTo(page, 'New request', (f) => f.text === 'New request');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedHeading(page)).toBe('Register a request');
    expect(await page.title()).toBe('Register a request — Cases — Qorgau');

    // An empty submit: one summary alert, focus on the first field with a problem.
    await tabTo(page, 'Register', (f) => f.tag === 'button' && f.text === 'Register');
    await page.keyboard.press('Enter');
    await page.getByTestId('form-problems').waitFor();
    expect(await page.getByRole('alert').count()).toBe(1);
    await expect.poll(async () => (await focused(page)).label).toBe('Full name *');
    await page.keyboard.type('Сапаров Ерлан');
    await tabTo(page, 'E-mail', (f) => f.label === 'E-mail');
    await page.keyboard.type('erlan@example.kz');
    await tabTo(page, 'Blocking', (f) => f.label === 'Blocking');
    await page.keyboard.press('Space');
    await tabTo(page, 'Access to personal data', (f) => f.label === 'Access to personal data');
    await page.keyboard.press('Space');
    await tabTo(page, 'Register', (f) => f.tag === 'button' && f.text === 'Register');
    await page.keyboard.press('Enter');

    // Registered: focus on the case's heading (its number alone), the title names the case, it is announced.
    await page.getByTestId('case-number').waitFor();
    const number = (await page.getByTestId('case-number').textContent()) ?? '';
    expect(number).toMatch(/^DSR-2026-\d{6}$/);
    await expect.poll(() => focusedHeading(page)).toBe(number);
    expect(await page.title()).toBe(`${number} — Cases — Qorgau`);
    await expect.poll(() => announced(page)).toBe(`Request ${number} registered.`);

    // The action form takes focus; Escape closes it and gives focus back to its button.
    await tabTo(page, 'Blocked', (f) => f.tag === 'button' && f.text === 'Blocked');
    await page.keyboard.press('Enter');
    await page.getByTestId('action-form').waitFor();
    expect((await focused(page)).label).toMatch(/^Done at/);
    await page.keyboard.press('Escape');
    await page.getByTestId('action-form').waitFor({ state: 'detached' });
    expect(await focused(page)).toMatchObject({ tag: 'button', text: 'Blocked' });

    // Recorded: announced, and focus stays in the obligation (on its next action). What was done is required.
    await page.keyboard.press('Enter');
    await page.getByTestId('action-form').waitFor();
    await tabTo(page, 'What was done', (f) => /^What was done/.test(f.label));
    await page.keyboard.type('blocked in the CRM');
    await tabTo(page, 'Record', (f) => f.tag === 'button' && f.text === 'Record');
    await page.keyboard.press('Enter');
    await page.getByTestId('action-form').waitFor({ state: 'detached' });
    await expect.poll(() => announced(page)).toBe('Recorded: Blocked.');
    await expect
      .poll(() =>
        page.evaluate(() => document.activeElement?.closest('[data-testid="obligation"]') !== null || document.activeElement?.id === 'obligations-title'),
      )
      .toBe(true);

    // Deadlines by the sidebar (backwards from the pane), then the case by the link in its row.
    await tabTo(page, 'Deadlines', (f) => f.tag === 'a' && f.text === 'Deadlines', true);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedHeading(page)).toBe('Deadlines');
    expect(await page.title()).toBe('Deadlines — Qorgau');
    await tabTo(page, `the link to ${number}`, (f) => f.tag === 'a' && f.text === number);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedHeading(page)).toBe(number);
    expect(page.url()).toMatch(/#\/cases\/[^/]+$/);

    // The case list by the sidebar (focus on its heading), then the case by the link in its row.
    await tabTo(page, 'Cases', (f) => f.tag === 'a' && f.text === 'Cases', true);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedHeading(page)).toBe('Cases');
    await tabTo(page, `the list's link to ${number}`, (f) => f.tag === 'a' && f.text === number);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedHeading(page)).toBe(number);
    expect(page.url()).toMatch(/#\/cases\/[^/]+$/);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('the Settings calendar is one Tab stop per month; arrow keys move between days and months; days are named', async () => {
    const { page, context, problems } = await suite.open();
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await page.locator('nav a[data-area="settings"]').click();
    const grid = page.locator('[data-testid="year-grid"][data-calendar="kz"][data-year="2026"]');
    await grid.waitFor();
    expect(await grid.locator('[tabindex="0"]').count()).toBe(12);
    expect(await grid.locator('[role="gridcell"]').count()).toBe(365);
    expect(await grid.locator('[data-date="2026-01-01"]').getAttribute('aria-label')).toMatch(/^1 January 2026, /);
    expect(await grid.locator('[data-date="2026-01-05"]').getAttribute('aria-label')).toBe('5 January 2026, working day');

    // Tab from the year select reaches January's stop; the next Tab goes to February's, not to 2 January.
    await page.locator('select[name="calendarYear"]').focus();
    await tabTo(page, 'January', () => true);
    const activeDate = () => page.evaluate(() => document.activeElement?.getAttribute('data-date'));
    expect(await activeDate()).toBe('2026-01-01');
    await page.keyboard.press('Tab');
    expect(await activeDate()).toBe('2026-02-01');
    await page.keyboard.press('Shift+Tab');
    expect(await activeDate()).toBe('2026-01-01');

    await page.keyboard.press('ArrowRight');
    await expect.poll(activeDate).toBe('2026-01-02');
    await page.keyboard.press('ArrowDown');
    await expect.poll(activeDate).toBe('2026-01-09');
    await page.keyboard.press('End');
    await expect.poll(activeDate).toBe('2026-01-11');
    await page.keyboard.press('PageDown');
    await expect.poll(activeDate).toBe('2026-02-11');
    await page.keyboard.press('Enter');
    await page.getByTestId('day-detail').waitFor();
    expect(await grid.locator('[data-date="2026-02-11"]').getAttribute('aria-selected')).toBe('true');
    // February now holds its Tab stop on the selected day.
    expect(await grid.locator('[tabindex="0"]').count()).toBe(12);
    expect(await grid.locator('[data-date="2026-02-11"]').getAttribute('tabindex')).toBe('0');

    expect(problems).toEqual([]);
    await context.close();
  });
});
