/**
 * The Appearance setting reaches the native side: at start and on every change the platform is told it
 * (Electron: nativeTheme.themeSource, so native menus, dialogs and the window background follow the in-app
 * choice), beside the page's own data-theme. The browser platform has nothing native and does nothing.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../renderer/app/app-context';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { DEFAULT_SETTINGS, loadSettings } from '../../../renderer/db/settings-repository';
import { PreferencesSection } from '../../../renderer/features/settings/PreferencesSection';
import { browserPlatform } from '../../../renderer/platform/browser-platform';
import { electronPlatform } from '../../../renderer/platform/electron-platform';
import type { QorgauBridge } from '../../../shared/ipc';
import { fakePlatform } from '../fake-platform';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`appearance-native-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
});
afterEach(() => {
  useDatabaseForTests(undefined);
  db.close();
  delete document.documentElement.dataset['theme'];
});

describe('the Appearance setting on the native side', () => {
  it('is sent at start, then on each change, beside the page theme', async () => {
    const user = userEvent.setup();
    const platform = fakePlatform({ kind: 'electron' });
    render(
      <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale: 'en', theme: 'dark' }} platform={platform}>
        <PreferencesSection />
      </AppProvider>,
    );
    await waitFor(() => expect(platform.themes).toEqual(['dark']));
    expect(document.documentElement.dataset['theme']).toBe('dark');

    const select = screen.getByRole('combobox', { name: /^Appearance/ });
    await user.selectOptions(select, 'light');
    await waitFor(() => expect(platform.themes).toEqual(['dark', 'light']));
    expect(document.documentElement.dataset['theme']).toBe('light');

    await user.selectOptions(select, 'system');
    await waitFor(() => expect(platform.themes).toEqual(['dark', 'light', 'system']));
    expect(document.documentElement.dataset['theme']).toBeUndefined();
    expect((await loadSettings()).theme).toBe('system');
  });

  it('keeps the page theme when the native side refuses it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const platform = fakePlatform({ kind: 'electron' });
    platform.setTheme.mockRejectedValue(new Error('invalid-payload'));
    render(
      <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale: 'en', theme: 'light' }} platform={platform}>
        <PreferencesSection />
      </AppProvider>,
    );
    await waitFor(() => expect(warn).toHaveBeenCalled());
    expect(document.documentElement.dataset['theme']).toBe('light');
    expect(screen.getByRole('combobox', { name: /^Appearance/ })).toHaveProperty('value', 'light');
    warn.mockRestore();
  });
});

describe('platform implementations', () => {
  it('Electron sends the theme through the bridge and reports a refusal', async () => {
    const setTheme = vi.fn<QorgauBridge['setTheme']>(async () => ({ ok: true as const, value: undefined }));
    const platform = electronPlatform({ kind: 'electron', setTheme } as Partial<QorgauBridge> as QorgauBridge);
    await platform.setTheme('dark');
    expect(setTheme).toHaveBeenCalledWith({ theme: 'dark' });
    setTheme.mockResolvedValueOnce({ ok: false, error: 'invalid-payload', message: 'theme: invalid' });
    await expect(platform.setTheme('light')).rejects.toThrow('theme: invalid');
  });

  it('the browser does nothing (nothing native to repaint)', async () => {
    const open = vi.fn(() => null);
    const platform = browserPlatform({
      document,
      open,
      Notification: undefined,
      navigator,
      createObjectURL: vi.fn(() => 'blob:x'),
      revokeObjectURL: vi.fn(),
      storage: undefined,
    });
    await expect(platform.setTheme('dark')).resolves.toBeUndefined();
    expect(open).not.toHaveBeenCalled();
  });
});
