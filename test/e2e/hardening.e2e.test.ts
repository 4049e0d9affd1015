/**
 * Issue 16 in Chromium against real IndexedDB, with two pages of the same origin as two windows of the app:
 * a restore racing a write from another window, another window upgrading the database (and the older build
 * then refusing the newer schema), an upgrade held up by an older window, and a spoofed attachment name.
 */
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/db/schema';
import { axeViolations } from './harness/axe';
import { screenshot } from './harness/browser';
import { appSuite } from './harness/suite';

const suite = appSuite();

async function register(page: Page, name: string, received: string, attachment?: { name: string; buffer: Buffer }) {
  await page.locator('nav a[data-area="cases"]').click();
  await page.getByRole('button', { name: 'New request' }).click();
  await page.getByLabel('Full name *').fill(name);
  await page.getByLabel('E-mail', { exact: true }).fill('subject@example.kz');
  await page.getByLabel(/Received at/).fill(received);
  await page.getByLabel('Blocking', { exact: true }).check();
  if (attachment)
    await page.getByLabel('Attachments', { exact: true }).setInputFiles({ name: attachment.name, mimeType: 'application/pdf', buffer: attachment.buffer });
  await page.getByRole('button', { name: 'Register' }).click();
  await page.getByTestId('case-number').waitFor();
  return (await page.getByTestId('case-number').textContent())!;
}

async function openSettings(page: Page) {
  await page.locator('nav a[data-area="settings"]').click();
  await page.getByTestId('backup-section').waitFor();
}

/** A second window of the same origin running the app. */
async function secondWindow(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${suite.server.url}/index.html`);
  await page.locator('nav a').first().waitFor();
  return page;
}

const caseNames = async (page: Page): Promise<string[]> => {
  await page.locator('nav a[data-area="cases"]').click();
  await page.getByTestId('case-list').waitFor();
  return page.getByTestId('case-list').locator('[role="row"] bdi').allTextContents();
};

describe('hardening (issue 16) across windows', () => {
  it('a case registered in another window while the safety copy is being kept is never lost: the restore is refused, then goes through', async () => {
    const { page, context, problems } = await suite.open();
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await register(page, 'Айгүл Сейітқызы', '2026-11-16T10:00');
    await openSettings(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up now' }).click()]);
    const file = path.join(os.tmpdir(), `qorgau-e2e-race-${Date.now()}.json`);
    await download.saveAs(file);
    await register(page, 'Марат Оспанов', '2026-11-17T11:00');

    const other = await secondWindow(context);
    // The other window holds the store of kept copies busy, so this window's restore waits right after it has
    // read its safety copy — a deterministic gap for the other window's write.
    await expect.poll(() => other.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toContain('qorgau-pre-upgrade');
    await other.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('qorgau-pre-upgrade');
          open.onerror = () => reject(new Error('open failed'));
          open.onsuccess = () => {
            const store = open.result.transaction('copies', 'readwrite').objectStore('copies');
            const w = window as unknown as { __hold: boolean };
            w.__hold = true;
            const spin = () => {
              if (w.__hold) store.count().onsuccess = spin;
            };
            spin();
            resolve();
          };
        }),
    );
    await page.evaluate(() => {
      const w = window as unknown as { __keepQueued: boolean };
      w.__keepQueued = false;
      for (const method of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
          if (this.transaction.db.name === 'qorgau-pre-upgrade') w.__keepQueued = true;
          return original.apply(this, args);
        };
      }
    });
    await openSettings(page);
    await page.locator('input[name="restoreFile"]').setInputFiles(file);
    await page.getByTestId('restore-confirm').waitFor();
    await page.getByRole('button', { name: 'Replace with the file' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __keepQueued: boolean }).__keepQueued)).toBe(true);

    // The copy has been read; the other window registers a case, then lets the copy be stored.
    await register(other, 'Другое Окно', '2026-11-18T09:00');
    await other.evaluate(() => {
      (window as unknown as { __hold: boolean }).__hold = false;
    });
    await expect
      .poll(() => page.getByTestId('restore-problem').textContent())
      .toBe(
        'Nothing was changed: the data changed in another window while the copy was being made (the change would have been lost). Close the other windows of Qorgau and restore again.',
      );
    await screenshot(page, 'hardening-restore-race-en');
    expect(await axeViolations(page, 'restore-race')).toEqual([]);
    await page.getByTestId('restore-problem').locator('..').getByRole('button').click();
    expect((await caseNames(page)).sort()).toEqual(['Айгүл Сейітқызы', 'Другое Окно', 'Марат Оспанов']);

    // Again, with nothing in between: the restore goes through, and the copy it kept holds all three cases.
    await other.close();
    await openSettings(page);
    await page.locator('input[name="restoreFile"]').setInputFiles(file);
    await page.getByTestId('restore-confirm').waitFor();
    await page.getByRole('button', { name: 'Replace with the file' }).click();
    await expect.poll(() => page.getByTestId('backup-notice').textContent()).toMatch(/^Restored from .*: 1 cases/);
    const kept = page.getByTestId('kept-list').locator('li');
    await expect.poll(() => kept.count()).toBe(2);
    const [copy] = await Promise.all([page.waitForEvent('download'), kept.first().getByRole('button', { name: 'Download' }).click()]);
    const { readFile } = await import('node:fs/promises');
    const header = JSON.parse(`${(await readFile(await copy.path(), 'utf8')).split('\n')[0]}null}`) as {
      manifest: { kind: string; counts: { cases: number } };
    };
    expect(header.manifest).toMatchObject({ kind: 'pre-restore', counts: { cases: 3 } });
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });

  it('another window upgrading the database: this one stops with a message; reloaded, this (older) build refuses the newer schema', async () => {
    const { page, context } = await suite.open();
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await register(page, 'Айгүл Сейітқызы', '2026-11-16T10:00');
    const other = await secondWindow(context);
    // The other window is a newer build: it opens the database at the next version.
    const newer = (CURRENT_SCHEMA_VERSION + 1) * 10;
    await other.evaluate(
      (version) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('qorgau', version);
          open.onerror = () => reject(new Error(String(open.error)));
          open.onblocked = () => reject(new Error('blocked: a window did not let go'));
          open.onsuccess = () => {
            open.result.close();
            resolve();
          };
        }),
      newer,
    );
    const changed = page.getByTestId('database-changed-elsewhere');
    await changed.waitFor();
    expect(await changed.locator('h1').textContent()).toBe('Qorgau was updated in another window — reload');
    await screenshot(page, 'hardening-updated-elsewhere-en');
    expect(await axeViolations(page, 'updated-elsewhere')).toEqual([]);
    await other.close();
    await changed.getByRole('button', { name: 'Reload' }).click();
    const refused = page.getByTestId('database-newer');
    await refused.waitFor();
    expect(await refused.textContent()).toContain(
      `The database on this computer has version ${CURRENT_SCHEMA_VERSION + 1}; this Qorgau knows up to ${CURRENT_SCHEMA_VERSION}.`,
    );
    await screenshot(page, 'hardening-newer-schema-en');
    // Nothing was touched: the database is still at the newer version.
    expect(await page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'qorgau')?.version)).toBe(newer);
    await context.close();
  });

  it('an older window that keeps the database open holds up the upgrade: the message says so, and the app opens once it closes', async () => {
    const { page, context, problems } = await suite.open();
    // An older window, on a page of the same origin where the app is not running: a version-1 database,
    // its connection kept open and deaf to versionchange.
    const stylesheet = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')!.href);
    const old = await context.newPage();
    await old.goto(stylesheet);
    await old.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const del = indexedDB.deleteDatabase('qorgau');
          del.onerror = () => reject(new Error('delete failed'));
          del.onsuccess = () => {
            const open = indexedDB.open('qorgau', 10);
            open.onupgradeneeded = () => open.result.createObjectStore('settings', { keyPath: 'key' });
            open.onsuccess = () => {
              const tx = open.result.transaction('settings', 'readwrite');
              tx.objectStore('settings').put({ key: 'locale', value: 'en', updatedAt: '2026-01-05T04:00:00.000Z' });
              tx.oncomplete = () => {
                (window as unknown as { __old: IDBDatabase }).__old = open.result;
                resolve();
              };
            };
          };
        }),
    );
    await page.reload();
    const blocked = page.getByTestId('database-blocked');
    await blocked.waitFor();
    expect(await blocked.locator('h1').textContent()).toBe('Another Qorgau window is holding up the update');
    await screenshot(page, 'hardening-upgrade-blocked-en');
    expect(await axeViolations(page, 'upgrade-blocked')).toEqual([]);
    await old.evaluate(() => (window as unknown as { __old: IDBDatabase }).__old.close());
    await page.locator('nav a[data-area="settings"]').waitFor();
    expect(await page.locator('nav a[data-area="settings"]').textContent()).toBe('Settings');
    expect(
      problems.filter((p) => !/blocked|upgrade/i.test(p)),
      problems.join('\n'),
    ).toEqual([]);
    await context.close();
  });

  it('an attachment named "invoice\\u202Efdp.exe" is flagged and shown with the control visible, at intake and on the case', async () => {
    const { page, context, problems } = await suite.open();
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await page.locator('nav a[data-area="cases"]').click();
    await page.getByRole('button', { name: 'New request' }).click();
    await page
      .getByLabel('Attachments', { exact: true })
      .setInputFiles({ name: 'invoice\u202Efdp.exe', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 spoof') });
    const atIntake = page.getByTestId('file-name-flagged');
    await atIntake.waitFor();
    expect(await atIntake.textContent()).toBe('Hidden direction characters: the name may not be what it seems invoice[U+202E]fdp.exe');
    await page.getByLabel('Full name *').fill('Айгүл Сейітқызы');
    await page.getByLabel('E-mail', { exact: true }).fill('subject@example.kz');
    await page.getByLabel(/Received at/).fill('2026-11-16T10:00');
    await page.getByLabel('Blocking', { exact: true }).check();
    await page.getByRole('button', { name: 'Register' }).click();
    await page.getByTestId('case-number').waitFor();
    const onCase = page.getByTestId('request-files').getByTestId('file-name-flagged');
    await onCase.waitFor();
    expect(await onCase.locator('bdi').textContent()).toBe('invoice[U+202E]fdp.exe');
    expect(await onCase.locator('bdi').evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
    await onCase.scrollIntoViewIfNeeded();
    await screenshot(page, 'hardening-bidi-attachment-en');
    expect(await axeViolations(page, 'bidi-attachment')).toEqual([]);
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });
});
