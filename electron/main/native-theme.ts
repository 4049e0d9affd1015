/**
 * The Appearance setting (shared/theme.ts) for what main and the OS draw: Electron's `nativeTheme.themeSource`
 * ('system' follows the OS; 'light'/'dark' override it for native menus, dialogs, context menus, the
 * `prefers-color-scheme` query) and the windows' background, the page's --bg of the scheme now in use
 * (renderer/styles.css), so a resize or reload shows no flash of the other scheme.
 */
import { BrowserWindow, nativeTheme } from 'electron';
import { isTheme, type Theme } from '../../shared/theme';

/** renderer/styles.css `--bg` of each scheme. */
export const WINDOW_BACKGROUND = { light: '#f4f5f7', dark: '#12161c' } as const;

/** The window background of the scheme Electron uses now (the in-app choice once applied, else the system's). */
export function windowBackground(): string {
  return nativeTheme.shouldUseDarkColors ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light;
}

export type ApplyThemeOutcome = 'applied' | 'refused';

/**
 * Sets `nativeTheme.themeSource` to the theme and repaints every open window's background to match.
 * Anything but 'system' | 'light' | 'dark' is refused and changes nothing (the IPC schema refuses it first).
 */
export function applyNativeTheme(theme: Theme): ApplyThemeOutcome {
  const value: unknown = theme;
  if (!isTheme(value)) return 'refused';
  if (nativeTheme.themeSource !== value) nativeTheme.themeSource = value;
  repaintWindows();
  return 'applied';
}

function repaintWindows(): void {
  const background = windowBackground();
  for (const win of BrowserWindow.getAllWindows()) {
    if (!win.isDestroyed()) win.setBackgroundColor(background);
  }
}

/** With 'system', the OS switching light/dark repaints the windows too (nativeTheme's 'updated' event). */
export function followThemeUpdates(): void {
  nativeTheme.on('updated', repaintWindows);
}
