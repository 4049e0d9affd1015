import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_METHODS, INVOKE_CHANNELS, MENU_COMMAND_CHANNEL } from '../../../shared/ipc';

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

type Bridge = Record<string, unknown>;
type Call = (payload?: unknown) => Promise<unknown>;

describe('preload bridge', () => {
  beforeEach(async () => {
    await import('../../../electron/preload/index');
    invoke.mockClear();
  });

  it('exposes exactly the typed contract on window.qorgau and nothing else', () => {
    expect(Object.keys(exposed)).toEqual(['qorgau']);
    const bridge = exposed['qorgau'] as Bridge;
    expect(Object.keys(bridge).sort()).toEqual(
      [
        'kind',
        'saveFile',
        'printPdf',
        'openPdf',
        'openAttachment',
        'saveAttachment',
        'notify',
        'appInfo',
        'openExternal',
        'setLocale',
        'setTheme',
        'onMenuCommand',
        'backupStatus',
        'anchorRead',
        'anchorKeep',
        'backupChooseFolder',
        'backupOpenFolder',
        'backupBegin',
        'backupAppend',
        'backupCommit',
        'backupRead',
      ].sort(),
    );
    expect(bridge['kind']).toBe('electron');
    expect(Object.keys(bridge)).not.toContain('invoke');
    expect(JSON.stringify(bridge)).not.toMatch(/invoke|send|env/);
  });

  it('has one method per channel of the map, each name used once', () => {
    const methods = INVOKE_CHANNELS.map((channel) => BRIDGE_METHODS[channel]);
    expect(new Set(methods).size).toBe(INVOKE_CHANNELS.length);
    const bridge = exposed['qorgau'] as Bridge;
    for (const method of methods) expect(typeof bridge[method], method).toBe('function');
  });

  it.each(INVOKE_CHANNELS.map((channel) => [BRIDGE_METHODS[channel], channel] as const))('%s invokes %s and only it', async (method, channel) => {
    const bridge = exposed['qorgau'] as Record<string, Call>;
    const payload = { marker: method };
    await bridge[method]!(payload);
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(invoke).toHaveBeenCalledWith(channel, payload);
  });

  it('passes the payload on untouched, and nothing for a call without one', async () => {
    const bridge = exposed['qorgau'] as Record<string, Call>;
    const bytes = new Uint8Array([1, 2]);
    await bridge['backupAppend']!({ token: 't', bytes });
    await bridge['appInfo']!();
    expect(invoke).toHaveBeenNthCalledWith(1, 'qorgau:backup/append', { token: 't', bytes });
    expect(invoke).toHaveBeenNthCalledWith(2, 'qorgau:app/info', undefined);
  });

  it('passes on only known menu commands and can unsubscribe', () => {
    const bridge = exposed['qorgau'] as { onMenuCommand(fn: (c: string) => void): () => void };
    const seen: string[] = [];
    const off = bridge.onMenuCommand((c) => seen.push(c));
    const fire = listeners.get(MENU_COMMAND_CHANNEL)!;
    fire({}, 'navigate-settings');
    fire({}, 'rm -rf');
    expect(seen).toEqual(['navigate-settings']);
    off();
    expect(listeners.has(MENU_COMMAND_CHANNEL)).toBe(false);
  });
});
