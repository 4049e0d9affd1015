import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/ipc';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async () => ({ ok: true, value: undefined }));
const listeners = new Map<string, (event: unknown, arg: unknown) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: {
    invoke,
    on: (channel: string, fn: (event: unknown, arg: unknown) => void) => listeners.set(channel, fn),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

describe('preload bridge', () => {
  beforeEach(async () => {
    await import('../../../electron/preload/index');
  });

  it('exposes exactly the typed contract on window.qorgau and nothing else', () => {
    expect(Object.keys(exposed)).toEqual(['qorgau']);
    const bridge = exposed['qorgau'] as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual(
      [
        'kind',
        'saveFile',
        'printPdf',
        'openPdf',
        'notify',
        'appInfo',
        'openExternal',
        'setLocale',
        'onMenuCommand',
        'backupStatus',
        'backupChooseFolder',
        'backupOpenFolder',
        'backupBegin',
        'backupAppend',
        'backupCommit',
        'backupRead',
      ].sort(),
    );
    expect(bridge['kind']).toBe('electron');
    expect(JSON.stringify(bridge)).not.toMatch(/invoke|send|env/);
  });

  it('maps each method to its own channel', async () => {
    const bridge = exposed['qorgau'] as Record<string, (arg?: unknown) => Promise<unknown>>;
    await bridge['notify']!({ title: 't', body: 'b' });
    await bridge['appInfo']!();
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.notify, { title: 't', body: 'b' });
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.appInfo);
    const bytes = new Uint8Array([1, 2]);
    await bridge['backupBegin']!({ kind: 'daily', totalBytes: 2 });
    await bridge['backupAppend']!({ token: 't', bytes });
    await bridge['backupCommit']!({ token: 't' });
    await bridge['backupStatus']!();
    await bridge['backupRead']!({ fileName: 'f', offset: 0 });
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.backupBegin, { kind: 'daily', totalBytes: 2 });
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.backupAppend, { token: 't', bytes });
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.backupCommit, { token: 't' });
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.backupStatus);
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.backupRead, { fileName: 'f', offset: 0 });
  });

  it('passes on only known menu commands and can unsubscribe', () => {
    const bridge = exposed['qorgau'] as { onMenuCommand(fn: (c: string) => void): () => void };
    const seen: string[] = [];
    const off = bridge.onMenuCommand((c) => seen.push(c));
    const fire = listeners.get(IPC_CHANNELS.menuCommand)!;
    fire({}, 'navigate-settings');
    fire({}, 'rm -rf');
    expect(seen).toEqual(['navigate-settings']);
    off();
    expect(listeners.has(IPC_CHANNELS.menuCommand)).toBe(false);
  });
});
