/**
 * The native application menu: File / Edit / View / Window / Help with the platform's standard
 * roles and accelerators, localized. Pure: returns a template for Menu.buildFromTemplate.
 *
 * New request (Ctrl/Cmd+N) and Find (Ctrl/Cmd+F) are the renderer's own shortcuts (renderer/app/use-shortcuts.ts):
 * the menu SHOWS their accelerators but does not register them (`registerAccelerator: false`), so a key press acts
 * once — through the page's keydown handler, which also prevents the default (on macOS, where the flag is ignored,
 * Chromium hands a key equivalent to the page first and to the menu only when the page did not handle it). A click
 * on the item sends its command, which runs the same code.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc';
import type { Locale } from '../../shared/locale';
import { LAW_URLS, MENU_STRINGS } from './menu-strings';

export interface MenuActions {
  command(command: MenuCommand): void;
  openExternal(url: string): void;
}

export function buildMenuTemplate(
  locale: Locale,
  platform: NodeJS.Platform,
  actions: MenuActions,
  options: { devTools: boolean },
): MenuItemConstructorOptions[] {
  const s = MENU_STRINGS[locale];
  const mac = platform === 'darwin';
  /** An item whose accelerator the renderer handles: shown in the menu, not registered (see above). */
  const shown = (label: string, command: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    registerAccelerator: false,
    click: () => actions.command(command),
  });
  const go = (label: string, command: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => actions.command(command),
  });

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          role: 'appMenu',
          submenu: [
            { label: s.about, click: () => actions.command('about') },
            { type: 'separator' },
            go(s.settings, 'navigate-settings', 'CmdOrCtrl+,'),
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: s.file,
    submenu: [
      shown(s.newRequest, 'new-request', 'CmdOrCtrl+N'),
      { type: 'separator' },
      go(s.cases, 'navigate-cases', 'CmdOrCtrl+1'),
      go(s.deadlines, 'navigate-deadlines', 'CmdOrCtrl+2'),
      go(s.documents, 'navigate-documents', 'CmdOrCtrl+3'),
      go(s.register, 'navigate-register', 'CmdOrCtrl+4'),
      go(s.breaches, 'navigate-breaches', 'CmdOrCtrl+5'),
      ...(mac ? [] : [go(s.settings, 'navigate-settings', 'CmdOrCtrl+,')]),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: s.edit,
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      { role: 'selectAll' },
      { type: 'separator' },
      shown(s.find, 'find', 'CmdOrCtrl+F'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: s.view,
    submenu: [
      { role: 'reload' },
      ...(options.devTools ? [{ role: 'toggleDevTools' } as const] : []),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: s.window,
    role: 'windowMenu',
    submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  };

  const help: MenuItemConstructorOptions = {
    label: s.help,
    role: 'help',
    submenu: [
      { label: s.shortcuts, click: () => actions.command('help-shortcuts') },
      { type: 'separator' },
      { label: s.lawKz, click: () => actions.openExternal(LAW_URLS.kz) },
      { label: s.lawRu, click: () => actions.openExternal(LAW_URLS.ru) },
      ...(mac ? [] : [{ type: 'separator' } as const, { label: s.about, click: () => actions.command('about') }]),
    ],
  };

  return [...appMenu, file, edit, view, windowMenu, help];
}
