/**
 * The native application menu: File / Edit / View / Window / Help with the platform's standard
 * roles and accelerators, localized. Pure: returns a template for Menu.buildFromTemplate.
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
      { label: s.lawKz, click: () => actions.openExternal(LAW_URLS.kz) },
      { label: s.lawRu, click: () => actions.openExternal(LAW_URLS.ru) },
      ...(mac ? [] : [{ type: 'separator' } as const, { label: s.about, click: () => actions.command('about') }]),
    ],
  };

  return [...appMenu, file, edit, view, windowMenu, help];
}
