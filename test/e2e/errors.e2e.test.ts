/**
 * An area that throws while rendering, in the real app: made to throw the honest way — by a record
 * the area cannot draw (an obligation whose due instant is not a time, as a faulty import or
 * migration could leave it), written into IndexedDB behind the app's back. No test hook ships.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './harness/browser';
import { appSuite } from './harness/suite';

const suite = appSuite();

async function register(page: Page, name: string, email: string) {
  await page.locator('nav a[data-area="cases"]').click();
  await page.getByRole('button', { name: 'New request' }).click();
  await page.getByLabel('Full name *').fill(name);
  await page.getByLabel('E-mail', { exact: true }).fill(email);
  await page.getByLabel(/Received at/).fill('2026-11-16T10:00');
  await page.getByLabel('Blocking', { exact: true }).check();
  await page.getByRole('button', { name: 'Register' }).click();
  await page.getByTestId('case-number').waitFor();
  return (await page.getByTestId('case-number').textContent())!;
}

/** Makes every open obligation's due instant unreadable (still inside the [status+dueAt] index range). */
async function corruptDueInstants(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('qorgau');
        open.onsuccess = () => {
          const tx = open.result.transaction('obligations', 'readwrite');
          const store = tx.objectStore('obligations');
          const all = store.getAll();
          let changed = 0;
          all.onsuccess = () => {
            for (const row of all.result as { status: string; dueAt: string }[]) {
              if (row.status !== 'open') continue;
              store.put({ ...row, dueAt: `${row.dueAt.slice(0, 10)}T99:99:00.000Z` });
              changed += 1;
            }
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve(changed);
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
        open.onerror = () => reject(new Error(String(open.error)));
      }),
  );
}

describe('an area that cannot be drawn', () => {
  it('shows the error surface in that area only, in each language; the report is a download without personal data; back to the case list works', async () => {
    const { page, context, problems } = await suite.open();
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    const number = await register(page, 'Әлия Жұмабекқызы', 'aliya@example.kz');
    expect(await corruptDueInstants(page)).toBeGreaterThan(0);

    await page.locator('nav a[data-area="deadlines"]').click();
    const surface = page.getByTestId('error-surface');
    await surface.waitFor();
    expect(await surface.getAttribute('data-area')).toBe('deadlines');
    expect(await surface.locator('h2').textContent()).toBe('The “Deadlines” section stopped working');
    // Only the area: the sidebar is still there and works.
    expect(await page.locator('main [data-testid="error-surface"]').count()).toBe(1);
    expect(await page.locator('nav a').count()).toBe(8);
    await screenshot(page, 'error-surface-en');

    await page.getByRole('button', { name: 'ҚАЗ', exact: true }).click();
    await expect.poll(() => surface.locator('h2').textContent()).toBe('«Мерзімдер» бөлімі жұмысын тоқтатты');
    await screenshot(page, 'error-surface-kk');
    await page.getByRole('button', { name: 'РУС', exact: true }).click();
    await expect.poll(() => surface.locator('h2').textContent()).toBe('Раздел «Сроки» перестал работать');
    await surface.locator('summary').click();
    await screenshot(page, 'error-surface-ru');

    const [download] = await Promise.all([page.waitForEvent('download'), surface.getByRole('button', { name: 'Отправить диагностический отчёт' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^qorgau-error-report-.*\.json$/);
    const text = await readFile(await download.path(), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ platform: 'browser', area: 'deadlines', source: 'render', locale: 'ru', error: { name: 'InstantParseError' } });
    for (const personal of ['Әлия', 'aliya@example.kz', number]) expect(text).not.toContain(personal);
    await expect.poll(() => surface.getByTestId('error-report-status').textContent()).toBe(`Скачано как ${download.suggestedFilename()}`);

    // A reload (the window keeps the route) shows the surface again — never a blank window.
    await page.reload();
    await page.getByTestId('error-surface').waitFor();
    expect(await page.locator('nav a').count()).toBe(8);

    await page.getByRole('button', { name: 'Вернуться к списку обращений' }).click();
    await page.getByTestId('case-list').locator(`[data-number="${number}"]`).waitFor();
    expect(page.url()).toMatch(/#\/cases$/);
    expect(await page.getByTestId('error-surface').count()).toBe(0);

    // What the console saw: the unreadable instant only (React logs what a boundary caught; the deadline
    // notifier, which reads the same obligations, fails on it too and reports it through runTask).
    expect(problems.filter((p) => !p.includes('InstantParseError: invalid Date'))).toEqual([]);
    await context.close();
  });
});
