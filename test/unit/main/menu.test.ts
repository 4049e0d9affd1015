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
    submenu(help)
      .find((i) => i.label === MENU_STRINGS.kk.lawKz)
      ?.click?.(undefined as never, undefined, undefined as never);
    expect(openExternal).toHaveBeenCalledWith(LAW_URLS.kz);
  });

  // Issue 13 item 5: the renderer's shortcuts are listed in the menus with their accelerators.
  const EXPECTED = {
    kk: { newRequest: 'Жаңа өтініш', find: 'Іздеу', shortcuts: 'Пернетақта тіркесімдері' },
    ru: { newRequest: 'Новое обращение', find: 'Найти', shortcuts: 'Сочетания клавиш' },
    en: { newRequest: 'New request', find: 'Find', shortcuts: 'Keyboard shortcuts' },
  } as const;

  it.each(LOCALES)('lists New request (File), Find (Edit) and Keyboard shortcuts (Help) in %s, each sending its command', (locale) => {
    const command = vi.fn();
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      command.mockClear();
      const template = buildMenuTemplate(locale, platform, { command, openExternal: vi.fn() }, { devTools: false });
      const file = template.find((m) => m.label === MENU_STRINGS[locale].file);
      const edit = template.find((m) => m.label === MENU_STRINGS[locale].edit);
      const help = template.find((m) => m.label === MENU_STRINGS[locale].help);
      const item = (menu: MenuItemConstructorOptions | undefined, label: string) => submenu(menu).find((i) => i.label === label);

      const newRequest = item(file, EXPECTED[locale].newRequest);
      expect(submenu(file)[0]).toBe(newRequest);
      expect(newRequest?.accelerator).toBe('CmdOrCtrl+N');
      const find = item(edit, EXPECTED[locale].find);
      expect(find?.accelerator).toBe('CmdOrCtrl+F');
      const shortcuts = item(help, EXPECTED[locale].shortcuts);
      expect(shortcuts).toBeDefined();
      expect(submenu(help)[0]).toBe(shortcuts);

      newRequest?.click?.(undefined as never, undefined, undefined as never);
      find?.click?.(undefined as never, undefined, undefined as never);
      shortcuts?.click?.(undefined as never, undefined, undefined as never);
      expect(command.mock.calls).toEqual([['new-request'], ['find'], ['help-shortcuts']]);
    }
  });

  it('shows the renderer’s accelerators without registering them (one key press, one action), keeps its own registered', () => {
    const template = buildMenuTemplate('en', 'linux', { command: vi.fn(), openExternal: vi.fn() }, { devTools: false });
    const items = template.flatMap((menu) => submenu(menu));
    const byAccelerator = new Map(items.filter((i) => i.accelerator !== undefined).map((i) => [i.accelerator, i]));
    expect(byAccelerator.get('CmdOrCtrl+N')?.registerAccelerator).toBe(false);
    expect(byAccelerator.get('CmdOrCtrl+F')?.registerAccelerator).toBe(false);
    // The areas are the menu's own: registered (the renderer has no handler for Ctrl+1…5).
    for (const key of ['CmdOrCtrl+1', 'CmdOrCtrl+2', 'CmdOrCtrl+3', 'CmdOrCtrl+4', 'CmdOrCtrl+5', 'CmdOrCtrl+,']) {
      expect(byAccelerator.get(key)?.registerAccelerator).toBeUndefined();
    }
    // No accelerator is given twice.
    const accelerators = items.map((i) => i.accelerator).filter((a) => a !== undefined);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});
