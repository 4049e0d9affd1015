import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../renderer/app/app-context';
import { ErrorBoundary } from '../../../renderer/app/ErrorBoundary';
import type { AppLockSetting } from '../../../renderer/db/backup-settings';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { DEFAULT_SETTINGS } from '../../../renderer/db/settings-repository';
import { createAppLock } from '../../../renderer/features/backup/app-lock';
import { AppLockGuard } from '../../../renderer/features/backup/AppLockGuard';
import { LockScreen } from '../../../renderer/features/backup/LockScreen';
import { StorageSection, isStorageLow } from '../../../renderer/features/settings/StorageSection';
import { fakePlatform } from '../fake-platform';

const platform = fakePlatform();

const LOCK: AppLockSetting = {
  salt: 'AAAAAAAAAAAAAAAAAAAAAA==',
  iterations: 100_000,
  verifier: '0'.repeat(64),
  idleMinutes: 5,
  encryptBackups: false,
  backupSalt: 'AAAAAAAAAAAAAAAAAAAAAA==',
};

beforeEach(() => {
  useDatabaseForTests(new QorgauDatabase(`lock-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }));
});
afterEach(() => {
  vi.useRealTimers();
});

function renderGuarded(lock: AppLockSetting | null) {
  return render(
    <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale: 'en', appLock: lock }} platform={platform}>
      <AppLockGuard>
        <p>case file</p>
      </AppLockGuard>
    </AppProvider>,
  );
}

describe('idle lock', () => {
  it('locks after the idle minutes without input, hiding the app; input in between postpones it', async () => {
    vi.useFakeTimers();
    renderGuarded(LOCK);
    expect(screen.queryByTestId('lock-screen')).toBeNull();
    await act(async () => {
      vi.advanceTimersByTime(4 * 60_000);
    });
    fireEvent.keyDown(window, { key: 'a' });
    await act(async () => {
      vi.advanceTimersByTime(4 * 60_000);
    });
    expect(screen.queryByTestId('lock-screen')).toBeNull();
    await act(async () => {
      vi.advanceTimersByTime(61_000 + 5_000);
    });
    expect(screen.getByTestId('lock-screen')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Qorgau is locked' })).toBeTruthy();
    // The app stays mounted (nothing typed is lost) but hidden from sight and from assistive technology.
    expect(screen.getByText('case file').closest('[aria-hidden="true"]')).not.toBeNull();
  });

  it('never locks when the lock is off', async () => {
    vi.useFakeTimers();
    renderGuarded(null);
    await act(async () => {
      vi.advanceTimersByTime(120 * 60_000);
    });
    expect(screen.queryByTestId('lock-screen')).toBeNull();
  });

  it('with "only at start" (0 minutes) never locks on idle', async () => {
    vi.useFakeTimers();
    renderGuarded({ ...LOCK, idleMinutes: 0 });
    await act(async () => {
      vi.advanceTimersByTime(120 * 60_000);
    });
    expect(screen.queryByTestId('lock-screen')).toBeNull();
  });
});

describe('the lock screen', () => {
  it('when unlocking fails, it does not stay "Checking…": the failure is shown and the passphrase can be typed again', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const lock = await createAppLock('қорғау-құлып-2026', { idleMinutes: 0, encryptBackups: true, iterations: 100_000 });
    render(
      <ErrorBoundary area="startup" variant="screen" locale="en" platform={platform} resetKey="">
        <LockScreen locale="en" lock={lock} onUnlocked={() => Promise.reject(new Error('OperationError: key derivation failed'))} />
      </ErrorBoundary>,
    );
    await user.type(screen.getByLabelText('Passphrase'), 'қорғау-құлып-2026');
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    const surface = await screen.findByTestId('error-surface');
    expect(surface.textContent).toContain('An action did not complete');
    expect(surface.textContent).toContain('OperationError: key derivation failed');
    expect(screen.getByTestId('lock-screen')).toBeTruthy();
    await user.type(screen.getByLabelText('Passphrase'), 'қорғау-құлып-2026');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Unlock' }).disabled).toBe(false);
    vi.restoreAllMocks();
  });
});

describe('storage running low', () => {
  it('warns under 10 % or 500 MB free', () => {
    const MB = 1024 * 1024;
    expect(isStorageLow({ usage: 100 * MB, quota: 10_000 * MB })).toBe(false);
    expect(isStorageLow({ usage: 9_100 * MB, quota: 10_000 * MB })).toBe(true);
    expect(isStorageLow({ usage: 100 * MB, quota: 550 * MB })).toBe(true);
    expect(isStorageLow({ usage: 0, quota: 0 })).toBe(false);
  });

  it('Settings shows the warning with the space left', async () => {
    const storage = {
      persisted: async () => true,
      persist: async () => true,
      estimate: async () => ({ usage: 9_800 * 1024 * 1024, quota: 10_000 * 1024 * 1024 }),
    };
    vi.stubGlobal('navigator', { ...navigator, storage });
    render(
      <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale: 'en' }} platform={platform}>
        <StorageSection />
      </AppProvider>,
    );
    expect((await screen.findByTestId('storage-low')).textContent).toBe('Storage is running low: 200 MB left. Export a backup and free disk space.');
    vi.unstubAllGlobals();
  });
});
