/** Wires the real Electron modules into NativeDeps. The only file besides index.ts that touches them at run time. */
import { randomUUID } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, Notification, app, dialog, shell } from 'electron';
import { createAnchorStore } from './anchor-store';
import { createBackupStore, nodeBackupFs } from './backup-store';
import type { NativeDeps } from './ipc-handlers';
import { applyNativeTheme } from './native-theme';
import { hardenViewerContents, viewerWebPreferences } from './security';
import type { TempPdfStore } from './temp-pdfs';
import type { Locale } from '../../shared/locale';

export function createNativeDeps(getWindow: () => BrowserWindow | null, onLocale: (locale: Locale) => void, tempPdfs: TempPdfStore): NativeDeps {
  const userData = app.getPath('userData');
  const backupConfig = path.join(userData, 'backup-settings.json');
  const backupStore = createBackupStore({
    fs: nodeBackupFs(),
    now: () => new Date(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    defaultFolder: path.join(userData, 'backups'),
    config: { read: () => readFile(backupConfig, 'utf8'), write: (json) => writeFile(backupConfig, json) },
    newToken: () => randomUUID(),
  });
  const anchorFile = path.join(userData, 'audit-anchor.json');
  const anchorStore = createAnchorStore({
    read: () => readFile(anchorFile, 'utf8').catch(() => undefined),
    write: async (json) => {
      const temporary = `${anchorFile}.${randomUUID()}.tmp`;
      await writeFile(temporary, json, { flush: true });
      await rename(temporary, anchorFile);
    },
  });
  return {
    showSaveDialog: async (options) => {
      const win = getWindow();
      return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
    },
    writeFile: (filePath, bytes) => writeFile(filePath, bytes),
    tempPdfs,
    openPath: (filePath) => shell.openPath(filePath),
    printPdf: async (filePath, title, onClosed) => {
      // Chromium's PDF viewer (with its print button) in a sandboxed window without preload, shown only this file.
      const viewer = new BrowserWindow({
        title,
        width: 900,
        height: 1000,
        parent: getWindow() ?? undefined,
        webPreferences: viewerWebPreferences(!app.isPackaged),
      });
      viewer.on('closed', onClosed);
      const target = pathToFileURL(filePath).toString();
      hardenViewerContents(viewer.webContents, target);
      await viewer.loadURL(target);
    },
    notificationsSupported: () => Notification.isSupported(),
    showNotification: (title, body) => new Notification({ title, body }).show(),
    openExternal: (url) => shell.openExternal(url),
    appInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
      platform: process.platform,
      systemLocale: app.getLocale(),
    }),
    setLocale: onLocale,
    setTheme: applyNativeTheme,
    backupStore,
    anchorStore,
    showFolderDialog: async (options) => {
      const win = getWindow();
      const request = { defaultPath: options.defaultPath, properties: ['openDirectory' as const, 'createDirectory' as const] };
      return win ? dialog.showOpenDialog(win, request) : dialog.showOpenDialog(request);
    },
  };
}
