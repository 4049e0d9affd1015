import { describe, expect, it, vi } from 'vitest';
import { BackupStoreError, type BackupStore } from '../../../electron/main/backup-store';
import { createIpcHandlers, registerIpcHandlers, type NativeDeps } from '../../../electron/main/ipc-handlers';
import { BACKUP_CHUNK_BYTES, IPC_CHANNELS } from '../../../shared/ipc';

vi.mock('electron', () => ({}));

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);

function fakeDeps(overrides: Partial<NativeDeps> = {}): NativeDeps {
  return {
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/dpo/letter.pdf' })),
    writeFile: vi.fn(async () => undefined),
    writeTempFile: vi.fn(async (name: string) => `/tmp/qorgau-1/${name}`),
    openPath: vi.fn(async () => ''),
    printPdf: vi.fn(async () => undefined),
    notificationsSupported: () => true,
    showNotification: vi.fn(),
    openExternal: vi.fn(async () => undefined),
    appInfo: () => ({ name: 'Qorgau', version: '0.1.0', electron: '45.4.1', chrome: '142', platform: 'linux', systemLocale: 'kk-KZ' }),
    setLocale: vi.fn(),
    backupStore: fakeBackupStore(),
    showFolderDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/media/usb/qorgau'] })),
    ...overrides,
  };
}

const TOKEN = '0b6f1a52-8c1e-4a43-9d1f-3f7e2b9a6c10';

function fakeBackupStore(overrides: Partial<BackupStore> = {}): BackupStore {
  return {
    folder: vi.fn(async () => '/home/dpo/.config/Qorgau/backups'),
    setFolder: vi.fn(async () => undefined),
    status: vi.fn(async () => ({
      folder: '/home/dpo/.config/Qorgau/backups',
      isDefaultFolder: true,
      entries: [],
      dailyDue: true,
      keep: { daily: 14, monthly: 6, preUpgrade: 6 },
    })),
    list: vi.fn(async () => []),
    begin: vi.fn(async () => TOKEN),
    append: vi.fn(async () => undefined),
    commit: vi.fn(async () => ({ fileName: 'f.json', path: '/b/f.json', size: 10, createdAt: '2026-05-26T05:00:00.000Z', verified: true })),
    read: vi.fn(async () => ({ bytes: new Uint8Array([1]), totalBytes: 1 })),
    ...overrides,
  };
}

describe('IPC handlers validate every payload before acting', () => {
  it('saves bytes to the file chosen in the native dialog', async () => {
    const deps = fakeDeps();
    const handlers = createIpcHandlers(deps);
    const result = await handlers[IPC_CHANNELS.saveFile]!({
      suggestedName: 'letter.pdf',
      bytes: PDF,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    expect(result).toEqual({ ok: true, value: { status: 'saved', path: '/home/dpo/letter.pdf' } });
    expect(deps.writeFile).toHaveBeenCalledWith('/home/dpo/letter.pdf', PDF);
  });

  it('writes nothing when the dialog is canceled', async () => {
    const deps = fakeDeps({ showSaveDialog: vi.fn(async () => ({ canceled: true })) });
    const result = await createIpcHandlers(deps)[IPC_CHANNELS.saveFile]!({ suggestedName: 'a.json', bytes: new Uint8Array([1]), filters: [] });
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
    const result = await createIpcHandlers(deps)[IPC_CHANNELS.saveFile]!(payload);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toBe('invalid-payload');
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('opens and prints only real PDFs', async () => {
    const deps = fakeDeps();
    const handlers = createIpcHandlers(deps);
    expect(await handlers[IPC_CHANNELS.openPdf]!({ fileName: 'act.pdf', bytes: PDF })).toEqual({ ok: true, value: undefined });
    expect(deps.openPath).toHaveBeenCalledWith('/tmp/qorgau-1/act.pdf');
    expect(await handlers[IPC_CHANNELS.printPdf]!({ fileName: 'act.pdf', bytes: PDF })).toEqual({ ok: true, value: undefined });
    expect(deps.printPdf).toHaveBeenCalledWith('/tmp/qorgau-1/act.pdf', 'act.pdf');
    const notPdf = await handlers[IPC_CHANNELS.printPdf]!({ fileName: 'x.pdf', bytes: new Uint8Array([1, 2, 3, 4]) });
    expect(notPdf).toMatchObject({ ok: false, error: 'invalid-payload' });
  });

  it('reports a system viewer failure as io-failed', async () => {
    const deps = fakeDeps({ openPath: vi.fn(async () => 'no application') });
    expect(await createIpcHandlers(deps)[IPC_CHANNELS.openPdf]!({ fileName: 'a.pdf', bytes: PDF })).toEqual({
      ok: false,
      error: 'io-failed',
      message: 'no application',
    });
  });

  it('reports a thrown write as io-failed, not a crash', async () => {
    const deps = fakeDeps({ writeFile: vi.fn(async () => Promise.reject(new Error('EACCES'))) });
    expect(await createIpcHandlers(deps)[IPC_CHANNELS.saveFile]!({ suggestedName: 'a.pdf', bytes: PDF, filters: [] })).toEqual({
      ok: false,
      error: 'io-failed',
      message: 'EACCES',
    });
  });

  it('shows notifications, or says they are unsupported', async () => {
    const deps = fakeDeps();
    expect(await createIpcHandlers(deps)[IPC_CHANNELS.notify]!({ title: 'Срок', body: 'DSR-2026-000001' })).toEqual({ ok: true, value: undefined });
    expect(deps.showNotification).toHaveBeenCalledWith('Срок', 'DSR-2026-000001');
    const off = fakeDeps({ notificationsSupported: () => false });
    expect(await createIpcHandlers(off)[IPC_CHANNELS.notify]!({ title: 'x', body: '' })).toMatchObject({ ok: false, error: 'unsupported' });
    expect(await createIpcHandlers(deps)[IPC_CHANNELS.notify]!({ title: '', body: '' })).toMatchObject({ error: 'invalid-payload' });
  });

  it('opens only allow-listed URLs', async () => {
    const deps = fakeDeps();
    const handlers = createIpcHandlers(deps);
    expect(await handlers[IPC_CHANNELS.openExternal]!({ url: 'https://adilet.zan.kz/rus/docs/Z1300000094' })).toEqual({ ok: true, value: undefined });
    expect(await handlers[IPC_CHANNELS.openExternal]!({ url: 'https://evil.example/' })).toMatchObject({ ok: false, error: 'not-allowed' });
    expect(deps.openExternal).toHaveBeenCalledTimes(1);
  });

  it('answers app info and accepts only known locales', async () => {
    const deps = fakeDeps();
    const handlers = createIpcHandlers(deps);
    expect(await handlers[IPC_CHANNELS.appInfo]!(undefined)).toMatchObject({ ok: true, value: { name: 'Qorgau', version: '0.1.0' } });
    expect(await handlers[IPC_CHANNELS.setLocale]!({ locale: 'ru' })).toEqual({ ok: true, value: undefined });
    expect(await handlers[IPC_CHANNELS.setLocale]!({ locale: 'de' })).toMatchObject({ error: 'invalid-payload' });
    expect(deps.setLocale).toHaveBeenCalledTimes(1);
  });

  it('covers every invoke channel of the contract', () => {
    const invokeChannels = Object.values(IPC_CHANNELS).filter((c) => c !== IPC_CHANNELS.menuCommand);
    expect(Object.keys(createIpcHandlers(fakeDeps())).sort()).toEqual([...invokeChannels].sort());
  });
});

describe('backup channels', () => {
  it('writes an automatic backup in chunks: begin, append, commit', async () => {
    const deps = fakeDeps();
    const handlers = createIpcHandlers(deps);
    expect(await handlers[IPC_CHANNELS.backupBegin]!({ kind: 'daily', totalBytes: 3 })).toEqual({ ok: true, value: { status: 'ready', token: TOKEN } });
    expect(deps.backupStore.begin).toHaveBeenCalledWith('daily', 3);
    expect(await handlers[IPC_CHANNELS.backupAppend]!({ token: TOKEN, bytes: new Uint8Array([1, 2, 3]) })).toEqual({ ok: true, value: undefined });
    expect(await handlers[IPC_CHANNELS.backupCommit]!({ token: TOKEN })).toMatchObject({ ok: true, value: { verified: true } });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });

  it('asks where to save an export, and writes nothing when canceled', async () => {
    const deps = fakeDeps();
    const handlers = createIpcHandlers(deps);
    expect(await handlers[IPC_CHANNELS.backupBegin]!({ kind: 'export', totalBytes: 9, suggestedName: 'qorgau-export.json' })).toMatchObject({
      value: { status: 'ready' },
    });
    expect(deps.backupStore.begin).toHaveBeenCalledWith('export', 9, '/home/dpo/letter.pdf');
    const canceled = fakeDeps({ showSaveDialog: vi.fn(async () => ({ canceled: true })) });
    expect(await createIpcHandlers(canceled)[IPC_CHANNELS.backupBegin]!({ kind: 'export', totalBytes: 9, suggestedName: 'a.json' })).toEqual({
      ok: true,
      value: { status: 'canceled' },
    });
    expect(canceled.backupStore.begin).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown kind', IPC_CHANNELS.backupBegin, { kind: 'weekly', totalBytes: 3 }],
    ['an export without a name', IPC_CHANNELS.backupBegin, { kind: 'export', totalBytes: 3 }],
    ['more than the largest backup', IPC_CHANNELS.backupBegin, { kind: 'daily', totalBytes: 2 ** 40 }],
    ['a path as export name', IPC_CHANNELS.backupBegin, { kind: 'export', totalBytes: 3, suggestedName: '../x.json' }],
    ['a token that is not one', IPC_CHANNELS.backupAppend, { token: '../../x', bytes: new Uint8Array([1]) }],
    ['a chunk above the limit', IPC_CHANNELS.backupAppend, { token: TOKEN, bytes: new Uint8Array(BACKUP_CHUNK_BYTES + 1) }],
    ['an empty chunk', IPC_CHANNELS.backupAppend, { token: TOKEN, bytes: new Uint8Array() }],
    ['a file outside the backups', IPC_CHANNELS.backupRead, { fileName: '../backup-settings.json', offset: 0 }],
    ['a negative offset', IPC_CHANNELS.backupRead, { fileName: 'qorgau-backup-2026-05-26T05-00-00-000Z-daily.json', offset: -1 }],
  ])('refuses %s before touching the folder', async (_label, channel, payload) => {
    const deps = fakeDeps();
    expect(await createIpcHandlers(deps)[channel]!(payload)).toMatchObject({ ok: false, error: 'invalid-payload' });
    for (const method of ['begin', 'append', 'commit', 'read'] as const) expect(deps.backupStore[method]).not.toHaveBeenCalled();
  });

  it.each(['daily', 'manual', 'pre-upgrade', 'pre-restore'])('reads a %s backup of the folder', async (kind) => {
    const deps = fakeDeps();
    const fileName = `qorgau-backup-2026-05-26T05-00-00-000Z-${kind}.json`;
    expect(await createIpcHandlers(deps)[IPC_CHANNELS.backupRead]!({ fileName, offset: 0 })).toMatchObject({ ok: true });
    expect(deps.backupStore.read).toHaveBeenCalledWith(fileName, 0);
  });

  it('answers verify-failed when the file did not read back right', async () => {
    const deps = fakeDeps({
      backupStore: fakeBackupStore({ commit: vi.fn(async () => Promise.reject(new BackupStoreError('verify-failed', 'checksum-mismatch'))) }),
    });
    expect(await createIpcHandlers(deps)[IPC_CHANNELS.backupCommit]!({ token: TOKEN })).toEqual({
      ok: false,
      error: 'verify-failed',
      message: 'checksum-mismatch',
    });
  });

  it('chooses a folder in the native dialog, or leaves it when canceled', async () => {
    const deps = fakeDeps();
    const handlers = createIpcHandlers(deps);
    expect(await handlers[IPC_CHANNELS.backupChooseFolder]!(undefined)).toEqual({ ok: true, value: { status: 'chosen', folder: '/media/usb/qorgau' } });
    expect(deps.showFolderDialog).toHaveBeenCalledWith({ defaultPath: '/home/dpo/.config/Qorgau/backups' });
    expect(deps.backupStore.setFolder).toHaveBeenCalledWith('/media/usb/qorgau');
    const canceled = fakeDeps({ showFolderDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })) });
    expect(await createIpcHandlers(canceled)[IPC_CHANNELS.backupChooseFolder]!(undefined)).toEqual({ ok: true, value: { status: 'canceled' } });
    expect(canceled.backupStore.setFolder).not.toHaveBeenCalled();
  });

  it('reports status, opens the folder and reads files', async () => {
    const deps = fakeDeps();
    const handlers = createIpcHandlers(deps);
    expect(await handlers[IPC_CHANNELS.backupStatus]!(undefined)).toMatchObject({ ok: true, value: { dailyDue: true } });
    expect(await handlers[IPC_CHANNELS.backupOpenFolder]!(undefined)).toEqual({ ok: true, value: undefined });
    expect(deps.openPath).toHaveBeenCalledWith('/home/dpo/.config/Qorgau/backups');
    expect(await handlers[IPC_CHANNELS.backupRead]!({ fileName: 'qorgau-backup-2026-05-26T05-00-00-000Z-daily.json', offset: 0 })).toMatchObject({
      ok: true,
      value: { totalBytes: 1 },
    });
  });
});

describe('registerIpcHandlers', () => {
  it('refuses calls from frames that are not the app', async () => {
    const registered = new Map<string, (event: { senderFrame: { url: string } | null }, payload: unknown) => unknown>();
    const deps = fakeDeps();
    registerIpcHandlers({ handle: (channel, listener) => registered.set(channel, listener) }, createIpcHandlers(deps), (url) =>
      url.startsWith('app://qorgau/'),
    );
    const notify = registered.get(IPC_CHANNELS.notify)!;
    expect(await notify({ senderFrame: { url: 'https://evil.example/' } }, { title: 'x', body: '' })).toMatchObject({ ok: false, error: 'not-allowed' });
    expect(await notify({ senderFrame: null }, { title: 'x', body: '' })).toMatchObject({ ok: false, error: 'not-allowed' });
    expect(deps.showNotification).not.toHaveBeenCalled();
    expect(await notify({ senderFrame: { url: 'app://qorgau/index.html' } }, { title: 'x', body: '' })).toMatchObject({ ok: true });
  });
});
