import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './harness/browser';
import { appSuite } from './harness/suite';

const suite = appSuite();

const SCAN = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7 + 3) % 256));

async function register(page: Page, name: string, received: string, type: string, attachment?: { name: string; buffer: Buffer }) {
  await page.locator('nav a[data-area="cases"]').click();
  await page.getByRole('button', { name: 'New request' }).click();
  await page.getByLabel('Full name *').fill(name);
  await page.getByLabel('E-mail', { exact: true }).fill('subject@example.kz');
  await page.getByLabel(/Received at/).fill(received);
  await page.getByLabel(type, { exact: true }).check();
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

/** Deletes the whole IndexedDB database behind the app's back (Dexie closes on versionchange), then reloads. */
async function wipe(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('qorgau');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(new Error(String(request.error)));
        request.onblocked = () => reject(new Error('blocked'));
      }),
  );
  await page.reload();
  await page.locator('nav a').first().waitFor();
}

async function chooseRestoreFile(page: Page, file: string | { name: string; buffer: Buffer }) {
  await page.locator('input[name="restoreFile"]').setInputFiles(typeof file === 'string' ? file : { ...file, mimeType: 'application/json' });
}

async function storedAttachment(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('qorgau');
        open.onsuccess = () => {
          const get = open.result.transaction('attachments').objectStore('attachments').getAll();
          get.onsuccess = async () => {
            const rows = get.result as { blob: Blob }[];
            open.result.close();
            resolve(rows.length === 1 ? Array.from(new Uint8Array(await rows[0]!.blob.arrayBuffer())) : []);
          };
          get.onerror = () => reject(new Error(String(get.error)));
        };
      }),
  );
}

describe('backup and restore through the Settings UI', () => {
  it('backs up, wipes IndexedDB, restores the downloaded file and finds every case and attachment; restoring twice is harmless', async () => {
    const { page, context, problems } = await suite.open();
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    const numbers = [
      await register(page, 'Әлия Жұмабекқызы', '2026-11-16T10:00', 'Blocking', { name: 'өтініш-скан.pdf', buffer: SCAN }),
      await register(page, 'Серік Өтебайұлы', '2026-11-17T11:30', 'Access to personal data'),
      await register(page, 'Ivan Petrov', '2026-11-18T09:15', 'Withdrawal of consent'),
    ];
    expect(numbers).toEqual([expect.stringMatching(/-000001$/), expect.stringMatching(/-000002$/), expect.stringMatching(/-000003$/)]);

    await openSettings(page);
    expect(await page.getByTestId('last-backup').textContent()).toBe('No backup has been made on this computer yet.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up now' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^qorgau-backup-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const file = path.join(os.tmpdir(), `qorgau-e2e-${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(file);
    await expect.poll(() => page.getByTestId('backup-notice').textContent()).toBe(`Backup downloaded as ${download.suggestedFilename()}`);
    expect(await page.getByTestId('last-backup').textContent()).toMatch(/ · manual · .* · downloaded \(check your Downloads folder\)$/);
    const text = await readFile(file, 'utf8');
    const header = JSON.parse(`${text.split('\n')[0]}null}`) as { manifest: { counts: Record<string, number>; encryption: unknown } };
    expect(header.manifest.counts).toMatchObject({ cases: 3, attachments: 1 });
    expect(header.manifest.encryption).toBeNull();
    await page.getByTestId('backup-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'backup-panel-en');

    await wipe(page);
    // Everything is gone, the language too (back to the default, Kazakh).
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await page.locator('nav a[data-area="cases"]').click();
    await expect.poll(() => page.getByText('No requests registered yet').count()).toBe(1);

    await openSettings(page);
    await chooseRestoreFile(page, file);
    const confirm = page.getByTestId('restore-confirm');
    await confirm.waitFor();
    expect(await confirm.getByTestId('file-cases').textContent()).toBe('3');
    expect(await confirm.getByTestId('now-cases').textContent()).toBe('0');
    expect(await confirm.getByTestId('file-attachments').textContent()).toBe('1');
    expect(await confirm.textContent()).toContain('Restoring replaces every case, document, attachment, the audit trail and the settings');
    await confirm.scrollIntoViewIfNeeded();
    await screenshot(page, 'backup-restore-confirm-en');
    await confirm.getByRole('button', { name: 'Replace with the file' }).click();
    // The page reloads on the restored database and says what came back.
    await expect.poll(() => page.getByTestId('backup-notice').textContent()).toBe(`Restored from ${path.basename(file)}: 3 cases, 0 documents, 1 attachments.`);

    await page.locator('nav a[data-area="cases"]').click();
    const list = page.getByTestId('case-list');
    for (const number of numbers) await list.locator(`[data-number="${number}"]`).waitFor();
    expect(await list.textContent()).toContain('Әлия Жұмабекқызы');
    expect(await list.textContent()).toContain('Серік Өтебайұлы');
    await screenshot(page, 'backup-restored-cases-en');
    await list.locator(`[data-number="${numbers[0]}"]`).click();
    await expect.poll(() => page.getByTestId('request-files').textContent()).toContain('өтініш-скан.pdf');
    expect(await storedAttachment(page)).toEqual(Array.from(SCAN));

    // The same file again: same records, and the audit trail still verifies.
    await openSettings(page);
    await chooseRestoreFile(page, file);
    await page.getByTestId('restore-confirm').waitFor();
    expect(await page.getByTestId('now-cases').textContent()).toBe('3');
    await page.getByRole('button', { name: 'Replace with the file' }).click();
    await expect.poll(() => page.getByTestId('backup-notice').textContent()).toMatch(/^Restored from .*: 3 cases/);
    // Each restore first kept a copy of the data it replaced (the empty database, then the three cases).
    await expect.poll(() => page.getByTestId('kept-list').locator('li').count()).toBe(2);
    await page.locator('nav a[data-area="cases"]').click();
    await expect.poll(() => page.getByTestId('case-list').locator('[role="row"]').count()).toBe(3);
    await page.locator('nav a[data-area="register"]').click();
    await page.getByRole('button', { name: 'Verify integrity' }).click();
    await expect.poll(() => page.getByTestId('integrity-result').textContent()).toMatch(/^Intact: \d+ entries verified\.$/);
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });

  it('an encrypted export: a wrong passphrase is named and changes nothing, the right one opens it; a cut-off file is refused', async () => {
    const { page, context, problems } = await suite.open();
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await register(page, 'Гүлнар Қасымова', '2026-11-18T09:15', 'Blocking');
    await openSettings(page);
    await page.getByRole('button', { name: 'Export to a file…' }).click();
    const form = page.getByTestId('export-form');
    await form.getByLabel('Protect the file with a passphrase').check();
    await form.getByLabel('Passphrase', { exact: true }).fill('short');
    expect(await form.getByTestId('export-strength').textContent()).toBe('Too short: at least 8 characters.');
    await form.getByLabel('Passphrase', { exact: true }).fill('Алматы таулары 2026 көктем');
    await form.getByLabel('Repeat the passphrase').fill('Алматы таулары 2026 көктеМ');
    expect(await form.getByText('The two passphrases differ.').count()).toBe(1);
    expect(await form.getByRole('button', { name: 'Export' }).isDisabled()).toBe(true);
    await form.getByLabel('Repeat the passphrase').fill('Алматы таулары 2026 көктем');
    expect(await form.getByTestId('export-strength').textContent()).toBe('Strong.');
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, 'backup-export-encrypted-en');
    const [download] = await Promise.all([page.waitForEvent('download'), form.getByRole('button', { name: 'Export' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^qorgau-export-.*\.json$/);
    const bytes = await readFile(await download.path());
    const text = bytes.toString('utf8');
    expect(text).not.toContain('Гүлнар');
    expect(JSON.parse(`${text.split('\n')[0]}null}`)).toMatchObject({
      manifest: { kind: 'export', encryption: { cipher: 'AES-256-GCM', kdf: 'PBKDF2-SHA-256', iterations: 600000 } },
    });
    await expect.poll(() => page.getByTestId('last-backup').textContent()).toMatch(/ · export · .* · encrypted$/);

    await chooseRestoreFile(page, { name: download.suggestedFilename(), buffer: bytes });
    const panel = page.getByTestId('restore-panel');
    await panel.getByText('This file is encrypted. Enter its passphrase.').waitFor();
    await panel.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
    await panel.getByRole('button', { name: 'Open' }).click();
    await expect
      .poll(() => panel.getByTestId('restore-problem').textContent())
      .toBe('Wrong passphrase, or the file was altered after it was written: it could not be decrypted. Nothing was changed.');
    await screenshot(page, 'backup-wrong-passphrase-en');
    await panel.getByLabel('Passphrase', { exact: true }).fill('Алматы таулары 2026 көктем');
    await panel.getByRole('button', { name: 'Open' }).click();
    await panel.getByTestId('restore-confirm').waitFor();
    expect(await panel.getByTestId('file-cases').textContent()).toBe('1');
    expect(await panel.getByTestId('now-cases').textContent()).toBe('1');
    await panel.getByRole('button', { name: 'Cancel' }).click();

    // A file cut off half-way (an interrupted copy) is named as such.
    const truncated = path.join(os.tmpdir(), `qorgau-e2e-truncated-${Date.now()}.json`);
    await writeFile(truncated, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await chooseRestoreFile(page, truncated);
    await expect
      .poll(() => page.getByTestId('restore-problem').textContent())
      .toBe('This file cannot be restored. Nothing was changed. The file is incomplete: it was cut off (an interrupted copy or download?).');
    await page.locator('nav a[data-area="cases"]').click();
    await expect.poll(() => page.getByTestId('case-list').locator('[role="row"]').count()).toBe(1);
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });
});

describe('backups in the desktop app (Electron bridge with a backup folder in memory)', () => {
  it('writes the daily backup at start, backs up now into the folder, and restores from the folder list', async () => {
    const { page, context, problems } = await suite.open({ stubBridge: true });
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    type Call = { method: string; payload?: { kind?: string; totalBytes?: number; size?: number; fileName?: string; offset?: number } };
    const calls = () => page.evaluate(() => (window as unknown as { __bridgeCalls: Call[] }).__bridgeCalls);
    // At start: the folder says a daily backup is due, and the renderer writes one.
    await expect.poll(async () => (await calls()).filter((c) => c.method === 'backupCommit').length).toBe(1);
    expect((await calls()).find((c) => c.method === 'backupBegin')?.payload?.kind).toBe('daily');
    await register(page, 'Бауыржан Момышұлы', '2026-11-16T10:00', 'Blocking');
    await register(page, 'Мәншүк Мәметова', '2026-11-17T10:00', 'Access to personal data');

    await openSettings(page);
    expect(await page.getByTestId('backup-folder').textContent()).toBe('/home/dpo/.config/Qorgau/backups');
    expect(await page.getByTestId('last-backup').textContent()).toMatch(/ · daily · .* · read back and verified$/);
    await page.getByRole('button', { name: 'Back up now' }).click();
    await expect
      .poll(() => page.getByTestId('backup-notice').textContent())
      .toMatch(/^Backup written and verified: \/home\/dpo\/\.config\/Qorgau\/backups\/qorgau-backup-.*-manual\.json$/);
    const begun = (await calls()).filter((c) => c.method === 'backupBegin').at(-1)!;
    const appended = (await calls()).filter((c) => c.method === 'backupAppend').at(-1)!;
    expect(begun.payload).toMatchObject({ kind: 'manual' });
    expect(appended.payload?.size).toBe(begun.payload?.totalBytes);
    const list = page.getByTestId('backup-list');
    await expect.poll(() => list.locator('li').count()).toBe(2);
    expect(await list.locator('li').first().textContent()).toMatch(/ · manual · /);
    await page.getByTestId('backup-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'backup-panel-electron-en');

    // A case registered after the backup is what the restore will take away.
    const third = await register(page, 'Әлихан Бөкейхан', '2026-11-18T10:00', 'Blocking');
    await openSettings(page);
    await list.locator('li').first().getByRole('button', { name: 'Restore' }).click();
    const confirm = page.getByTestId('restore-confirm');
    await confirm.waitFor();
    expect(await confirm.getByTestId('file-cases').textContent()).toBe('2');
    expect(await confirm.getByTestId('now-cases').textContent()).toBe('3');
    expect((await calls()).some((c) => c.method === 'backupRead' && c.payload?.offset === 0)).toBe(true);
    await confirm.getByRole('button', { name: 'Replace with the file' }).click();
    await expect
      .poll(() => page.getByTestId('backup-notice').textContent())
      .toMatch(/^Restored from qorgau-backup-.*-manual\.json: 2 cases, 0 documents, 0 attachments\.$/);
    await page.locator('nav a[data-area="cases"]').click();
    await expect.poll(() => page.getByTestId('case-list').locator('[role="row"]').count()).toBe(2);
    expect(await page.getByTestId('case-list').locator(`[data-number="${third}"]`).count()).toBe(0);
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });
});

describe('an upgrade of the database in the browser', () => {
  it('keeps a pre-upgrade copy of the old version before upgrading, listed in Settings to download or restore', async () => {
    const { page, context, problems } = await suite.open();
    // Replace the database by one written by schema version 1 (Dexie version n = IndexedDB version 10n),
    // from a page of the same origin where the app is not running.
    const stylesheet = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')!.href);
    await page.goto(stylesheet);
    await page.evaluate(
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
              tx.objectStore('settings').put({ key: 'closeOfBusiness', value: '17:30', updatedAt: '2026-01-05T04:00:00.000Z' });
              tx.oncomplete = () => {
                open.result.close();
                resolve();
              };
            };
          };
        }),
    );
    await page.goto(`${suite.server.url}/index.html`);
    await page.locator('nav a').first().waitFor();
    // The old settings came through the upgrade (the interface is in English) …
    expect(await page.locator('nav a[data-area="settings"]').textContent()).toBe('Settings');
    await openSettings(page);
    // … and a copy of version 1 was kept first.
    const kept = page.getByTestId('kept-list');
    await expect.poll(() => kept.locator('li').count()).toBe(1);
    expect(await kept.locator('li').textContent()).toMatch(/ · v1 · /);
    const [download] = await Promise.all([page.waitForEvent('download'), kept.getByRole('button', { name: 'Download' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^qorgau-pre-upgrade-v1-.*\.json$/);
    const header = JSON.parse(`${(await readFile(await download.path(), 'utf8')).split('\n')[0]}null}`) as { manifest: unknown };
    expect(header.manifest).toMatchObject({ kind: 'pre-upgrade', schemaVersion: 1, counts: { settings: 2 } });
    await kept.getByRole('button', { name: 'Restore' }).click();
    const confirm = page.getByTestId('restore-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('(database version 1)');
    expect(await confirm.getByTestId('file-cases').textContent()).toBe('0');
    await page.getByTestId('backup-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'backup-pre-upgrade-copy-en');
    await page.getByRole('button', { name: 'ҚАЗ', exact: true }).click();
    await expect.poll(() => page.getByTestId('restore-confirm').getByRole('button').first().textContent()).toBe('Файлдағымен ауыстыру');
    await screenshot(page, 'backup-pre-upgrade-copy-kk');
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });
});

describe('the app lock', () => {
  it('asks the passphrase at start and on "Lock now"; a wrong one is refused', async () => {
    const { page, context, problems } = await suite.open();
    await page.getByRole('button', { name: 'ENG', exact: true }).click();
    await register(page, 'Айгүл Бекова', '2026-11-18T09:15', 'Blocking');
    await openSettings(page);
    const section = page.getByTestId('app-lock-section');
    expect(await section.getByTestId('app-lock-state').textContent()).toBe('Off: anyone at this computer can open Qorgau.');
    await section.getByLabel('Passphrase', { exact: true }).fill('қорғау-құлып-2026');
    await section.getByLabel('Repeat the passphrase').fill('қорғау-құлып-2026');
    await section.getByLabel('Lock after inactivity').selectOption('5');
    await section.getByRole('button', { name: 'Turn the lock on' }).click();
    await expect
      .poll(() => section.getByTestId('app-lock-state').textContent())
      .toBe('On: the passphrase is asked at start and after 5 minutes without input.');
    const stored = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const open = indexedDB.open('qorgau');
          open.onsuccess = () => {
            const get = open.result.transaction('settings').objectStore('settings').get('appLock');
            get.onsuccess = () => {
              open.result.close();
              resolve(JSON.stringify(get.result));
            };
          };
        }),
    );
    expect(stored).not.toContain('қорғау-құлып');
    expect(JSON.parse(stored)).toMatchObject({ value: { iterations: 600000, verifier: expect.stringMatching(/^[0-9a-f]{64}$/) } });

    await page.reload();
    const lock = page.getByTestId('lock-screen');
    await lock.waitFor();
    expect(await page.locator('nav').count()).toBe(0);
    expect(await lock.locator('h1').textContent()).toBe('Qorgau is locked');
    await lock.getByLabel('Passphrase').fill('wrong passphrase');
    await lock.getByRole('button', { name: 'Unlock' }).click();
    await expect.poll(() => lock.getByRole('alert').textContent()).toBe('Wrong passphrase. Try again.');
    await screenshot(page, 'lock-screen-wrong-en');
    await lock.getByRole('button', { name: 'ҚАЗ' }).click();
    expect(await lock.locator('h1').textContent()).toBe('Qorgau құлыптаулы');
    await screenshot(page, 'lock-screen-kk');
    await lock.getByRole('button', { name: 'РУС' }).click();
    expect(await lock.locator('h1').textContent()).toBe('Qorgau заблокирован');
    await lock.getByLabel('Пароль').fill('қорғау-құлып-2026');
    await lock.getByRole('button', { name: 'Разблокировать' }).click();
    await page.locator('nav a').first().waitFor();
    await page.locator('nav a[data-area="cases"]').click();
    await expect.poll(() => page.getByTestId('case-list').textContent()).toContain('Айгүл Бекова');

    await openSettings(page);
    await page.getByRole('button', { name: 'Lock now' }).click();
    await lock.waitFor();
    expect(await page.getByTestId('backup-section').isVisible()).toBe(false);
    await lock.getByLabel('Passphrase').fill('қорғау-құлып-2026');
    await lock.getByRole('button', { name: 'Unlock' }).click();
    await lock.waitFor({ state: 'detached' });
    await section.getByLabel('Current passphrase').fill('қорғау-құлып-2026');
    await section.getByRole('button', { name: 'Turn the lock off' }).click();
    await expect.poll(() => section.getByTestId('app-lock-state').textContent()).toBe('Off: anyone at this computer can open Qorgau.');
    await page.reload();
    await page.locator('nav a').first().waitFor();
    expect(await page.getByTestId('lock-screen').count()).toBe(0);
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });
});
