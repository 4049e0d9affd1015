/**
 * The preload exposes exactly the typed bridge of shared/ipc.ts on `window.qorgau` — no generic
 * invoke, no event emitter, no process.env. It runs sandboxed and is emitted as CommonJS.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_CHANNELS, MENU_COMMANDS, type MenuCommand, type QorgauBridge } from '../../shared/ipc';

const bridge = {
  kind: 'electron',
  saveFile: (payload) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, payload),
  printPdf: (payload) => ipcRenderer.invoke(IPC_CHANNELS.printPdf, payload),
  openPdf: (payload) => ipcRenderer.invoke(IPC_CHANNELS.openPdf, payload),
  notify: (payload) => ipcRenderer.invoke(IPC_CHANNELS.notify, payload),
  appInfo: () => ipcRenderer.invoke(IPC_CHANNELS.appInfo),
  openExternal: (payload) => ipcRenderer.invoke(IPC_CHANNELS.openExternal, payload),
  setLocale: (payload) => ipcRenderer.invoke(IPC_CHANNELS.setLocale, payload),
  backupStatus: () => ipcRenderer.invoke(IPC_CHANNELS.backupStatus),
  backupChooseFolder: () => ipcRenderer.invoke(IPC_CHANNELS.backupChooseFolder),
  backupOpenFolder: () => ipcRenderer.invoke(IPC_CHANNELS.backupOpenFolder),
  backupBegin: (payload) => ipcRenderer.invoke(IPC_CHANNELS.backupBegin, payload),
  backupAppend: (payload) => ipcRenderer.invoke(IPC_CHANNELS.backupAppend, payload),
  backupCommit: (payload) => ipcRenderer.invoke(IPC_CHANNELS.backupCommit, payload),
  backupRead: (payload) => ipcRenderer.invoke(IPC_CHANNELS.backupRead, payload),
  onMenuCommand: (listener) => {
    const handler = (_event: IpcRendererEvent, command: unknown): void => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(IPC_CHANNELS.menuCommand, handler);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.menuCommand, handler);
    };
  },
} satisfies QorgauBridge;

contextBridge.exposeInMainWorld('qorgau', bridge);
