/**
 * The handlers of the IPC map, called the way the renderer reaches them: registered by
 * registerIpcHandlers (frame check, the channel's zod schema, thrown errors as answers), then invoked
 * from the app's own frame with a payload of any shape.
 */
import { describe, expect, it, vi } from 'vitest';
import { BackupStoreError } from '../../../electron/main/backup-store';
import { createIpcHandlers, type NativeDeps } from '../../../electron/main/ipc-handlers';
import { registerIpcHandlers, type IpcMainLike } from '../../../electron/main/ipc-registration';
import { BACKUP_CHUNK_BYTES, type IpcChannel, type IpcError, type IpcValue } from '../../../shared/ipc';
import type { Result } from '../../../shared/result';
import { PDF, TOKEN, fakeBackupStore, fakeDeps } from './fake-native-deps';

vi.mock('electron', () => ({}));

type Listener = Parameters<IpcMainLike['handle']>[1];
const APP_FRAME = { senderFrame: { url: 'app://qorgau/index.html' } };

/** Main with every handler registered; the returned function invokes a channel from the app's frame. */
function mainWith(deps: NativeDeps) {
  const listeners = new Map<string, Listener>();
  registerIpcHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, createIpcHandlers(deps), (url) => url.startsWith('app://qorgau/'));
  return async <K extends IpcChannel>(channel: K, payload?: unknown): Promise<Result<IpcValue<K>, IpcError>> =>
    (await listeners.get(channel)!(APP_FRAME, payload)) as Result<IpcValue<K>, IpcError>;
}

describe('IPC handlers validate every payload before acting', () => {
  it('saves bytes to the file chosen in the native dialog', async () => {
    const deps = fakeDeps();
    const main = mainWith(deps);
    const result = await main('qorgau:file/save', {
      suggestedName: 'letter.pdf',
      bytes: PDF,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(result).toEqual({ ok: true, value: { status: 'saved', path: '/home/dpo/letter.pdf' } });
    expect(deps.writeFile).toHaveBeenCalledWith('/home/dpo/letter.pdf', PDF);
  });

  it('writes nothing when the dialog is canceled', async () => {
    const deps = fakeDeps({ showSaveDialog: vi.fn(async () => ({ canceled: true })) });
    const result = await mainWith(deps)('qorgau:file/save', { suggestedName: 'a.json', bytes: new Uint8Array([1]), filters: [] });
    expect(result).toEqual({ ok: true, value: { status: 'canceled' } });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it.each([
    ['no payload', undefined],
    ['bytes as a plain array', { suggestedName: 'a.pdf', bytes: [1, 2], filters: [] }],
    ['empty bytes', { suggestedName: 'a.pdf', bytes: new Uint8Array(), filters: [] }],
    ['a path in the name', { suggestedName: '../../etc/passwd', bytes: PDF, filters: [] }],
    ['a Windows path in the name', { suggestedName: 'C:\\x.pdf', bytes: PDF, filters: [] }],
    ['a bad extension filter', { suggestedName: 'a.pdf', bytes: PDF, filters: [{ name: 'x', extensions: ['*'] }] }],
  ])('refuses save with %s and touches nothing', async (_label, payload) => {
    const deps = fakeDeps();
    const result = await mainWith(deps)('qorgau:file/save', payload);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toBe('invalid-payload');
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('opens and prints only real PDFs', async () => {
    const deps = fakeDeps();
    const main = mainWith(deps);
    expect(await main('qorgau:pdf/open', { fileName: 'act.pdf', bytes: PDF })).toEqual({ ok: true, value: undefined });
    expect(deps.openPath).toHaveBeenCalledWith('/tmp/qorgau-pdf-1/act.pdf');
    expect(await main('qorgau:pdf/print', { fileName: 'act.pdf', bytes: PDF })).toEqual({ ok: true, value: undefined });
    expect(deps.printPdf).toHaveBeenCalledWith('/tmp/qorgau-pdf-1/act.pdf', 'act.pdf', expect.any(Function));
    const notPdf = await main('qorgau:pdf/print', { fileName: 'x.pdf', bytes: new Uint8Array([1, 2, 3, 4]) });
    expect(notPdf).toMatchObject({ ok: false, error: 'invalid-payload' });
  });

  it('reports a system viewer failure as io-failed', async () => {
    const deps = fakeDeps({ openPath: vi.fn(async () => 'no application') });
    expect(await mainWith(deps)('qorgau:pdf/open', { fileName: 'a.pdf', bytes: PDF })).toEqual({
      ok: false,
      error: 'io-failed',
      message: 'no application',
    });
  });

  it('reports a thrown write as io-failed, not a crash', async () => {
    const deps = fakeDeps({ writeFile: vi.fn(async () => Promise.reject(new Error('EACCES'))) });
    expect(await mainWith(deps)('qorgau:file/save', { suggestedName: 'a.pdf', bytes: PDF, filters: [] })).toEqual({
      ok: false,
      error: 'io-failed',
      message: 'EACCES',
    });
  });

  it('shows notifications, or says they are unsupported', async () => {
    const deps = fakeDeps();
    expect(await mainWith(deps)('qorgau:notify/show', { title: 'Срок', body: 'DSR-2026-000001' })).toEqual({ ok: true, value: undefined });
    expect(deps.showNotification).toHaveBeenCalledWith('Срок', 'DSR-2026-000001');
    const off = fakeDeps({ notificationsSupported: () => false });
    expect(await mainWith(off)('qorgau:notify/show', { title: 'x', body: '' })).toMatchObject({ ok: false, error: 'unsupported' });
    expect(await mainWith(deps)('qorgau:notify/show', { title: '', body: '' })).toMatchObject({ error: 'invalid-payload' });
  });

  it('opens only allow-listed URLs', async () => {
    const deps = fakeDeps();
    const main = mainWith(deps);
    expect(await main('qorgau:url/open-external', { url: 'https://adilet.zan.kz/rus/docs/Z1300000094' })).toEqual({ ok: true, value: undefined });
    expect(await main('qorgau:url/open-external', { url: 'https://evil.example/' })).toMatchObject({ ok: false, error: 'not-allowed' });
    expect(deps.openExternal).toHaveBeenCalledTimes(1);
  });

  it('answers app info and accepts only known locales', async () => {
    const deps = fakeDeps();
    const main = mainWith(deps);
    expect(await main('qorgau:app/info')).toMatchObject({ ok: true, value: { name: 'Qorgau', version: '0.1.0' } });
    expect(await main('qorgau:app/set-locale', { locale: 'ru' })).toEqual({ ok: true, value: undefined });
    expect(await main('qorgau:app/set-locale', { locale: 'de' })).toMatchObject({ error: 'invalid-payload' });
    expect(deps.setLocale).toHaveBeenCalledTimes(1);
  });

  it('passes on only the three themes to nativeTheme; anything else is refused before it', async () => {
    const deps = fakeDeps();
    const main = mainWith(deps);
    for (const theme of ['system', 'light', 'dark'] as const) {
      expect(await main('qorgau:app/set-theme', { theme })).toEqual({ ok: true, value: undefined });
    }
    expect(deps.setTheme).toHaveBeenNthCalledWith(1, 'system');
    expect(deps.setTheme).toHaveBeenNthCalledWith(2, 'light');
    expect(deps.setTheme).toHaveBeenNthCalledWith(3, 'dark');
    for (const payload of [{ theme: 'Dark' }, { theme: 'sepia' }, { theme: '' }, { theme: 1 }, { theme: null }, {}, 'dark', undefined]) {
      expect(await main('qorgau:app/set-theme', payload)).toMatchObject({ ok: false, error: 'invalid-payload' });
    }
    expect(deps.setTheme).toHaveBeenCalledTimes(3);
  });

  it('answers invalid-payload when the native side refuses the theme', async () => {
    const main = mainWith(fakeDeps({ setTheme: vi.fn(() => 'refused' as const) }));
    expect(await main('qorgau:app/set-theme', { theme: 'dark' })).toMatchObject({ ok: false, error: 'invalid-payload' });
  });
});

describe('backup channels', () => {
  it('writes an automatic backup in chunks: begin, append, commit', async () => {
    const deps = fakeDeps();
    const main = mainWith(deps);
    expect(await main('qorgau:backup/begin', { kind: 'daily', totalBytes: 3 })).toEqual({ ok: true, value: { status: 'ready', token: TOKEN } });
    expect(deps.backupStore.begin).toHaveBeenCalledWith('daily', 3);
    expect(await main('qorgau:backup/append', { token: TOKEN, bytes: new Uint8Array([1, 2, 3]) })).toEqual({ ok: true, value: undefined });
    expect(await main('qorgau:backup/commit', { token: TOKEN })).toMatchObject({ ok: true, value: { verified: true } });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('asks where to save an export, and writes nothing when canceled', async () => {
    const deps = fakeDeps();
    const main = mainWith(deps);
    expect(await main('qorgau:backup/begin', { kind: 'export', totalBytes: 9, suggestedName: 'qorgau-export.json' })).toMatchObject({
      value: { status: 'ready' },
    });
    expect(deps.backupStore.begin).toHaveBeenCalledWith('export', 9, '/home/dpo/letter.pdf');
    const canceled = fakeDeps({ showSaveDialog: vi.fn(async () => ({ canceled: true })) });
    expect(await mainWith(canceled)('qorgau:backup/begin', { kind: 'export', totalBytes: 9, suggestedName: 'a.json' })).toEqual({
      ok: true,
      value: { status: 'canceled' },
    });
    expect(canceled.backupStore.begin).not.toHaveBeenCalled();
  });

  it.each<[string, IpcChannel, unknown]>([
    ['an unknown kind', 'qorgau:backup/begin', { kind: 'weekly', totalBytes: 3 }],
    ['an export without a name', 'qorgau:backup/begin', { kind: 'export', totalBytes: 3 }],
    ['more than the largest backup', 'qorgau:backup/begin', { kind: 'daily', totalBytes: 2 ** 40 }],
    ['a path as export name', 'qorgau:backup/begin', { kind: 'export', totalBytes: 3, suggestedName: '../x.json' }],
    ['a token that is not one', 'qorgau:backup/append', { token: '../../x', bytes: new Uint8Array([1]) }],
    ['a chunk above the limit', 'qorgau:backup/append', { token: TOKEN, bytes: new Uint8Array(BACKUP_CHUNK_BYTES + 1) }],
    ['an empty chunk', 'qorgau:backup/append', { token: TOKEN, bytes: new Uint8Array() }],
    ['a file outside the backups', 'qorgau:backup/read', { fileName: '../backup-settings.json', offset: 0 }],
    ['a negative offset', 'qorgau:backup/read', { fileName: 'qorgau-backup-2026-05-26T05-00-00-000Z-daily.json', offset: -1 }],
  ])('refuses %s before touching the folder', async (_label, channel, payload) => {
    const deps = fakeDeps();
    expect(await mainWith(deps)(channel, payload)).toMatchObject({ ok: false, error: 'invalid-payload' });
    for (const method of ['begin', 'append', 'commit', 'read'] as const) expect(deps.backupStore[method]).not.toHaveBeenCalled();
  });

  it.each(['daily', 'manual', 'pre-upgrade', 'pre-restore'])('reads a %s backup of the folder', async (kind) => {
    const deps = fakeDeps();
    const fileName = `qorgau-backup-2026-05-26T05-00-00-000Z-${kind}.json`;
    expect(await mainWith(deps)('qorgau:backup/read', { fileName, offset: 0 })).toMatchObject({ ok: true });
    expect(deps.backupStore.read).toHaveBeenCalledWith(fileName, 0);
  });

  it('answers verify-failed when the file did not read back right', async () => {
    const deps = fakeDeps({
      backupStore: fakeBackupStore({ commit: vi.fn(async () => Promise.reject(new BackupStoreError('verify-failed', 'checksum-mismatch'))) }),
    });
    expect(await mainWith(deps)('qorgau:backup/commit', { token: TOKEN })).toEqual({
      ok: false,
      error: 'verify-failed',
      message: 'checksum-mismatch',
    });
  });

  it('chooses a folder in the native dialog, or leaves it when canceled', async () => {
    const deps = fakeDeps();
    const main = mainWith(deps);
    expect(await main('qorgau:backup/choose-folder')).toEqual({ ok: true, value: { status: 'chosen', folder: '/media/usb/qorgau' } });
    expect(deps.showFolderDialog).toHaveBeenCalledWith({ defaultPath: '/home/dpo/.config/Qorgau/backups' });
    expect(deps.backupStore.setFolder).toHaveBeenCalledWith('/media/usb/qorgau');
    const canceled = fakeDeps({ showFolderDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) });
    expect(await mainWith(canceled)('qorgau:backup/choose-folder')).toEqual({ ok: true, value: { status: 'canceled' } });
    expect(canceled.backupStore.setFolder).not.toHaveBeenCalled();
  });

  it('reports status, opens the folder and reads files', async () => {
    const deps = fakeDeps();
    const main = mainWith(deps);
    expect(await main('qorgau:backup/status')).toMatchObject({ ok: true, value: { dailyDue: true } });
    expect(await main('qorgau:backup/open-folder')).toEqual({ ok: true, value: undefined });
    expect(deps.openPath).toHaveBeenCalledWith('/home/dpo/.config/Qorgau/backups');
    expect(await main('qorgau:backup/read', { fileName: 'qorgau-backup-2026-05-26T05-00-00-000Z-daily.json', offset: 0 })).toMatchObject({
      ok: true,
      value: { totalBytes: 1 },
    });
  });
});

describe('the system browser gets the parsed address, never the raw string (issue 16 finding 11)', () => {
  it.each([
    ['https://adilet.zan.kz\\@evil.example/', 'https://adilet.zan.kz/@evil.example/'],
    ['https://adilet.zan.kz/rus/docs/Z1300000094\n', 'https://adilet.zan.kz/rus/docs/Z1300000094'],
    ['  https://ADILET.zan.kz/rus/docs/Z1300000094', 'https://adilet.zan.kz/rus/docs/Z1300000094'],
    ['https://adilet.zan.kz/a b', 'https://adilet.zan.kz/a%20b'],
  ])('%j → %j', async (raw, href) => {
    const deps = fakeDeps();
    expect(await mainWith(deps)('qorgau:url/open-external', { url: raw })).toEqual({ ok: true, value: undefined });
    expect(deps.openExternal).toHaveBeenCalledWith(href);
  });
});
