import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { LAW_URLS, MENU_STRINGS } from '../../../electron/main/menu-strings';
import { LOCALES } from '../../../shared/locale';

vi.mock('electron', () => ({}));

const labels = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label ?? i.role);
const submenu = (item: MenuItemConstructorOptions | undefined) => (item?.submenu ?? []) as MenuItemConstructorOptions[];
const roles = (item: MenuItemConstructorOptions | undefined) =>
  submenu(item)
    .map((i) => i.role)
    .filter(Boolean);

describe('native menu', () => {
  it.each(LOCALES)('has File / Edit / View / Window / Help in %s', (locale) => {
    const s = MENU_STRINGS[locale];
    const template = buildMenuTemplate(locale, 'linux', { command: vi.fn(), openExternal: vi.fn() }, { devTools: false });
    expect(labels(template)).toEqual([s.file, s.edit, s.view, s.window, s.help]);
  });

  it('uses the standard roles (and so the standard shortcuts)', () => {
    const [, edit, view, win] = buildMenuTemplate('ru', 'win32', { command: vi.fn(), openExternal: vi.fn() }, { devTools: false });
    expect(roles(edit)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'delete', 'selectAll']);
    expect(roles(view)).toEqual(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    expect(roles(win)).toEqual(['minimize', 'close']);
  });

  it('adds the app menu on macOS and dev tools only in development', () => {
    const mac = buildMenuTemplate('en', 'darwin', { command: vi.fn(), openExternal: vi.fn() }, { devTools: true });
    expect(mac[0]?.role).toBe('appMenu');
    expect(roles(mac[3])).toContain('toggleDevTools');
  });

  it('sends navigation commands and opens the law texts', () => {
    const command = vi.fn();
    const openExternal = vi.fn();
    const [file, , , , help] = buildMenuTemplate('kk', 'linux', { command, openExternal }, { devTools: false });
    const settings = submenu(file).find((i) => i.label === MENU_STRINGS.kk.settings);
    expect(settings?.accelerator).toBe('CmdOrCtrl+,');
    settings?.click?.(undefined as never, undefined, undefined as never);
    expect(command).toHaveBeenCalledWith('navigate-settings');
    submenu(help)[0]?.click?.(undefined as never, undefined, undefined as never);
    expect(openExternal).toHaveBeenCalledWith(LAW_URLS.kz);
  });
});
