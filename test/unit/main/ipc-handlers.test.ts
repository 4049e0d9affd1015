import { describe, expect, it, vi } from 'vitest';
import { createIpcHandlers, registerIpcHandlers, type NativeDeps } from '../../../electron/main/ipc-handlers';
import { IPC_CHANNELS } from '../../../shared/ipc';

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
