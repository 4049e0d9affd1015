/**
 * Qorgau main process: one hardened window, the app:// protocol, the menu and the IPC handlers.
 * Logic lives in the modules beside this file; this one only wires Electron to them.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, screen, session, shell } from 'electron';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../../shared/ipc';
import { isLocale, type Locale } from '../../shared/locale';
import { APP_ENTRY_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { createIpcHandlers } from './ipc-handlers';
import { registerIpcHandlers } from './ipc-registration';
import { buildMenuTemplate } from './menu';
import { followThemeUpdates, windowBackground } from './native-theme';
import { createNativeDeps } from './native-deps';
import { hardenSession, hardenWebContents, isAppUrl, isDevServerUrl, secureWebPreferences, trustedExternalHref } from './security';
import { createTempPdfStore } from './temp-pdfs';
import { MIN_HEIGHT, MIN_WIDTH, createWindowStateStore, fitToDisplays } from './window-state';

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let locale: Locale = 'kk';

  const openExternal = (url: string): void => {
    const href = trustedExternalHref(url);
    if (href) shell.openExternal(href).catch((error: unknown) => console.error('openExternal failed:', error));
  };
  const sendCommand = (command: MenuCommand): void => {
    mainWindow?.webContents.send(MENU_COMMAND_CHANNEL, command);
  };
  const applyMenu = (): void => {
    const template = buildMenuTemplate(
      locale,
      process.platform,
      { command: sendCommand, openExternal },
      {
        devTools: !app.isPackaged,
      },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  };

  const windowState = createWindowStateStore({
    read: () => readFile(path.join(app.getPath('userData'), 'window-state.json'), 'utf8'),
    write: (json) => writeFile(path.join(app.getPath('userData'), 'window-state.json'), json),
  });

  const createWindow = async (): Promise<void> => {
    const state = fitToDisplays(
      await windowState.load(),
      screen.getAllDisplays().map((display) => display.workArea),
    );
    const win = new BrowserWindow({
      ...state.bounds,
      minWidth: MIN_WIDTH,
      minHeight: MIN_HEIGHT,
      show: false,
      title: 'Qorgau',
      // The page's --bg of the scheme in use (renderer/styles.css): no light flash before a dark page. The renderer sends
      // the Appearance setting at start (native-theme.ts), which repaints it if the in-app choice differs from the system.
      backgroundColor: windowBackground(),
      webPreferences: { ...secureWebPreferences(path.join(here, '../preload/index.cjs')), devTools: !app.isPackaged },
    });
    mainWindow = win;
    hardenWebContents(win.webContents, openExternal, devServerUrl);
    if (state.maximized) win.maximize();
    win.once('ready-to-show', () => win.show());
    const remember = (): void => {
      if (win.isDestroyed()) return;
      void windowState.save({ bounds: win.getNormalBounds(), maximized: win.isMaximized() }).catch(() => undefined);
    };
    win.on('resize', remember);
    win.on('move', remember);
    win.on('close', remember);
    win.on('closed', () => {
      mainWindow = null;
    });
    await win.loadURL(devServerUrl ?? APP_ENTRY_URL);
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  // PDFs written for opening or printing are deleted at quit (those printed, already when their viewer closes).
  const tempPdfs = createTempPdfStore({ mkdtemp, writeFile, rm }, os.tmpdir());
  let tempPdfsRemoved = false;
  app.on('will-quit', (event) => {
    if (tempPdfsRemoved) return;
    event.preventDefault();
    tempPdfsRemoved = true;
    void tempPdfs
      .removeAll()
      .catch(() => undefined)
      .finally(() => app.quit());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  /** A start that fails says why and quits, instead of leaving a process without a window. */
  const failStart = (error: unknown): void => {
    console.error('Qorgau could not start:', error);
    dialog.showErrorBox('Qorgau', `Qorgau could not start: ${error instanceof Error ? error.message : String(error)}`);
    app.exit(1);
  };

  app
    .whenReady()
    .then(async () => {
      const rendererRoot = path.join(here, '../renderer');
      protocol.handle(
        APP_SCHEME,
        createAppProtocolHandler(rendererRoot, (file) => readFile(file)),
      );
      hardenSession(session.defaultSession, devServerUrl);
      const systemLocale = app.getLocale().slice(0, 2);
      locale = isLocale(systemLocale) ? systemLocale : 'kk';
      applyMenu();
      followThemeUpdates();
      registerIpcHandlers(
        ipcMain,
        createIpcHandlers(
          createNativeDeps(
            () => mainWindow,
            (next) => {
              locale = next;
              applyMenu();
            },
            tempPdfs,
          ),
        ),
        (url) => isAppUrl(url) || isDevServerUrl(url, devServerUrl),
      );
      await createWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) createWindow().catch(failStart);
      });
    })
    .catch(failStart);
}
