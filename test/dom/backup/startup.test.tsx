/**
 * Startup: the database is opened with the app's schema only after a pre-upgrade backup is safely written.
 * (The browser path keeps Blobs in IndexedDB, which jsdom's Blob cannot round-trip: it is covered by
 * upgrade-guard.test.ts in Node and by test/e2e/backup.e2e.test.ts in Chromium.)
 */
import { act, screen } from '@testing-library/react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { err, ok } from '../../../shared/result';
import { preUpgradeWriter, prepareDatabase, renderStartupFailure } from '../../../renderer/app/startup';
import { DATABASE_NAME, QorgauDatabase } from '../../../renderer/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { inspectStoredDatabase } from '../../../renderer/db/upgrade-guard';
import type { BackupWriteOutcome, Platform } from '../../../renderer/platform/platform';
import { fakePlatform } from '../fake-platform';

const written = (verified: boolean): BackupWriteOutcome => ({
  status: 'written',
  written: { fileName: 'qorgau-backup-x-pre-upgrade.json', path: '/b/x', size: 10, createdAt: '2026-11-21T00:00:00.000Z', verified },
});

const desktop = (writeBackup: Platform['writeBackup']) => fakePlatform({ kind: 'electron', writeBackup, appInfo: { version: '0.2.0', systemLocale: 'ru-RU' } });

async function seedVersion1(): Promise<void> {
  await new Promise<void>((resolve) => {
    const del = indexedDB.deleteDatabase(DATABASE_NAME);
    del.onsuccess = () => resolve();
  });
  const old = new QorgauDatabase(DATABASE_NAME, { upTo: 1 });
  await old.open();
  await old.settings.put({ key: 'locale', value: 'ru', updatedAt: '2026-01-01T00:00:00.000Z' });
  old.close();
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
});
const newRoot = () => {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  return root;
};

describe('the pre-upgrade writer', () => {
  it('desktop: accepts only a backup main read back and verified', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const manifest = { createdAt: '2026-11-21T00:00:00.000Z', schemaVersion: 1 } as Parameters<ReturnType<typeof preUpgradeWriter>>[1];
    await expect(preUpgradeWriter(desktop(async () => ok(written(true))))(bytes, manifest)).resolves.toBeUndefined();
    await expect(preUpgradeWriter(desktop(async () => ok(written(false))))(bytes, manifest)).rejects.toThrow('not verified');
    await expect(preUpgradeWriter(desktop(async () => err('io-failed', 'ENOSPC')))(bytes, manifest)).rejects.toThrow('io-failed: ENOSPC');
  });
});

describe('prepareDatabase', () => {
  it('desktop, backup fails: stops with a message in the stored language, the database stays at version 1', async () => {
    await seedVersion1();
    const writeBackup = vi.fn(async () => err('io-failed' as const, 'ENOSPC: no space left on device'));
    let may: boolean | undefined;
    await act(async () => {
      may = await prepareDatabase(desktop(writeBackup), newRoot());
    });
    expect(may).toBe(false);
    expect(writeBackup).toHaveBeenCalledWith('pre-upgrade', expect.any(String), expect.any(Uint8Array));
    expect((await screen.findByTestId('upgrade-backup-failed')).textContent).toContain('ENOSPC: no space left on device');
    expect(screen.getByRole('heading').textContent).toBe('Qorgau не открыл базу данных');
    expect(await inspectStoredDatabase({ name: DATABASE_NAME })).toMatchObject({ version: 1, locale: 'ru' });
  });

  it('desktop, backup fails: the stop screen lets the DPO choose another backup folder, then tries again', async () => {
    await seedVersion1();
    const platform = desktop(async () => err('io-failed' as const, 'ENOENT: E:\\Qorgau (the drive is not plugged in)'));
    const chooseBackupFolder = vi
      .fn<Platform['chooseBackupFolder']>()
      .mockResolvedValueOnce(ok({ status: 'canceled' }))
      .mockResolvedValueOnce(ok({ status: 'chosen', folder: 'C:\\Users\\dpo\\Qorgau' }));
    const reload = vi.fn();
    await act(async () => {
      await prepareDatabase({ ...platform, chooseBackupFolder }, newRoot(), reload);
    });
    const choose = await screen.findByRole('button', { name: 'Выбрать папку…' });
    await act(async () => choose.click());
    expect(chooseBackupFolder).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled(); // canceled: nothing to try again with
    await act(async () => choose.click());
    expect(reload).toHaveBeenCalledTimes(1);
    await act(async () => screen.getByRole('button', { name: 'Попробовать снова' }).click());
    expect(reload).toHaveBeenCalledTimes(2);
    expect((await inspectStoredDatabase({ name: DATABASE_NAME })).version).toBe(1);
  });

  it('browser, the backup fails: no folder to choose, only try again', async () => {
    await seedVersion1();
    const browser = fakePlatform({ appInfo: new Error('QuotaExceededError') });
    await act(async () => {
      expect(await prepareDatabase(browser, newRoot(), vi.fn())).toBe(false);
    });
    expect(await screen.findByTestId('upgrade-backup-failed')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Выбрать папку…' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Попробовать снова' })).toBeDefined();
  });

  it('desktop, backup verified: the app may open (and upgrade) the database', async () => {
    await seedVersion1();
    const writeBackup = vi.fn(async () => ok(written(true)));
    expect(await prepareDatabase(desktop(writeBackup), newRoot())).toBe(true);
    expect(writeBackup).toHaveBeenCalledTimes(1);
    // the database has not been upgraded yet — that is the app's next step
    expect((await inspectStoredDatabase({ name: DATABASE_NAME })).version).toBe(1);
  });

  it('an up-to-date database needs nothing', async () => {
    await new Promise<void>((resolve) => {
      const del = indexedDB.deleteDatabase(DATABASE_NAME);
      del.onsuccess = () => resolve();
    });
    const db = new QorgauDatabase(DATABASE_NAME);
    await db.open();
    db.close();
    const writeBackup = vi.fn();
    expect(await prepareDatabase(desktop(writeBackup), newRoot())).toBe(true);
    expect(writeBackup).not.toHaveBeenCalled();
  });
});

describe('a failed start', () => {
  it('is said on a screen of its own in the language given, and "Back to the case list" starts again there', async () => {
    const reload = vi.fn();
    window.location.hash = '#/settings';
    act(() => renderStartupFailure(newRoot(), fakePlatform(), 'ru', new Error('UnknownError: the database could not be opened'), reload));
    const surface = await screen.findByTestId('error-surface');
    expect(surface.dataset['area']).toBe('startup');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Qorgau перестал работать');
    await act(async () => screen.getByRole('button', { name: 'Вернуться к списку обращений' }).click());
    expect(window.location.hash).toBe('#/cases');
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

describe('a damaged app lock fails closed (issue 16 finding 6)', () => {
  async function seedDamagedLock(): Promise<void> {
    await new Promise<void>((resolve) => {
      const del = indexedDB.deleteDatabase(DATABASE_NAME);
      del.onsuccess = () => resolve();
    });
    const db = new QorgauDatabase(DATABASE_NAME);
    await db.open();
    await db.settings.put({ key: 'locale', value: 'en', updatedAt: '2026-01-01T00:00:00.000Z' });
    await db.settings.put({ key: 'appLock', value: { verifier: 'not hex', salt: 1 }, updatedAt: '2026-01-01T00:00:00.000Z' });
    await db.cases.put({ id: 'secret-case' } as never);
    db.close();
  }

  it('does not open the app; starting over deletes the data here only after the word is typed', async () => {
    await seedDamagedLock();
    expect((await inspectStoredDatabase({ name: DATABASE_NAME })).appLock).toBe('damaged');
    const reload = vi.fn();
    let may: boolean | undefined;
    await act(async () => {
      may = await prepareDatabase(fakePlatform(), newRoot(), reload);
    });
    expect(may).toBe(false);
    const screenEl = screen.getByTestId('lock-damaged');
    expect(screenEl.textContent).toContain('The app lock on this computer is damaged');
    const erase = screen.getByRole('button', { name: 'Delete the data here and start over' });
    expect((erase as HTMLButtonElement).disabled).toBe(true);
    await act(async () => {
      const input = screen.getByTestId<HTMLInputElement>('lock-damaged-word');
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(input, 'DELETE');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect((erase as HTMLButtonElement).disabled).toBe(false);
    await act(async () => {
      erase.click();
    });
    await vi.waitFor(() => expect(reload).toHaveBeenCalled());
    expect(await inspectStoredDatabase({ name: DATABASE_NAME })).toMatchObject({ exists: false, appLock: null });
  });
});

describe('an older build never opens a newer database (issue 16 finding 8)', () => {
  it('stops with a message and leaves the database as it is', async () => {
    await new Promise<void>((resolve) => {
      const del = indexedDB.deleteDatabase(DATABASE_NAME);
      del.onsuccess = () => resolve();
    });
    const newer = CURRENT_SCHEMA_VERSION + 1;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(DATABASE_NAME, newer * 10);
      request.onupgradeneeded = () => {
        const settings = request.result.createObjectStore('settings', { keyPath: 'key' });
        settings.put({ key: 'locale', value: 'en', updatedAt: '2026-01-01T00:00:00.000Z' });
      };
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(new Error(String(request.error)));
    });
    let may: boolean | undefined;
    await act(async () => {
      may = await prepareDatabase(fakePlatform(), newRoot(), vi.fn());
    });
    expect(may).toBe(false);
    expect(screen.getByTestId('database-newer').textContent).toContain(`version ${newer}`);
    expect(await inspectStoredDatabase({ name: DATABASE_NAME })).toMatchObject({ exists: true, version: newer });
  });
});
