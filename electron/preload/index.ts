/**
 * The preload exposes exactly the typed bridge of shared/ipc.ts on `window.qorgau` — one method per
 * channel of the IPC map, each bound to its own channel, plus the menu subscription. No generic invoke,
 * no event emitter, no process.env. It runs sandboxed and is emitted as CommonJS.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_METHODS, MENU_COMMAND_CHANNEL, MENU_COMMANDS, type BridgeCalls, type MenuCommand, type QorgauBridge } from '../../shared/ipc';

/** `saveFile(payload)` invokes 'qorgau:file/save', and so on for every channel of the map: the page never names a channel. */
function bridgeCalls(): BridgeCalls {
  const calls: Record<string, (payload?: unknown) => Promise<unknown>> = {};
  for (const [channel, method] of Object.entries(BRIDGE_METHODS)) {
    calls[method] = (payload) => ipcRenderer.invoke(channel, payload) as Promise<unknown>;
  }
  // TypeScript does not follow a loop over keys: each method above is the map's entry for its channel (tested).
  return calls as unknown as BridgeCalls;
}

const bridge = {
  kind: 'electron',
  ...bridgeCalls(),
  onMenuCommand: (listener) => {
    const handler = (_event: IpcRendererEvent, command: unknown): void => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, handler);
    };
  },
} satisfies QorgauBridge;

contextBridge.exposeInMainWorld('qorgau', bridge);
