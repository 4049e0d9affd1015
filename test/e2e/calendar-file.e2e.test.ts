import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { generateKzYear } from '../../shared/calendar/kz-generate';
import { RESULTS_DIR } from './harness/browser';
import { appSuite } from './harness/suite';

const suite = appSuite();

/** The shipped KZ 2026 days plus an (example) MLSP order making Fri 08.05.2026 a day off. */
const calendarFile = JSON.stringify({
  format: 'qorgau-calendar',
  version: 1,
  calendar: 'kz',
  title: 'MLSP order on a day off on 8 May 2026 (example)',
  published: '2026-04-20',
  years: [{ year: 2026, status: 'order', sources: ['KZ Holidays Law', 'MLSP order (example)'] }],
  days: [
    ...generateKzYear(2026),
    {
      date: '2026-05-08',
      working: false,
      kind: 'transfer-day-off',
      name: { kk: 'Демалыс күні', ru: 'Выходной день', en: 'Day off' },
      source: 'MLSP order (example)',
      status: 'order',
    },
  ].sort((a, b) => (a.date < b.date ? -1 : 1)),
});

async function sectionShot(section: Locator, name: string): Promise<void> {
  const dir = path.join(RESULTS_DIR, 'screenshots');
  mkdirSync(dir, { recursive: true });
  await section.screenshot({ path: path.join(dir, `${name}.png`) });
}

async function chooseFile(page: Page, name: string, text: string): Promise<void> {
  await page.locator('input[name="calendarFile"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

describe('a calendar file', () => {
  it('is refused with reasons when broken; when good it shows its changes, moves a deadline when applied, and can be removed', async () => {
    const { page, context, problems } = await suite.open();
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await page.getByRole('button', { name: 'New request' }).click();
    await page.getByLabel('Full name *').fill('Дина Әбенова');
    await page.getByLabel('E-mail', { exact: true }).fill('dina@example.kz');
    // Wed 06.05.2026: Thu 07.05 is Defender of the Fatherland Day, so 1 working day ends Fri 08.05 18:00.
    await page.getByLabel(/Received at/).fill('2026-05-06T10:00');
    await page.getByLabel('Blocking', { exact: true }).check();
    await page.getByRole('button', { name: 'Register' }).click();
    const due = page.locator('[data-testid="obligation"][data-rule="kz.block"] [data-testid="due"]');
    await expect.poll(() => due.textContent()).toBe('due 08.05.2026 18:00 (Asia/Almaty)');
    const caseUrl = page.url();

    await page.locator('nav a[data-area="settings"]').click();
    const section = page.getByTestId('calendar-file');
    expect(await page.getByTestId('calendar-file-loaded-kz').textContent()).toContain('No file loaded');
    await chooseFile(page, 'broken.json', JSON.stringify({ format: 'qorgau-calendar', version: 1, calendar: 'kz', extra: 1 }));
    await expect.poll(() => page.getByTestId('calendar-file-problems').textContent()).toMatch(/extra/);

    await chooseFile(page, 'kz-2026-order.json', calendarFile);
    const rows = page.locator('[data-testid="calendar-file-changes"] tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-date')).toBe('2026-05-08');
    expect(await rows.first().textContent()).toContain('day off');
    await section.scrollIntoViewIfNeeded();
    await sectionShot(section, 'calendar-file-preview-en');
    for (const [button, name] of [
      ['ҚАЗ', 'calendar-file-preview-kk'],
      ['РУС', 'calendar-file-preview-ru'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      await section.scrollIntoViewIfNeeded();
      await sectionShot(section, name);
    }
    await page.getByRole('button', { name: 'ENG', exact: true }).click();

    await page.getByRole('button', { name: 'Apply the file' }).click();
    await expect.poll(() => section.locator('p[role="status"]').textContent()).toBe('Applied. Deadlines moved: 1.');
    // The loaded file is a live read of its own: it may be drawn a render after the status line.
    await expect.poll(() => page.getByTestId('calendar-file-loaded-kz').textContent()).toContain('kz-2026-order.json');
    await sectionShot(section, 'calendar-file-loaded-en');
    await page.goto(caseUrl);
    // Fri 08.05 is now a day off; Sat 09.05 Victory Day, Sun 10.05, Mon 11.05 (moved from 09.05) → Tue 12.05.
    await expect.poll(() => due.textContent()).toBe('due 12.05.2026 18:00 (Asia/Almaty)');

    await page.locator('nav a[data-area="settings"]').click();
    await page.getByRole('button', { name: 'Remove the file (back to the shipped data)' }).click();
    await expect.poll(() => page.getByTestId('calendar-file').locator('p[role="status"]').textContent()).toBe('Removed. Deadlines moved: 1.');
    await page.goto(caseUrl);
    await expect.poll(() => due.textContent()).toBe('due 08.05.2026 18:00 (Asia/Almaty)');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a breach notice (K8) runs from the moment of detection', () => {
  it('is due at the same time on the next working day; the Art. 173 reading in Settings re-dates it', async () => {
    const { page, context, problems } = await suite.open();
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await page.getByRole('button', { name: 'New request' }).click();
    await page.getByLabel('Full name *').fill('Айгүл Серікова');
    await page.getByLabel('E-mail', { exact: true }).fill('aigul@example.kz');
    // Tue 26.05.2026 14:35: Wed 27.05 is Kurban Ait, so the notice is due Thu 28.05 at 14:35.
    await page.getByLabel(/Received at/).fill('2026-05-26T14:35');
    await page.getByLabel('Breach of personal-data security', { exact: true }).check();
    await page.getByRole('button', { name: 'Register' }).click();
    const due = page.locator('[data-testid="obligation"][data-rule="kz.breach.notify-authority"] [data-testid="due"]');
    await expect.poll(() => due.textContent()).toBe('due 28.05.2026 14:35 (Asia/Almaty)');
    const caseUrl = page.url();

    await page.locator('nav a[data-area="settings"]').click();
    const section = page.getByTestId('moment-reading');
    expect(await section.locator('input[value="same-time"]').isChecked()).toBe(true);
    await section.locator('input[value="next-day"]').check();
    await expect.poll(() => section.locator('p[role="status"]').textContent()).toMatch(/Deadlines moved: [1-9]/);
    await section.scrollIntoViewIfNeeded();
    await sectionShot(section, 'moment-reading-en');
    await page.goto(caseUrl);
    await expect.poll(() => due.textContent()).toBe('due 28.05.2026 18:00 (Asia/Almaty)');
    expect(problems).toEqual([]);
    await context.close();
  });
});
