/**
 * Settings → Backups, part by part: back up now (and its busy flag however the write ends), the
 * export form, the desktop backup folder and its list, restoring an encrypted file.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeBackup } from '../../../shared/backup/codec';
import { MIN_ITERATIONS, newBackupKey } from '../../../shared/backup/crypto';
import { ok } from '../../../shared/result';
import { AppProvider } from '../../../renderer/app/app-context';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { DEFAULT_SETTINGS } from '../../../renderer/db/settings-repository';
import { BackupSection } from '../../../renderer/features/backup/BackupSection';
import { DEFAULT_BACKUP_FOLDER, emptyFolder, fakePlatform, type FakePlatform } from '../fake-platform';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`backup-section-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
});
afterEach(() => {
  useDatabaseForTests(undefined);
  db.close();
  vi.restoreAllMocks();
});

function renderSection(platform: FakePlatform) {
  return render(
    <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale: 'en' }} platform={platform}>
      <BackupSection />
    </AppProvider>,
  );
}

const backUpNow = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Back up now' });
const exportButton = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Export to a file…' });

describe('back up now', () => {
  it('in a browser downloads the backup, says so and records it as the last backup', async () => {
    const platform = fakePlatform();
    renderSection(platform);
    expect(screen.getByTestId('last-backup').textContent).toBe('No backup has been made on this computer yet.');
    await userEvent.setup().click(backUpNow());
    const notice = await screen.findByTestId('backup-notice');
    expect(notice.textContent).toMatch(/^Backup downloaded as qorgau-backup-.*\.json$/);
    expect(platform.backups.map((b) => b.kind)).toEqual(['manual']);
    expect(screen.getByTestId('last-backup').textContent).toMatch(/ · manual · .* · downloaded \(check your Downloads folder\)$/);
    expect(backUpNow().disabled).toBe(false);
  });

  it('a write that throws is said, and neither button stays disabled', async () => {
    const platform = fakePlatform({ writeBackup: async () => Promise.reject(new Error('QuotaExceededError: the disk is full')) });
    renderSection(platform);
    await userEvent.setup().click(backUpNow());
    expect((await screen.findByTestId('backup-notice')).textContent).toBe('The backup could not be written: QuotaExceededError: the disk is full');
    expect(backUpNow().disabled).toBe(false);
    expect(exportButton().disabled).toBe(false);
    expect(screen.queryByText('Working…')).toBeNull();
  });
});

describe('export', () => {
  it('asks the passphrase twice when the file is to be protected, and closes on Cancel', async () => {
    const user = userEvent.setup();
    renderSection(fakePlatform());
    await user.click(exportButton());
    const form = screen.getByTestId('export-form');
    await user.click(within(form).getByLabelText('Protect the file with a passphrase'));
    await user.type(within(form).getByLabelText('Passphrase'), 'Алатау 2026 көктем');
    await user.type(within(form).getByLabelText('Repeat the passphrase'), 'Алатау 2026 көктеМ');
    expect(within(form).getByText('The two passphrases differ.')).toBeTruthy();
    expect(within(form).getByRole<HTMLButtonElement>('button', { name: 'Export' }).disabled).toBe(true);
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('export-form')).toBeNull();
  });
});

describe('the backup folder of the desktop app', () => {
  it('shows the folder and its files; choosing another folder asks again', async () => {
    const user = userEvent.setup();
    const entry = { fileName: 'qorgau-backup-2026-11-20-daily.json', kind: 'daily' as const, createdAt: '2026-11-20T04:00:00.000Z', size: 4096 };
    let folder = { ...emptyFolder(), entries: [entry] };
    const platform = fakePlatform({
      kind: 'electron',
      backupStatus: async () => ok(folder),
      chooseBackupFolder: async () => {
        folder = { ...folder, folder: '/media/usb/Qorgau', isDefaultFolder: false, entries: [] };
        return ok({ status: 'chosen', folder: folder.folder });
      },
    });
    renderSection(platform);
    expect((await screen.findByTestId('backup-folder')).textContent).toBe(DEFAULT_BACKUP_FOLDER);
    expect(within(screen.getByTestId('backup-list')).getByText(/ · daily · /)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Choose folder…' }));
    await vi.waitFor(() => expect(screen.getByTestId('backup-folder').textContent).toBe('/media/usb/Qorgau'));
    expect(screen.getByText('The folder holds no backups yet.')).toBeTruthy();
  });

  it('a file of the folder that cannot be read is said', async () => {
    const entry = { fileName: 'qorgau-backup-2026-11-20-daily.json', kind: 'daily' as const, createdAt: '2026-11-20T04:00:00.000Z', size: 4096 };
    const platform = fakePlatform({ kind: 'electron', backupStatus: async () => ok({ ...emptyFolder(), entries: [entry] }) });
    renderSection(platform);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Restore' }));
    expect((await screen.findByTestId('backup-notice')).textContent).toBe('Nothing was changed: not a backup in the folder');
    expect(screen.queryByTestId('restore-panel')).toBeNull();
  });
});

describe('restoring an encrypted file', () => {
  it('asks the passphrase, says when it is wrong (the field emptied), and with the right one shows what would be replaced', async () => {
    const user = userEvent.setup();
    const { bytes } = await encodeBackup({
      tables: { cases: [] },
      appVersion: '0.1.0',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: '2026-11-01T00:00:00.000Z',
      kind: 'export',
      encryptWith: await newBackupKey('Алатау 2026 көктем', MIN_ITERATIONS),
    });
    renderSection(fakePlatform());
    await user.upload(
      screen.getByLabelText('Choose a backup or export file…'),
      new File([bytes as Uint8Array<ArrayBuffer>], 'export.json', { type: 'application/json' }),
    );

    const panel = await screen.findByTestId('restore-panel');
    await within(panel).findByText('This file is encrypted. Enter its passphrase.');
    await user.type(within(panel).getByLabelText('Passphrase'), 'not the passphrase');
    await user.click(within(panel).getByRole('button', { name: 'Open' }));
    expect((await within(panel).findByTestId('restore-problem')).textContent).toBe(
      'Wrong passphrase, or the file was altered after it was written: it could not be decrypted. Nothing was changed.',
    );
    expect(within(panel).getByLabelText<HTMLInputElement>('Passphrase').value).toBe('');

    await user.type(within(panel).getByLabelText('Passphrase'), 'Алатау 2026 көктем');
    await user.click(within(panel).getByRole('button', { name: 'Open' }));
    const confirm = await within(panel).findByTestId('restore-confirm');
    expect(within(confirm).getByTestId('file-cases').textContent).toBe('0');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByTestId('restore-panel')).toBeNull();
  });
});

describe('encrypted backups without the key in memory (issue 16 finding 11)', () => {
  it('a manual backup is refused, not written unencrypted, and says what to do', async () => {
    const platform = fakePlatform();
    const lock = {
      salt: 'AAAAAAAAAAAAAAAAAAAAAA==',
      iterations: MIN_ITERATIONS,
      verifier: '0'.repeat(64),
      idleMinutes: 0,
      encryptBackups: true,
      backupSalt: 'AAAAAAAAAAAAAAAAAAAAAA==',
    } as const;
    render(
      <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale: 'en', appLock: lock }} platform={platform}>
        <BackupSection />
      </AppProvider>,
    );
    await userEvent.setup().click(backUpNow());
    const notice = await screen.findByTestId('backup-notice');
    expect(notice.textContent).toContain('Nothing was written');
    expect(platform.backups).toEqual([]);
  });
});
