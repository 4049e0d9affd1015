/** Settings → Diagnostics: the saved report says which choices are made, never the profile, the lock's verifier and salts or a backup path. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { AppProvider } from '../../../renderer/app/app-context';
import { DEFAULT_SETTINGS, type Settings } from '../../../renderer/db/settings-repository';
import { DiagnosticsSection } from '../../../renderer/features/settings/DiagnosticsSection';
import { fakePlatform } from '../fake-platform';

const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  locale: 'en',
  appLock: {
    salt: 'c2FsdC1vZi10aGUtbG9jaw==',
    iterations: 600_000,
    verifier: 'cd'.repeat(32),
    idleMinutes: 15,
    encryptBackups: true,
    backupSalt: 'YmFja3VwLXNhbHQtdmFsdWU=',
  },
  orgProfile: { legalName: { kk: 'ТОО «Алатау Деректер»', ru: 'ТОО «Алатау Деректер»' }, dpo: { email: 'dpo@alatau.kz' } } as unknown as Settings['orgProfile'],
  lastBackup: {
    at: '2026-11-20T04:00:00.000Z',
    kind: 'daily',
    size: 2048,
    verified: true,
    where: '/home/aliya/Qorgau/backups/qorgau-backup.json',
    encrypted: true,
  },
};

describe('the diagnostics report', () => {
  it('holds a summary of the settings, no contents and no secrets', async () => {
    const platform = fakePlatform({ kind: 'electron' });
    render(
      <AppProvider initialSettings={SETTINGS} platform={platform}>
        <DiagnosticsSection />
      </AppProvider>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save a diagnostic report' }));
    expect(await screen.findByText('Saved to /home/dpo/qorgau-diagnostics.json')).toBeTruthy();
    const { text } = platform.saved[0]!;
    expect(JSON.parse(text)).toMatchObject({
      platform: 'electron',
      settings: {
        locale: 'en',
        orgProfile: 'filled',
        appLock: { idleMinutes: 15, encryptBackups: true },
        lastBackup: { kind: 'daily', verified: true, encrypted: true },
      },
    });
    for (const secret of ['c2FsdC1vZi10aGUtbG9jaw==', 'cd'.repeat(32), 'YmFja3VwLXNhbHQtdmFsdWU=', 'Алатау', 'dpo@alatau.kz', '/home/aliya']) {
      expect(text).not.toContain(secret);
    }
  });
});
