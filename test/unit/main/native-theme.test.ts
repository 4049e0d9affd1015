/** The Appearance setting in main: Electron's nativeTheme.themeSource and the windows' background follow it. */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, () => void>();
  const nativeTheme = {
    themeSource: 'system' as string,
    systemDark: false,
    get shouldUseDarkColors(): boolean {
      return this.themeSource === 'system' ? this.systemDark : this.themeSource === 'dark';
    },
    on: (event: string, listener: () => void) => listeners.set(event, listener),
  };
  const windows: { setBackgroundColor: (color: string) => void; isDestroyed: () => boolean; background?: string }[] = [];
  return { nativeTheme, listeners, windows };
});

vi.mock('electron', () => ({
  nativeTheme: electron.nativeTheme,
  BrowserWindow: { getAllWindows: () => electron.windows },
}));

const { WINDOW_BACKGROUND, applyNativeTheme, followThemeUpdates, windowBackground } = await import('../../../electron/main/native-theme');

function openWindow(destroyed = false) {
  const win = {
    background: undefined as string | undefined,
    setBackgroundColor: vi.fn((color: string) => {
      win.background = color;
    }),
    isDestroyed: () => destroyed,
  };
  electron.windows.push(win);
  return win;
}

describe('applyNativeTheme', () => {
  beforeEach(() => {
    electron.nativeTheme.themeSource = 'system';
    electron.nativeTheme.systemDark = false;
    electron.windows.length = 0;
    electron.listeners.clear();
  });

  it('sets themeSource to dark, light and back to system, repainting the open windows each time', () => {
    const win = openWindow();
    expect(applyNativeTheme('dark')).toBe('applied');
    expect(electron.nativeTheme.themeSource).toBe('dark');
    expect(win.background).toBe(WINDOW_BACKGROUND.dark);
    expect(applyNativeTheme('light')).toBe('applied');
    expect(electron.nativeTheme.themeSource).toBe('light');
    expect(win.background).toBe(WINDOW_BACKGROUND.light);
    electron.nativeTheme.systemDark = true;
    expect(applyNativeTheme('system')).toBe('applied');
    expect(electron.nativeTheme.themeSource).toBe('system');
    expect(win.background).toBe(WINDOW_BACKGROUND.dark);
  });

  it('refuses anything that is not a theme and changes nothing', () => {
    const win = openWindow();
    applyNativeTheme('light');
    win.setBackgroundColor.mockClear();
    for (const value of ['Dark', 'sepia', '', undefined, null, 1, { theme: 'dark' }]) {
      expect(applyNativeTheme(value as never)).toBe('refused');
    }
    expect(electron.nativeTheme.themeSource).toBe('light');
    expect(win.setBackgroundColor).not.toHaveBeenCalled();
  });

  it('leaves a destroyed window alone', () => {
    const gone = openWindow(true);
    const open = openWindow();
    applyNativeTheme('dark');
    expect(gone.setBackgroundColor).not.toHaveBeenCalled();
    expect(open.background).toBe(WINDOW_BACKGROUND.dark);
  });

  it('gives a new window the background of the scheme in use', () => {
    expect(windowBackground()).toBe(WINDOW_BACKGROUND.light);
    applyNativeTheme('dark');
    expect(windowBackground()).toBe(WINDOW_BACKGROUND.dark);
  });

  it('with system, repaints the windows when the OS switches light/dark', () => {
    const win = openWindow();
    followThemeUpdates();
    applyNativeTheme('system');
    expect(win.background).toBe(WINDOW_BACKGROUND.light);
    electron.nativeTheme.systemDark = true;
    electron.listeners.get('updated')?.();
    expect(win.background).toBe(WINDOW_BACKGROUND.dark);
  });
});
