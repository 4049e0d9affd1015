/** Picks the platform implementation: the preload bridge when running in Electron, else the browser. */
import type { QorgauBridge } from '../../shared/ipc';
import { browserPlatform } from './browser-platform';
import { electronPlatform } from './electron-platform';
import type { Platform } from './platform';

declare global {
  interface Window {
    qorgau?: QorgauBridge;
  }
}

export function detectPlatform(win: Window = window): Platform {
  if (win.qorgau?.kind === 'electron') return electronPlatform(win.qorgau);
  return browserPlatform({
    document: win.document,
    open: (url, target, features) => win.open(url, target, features),
    Notification: (win as Window & typeof globalThis).Notification,
    navigator: win.navigator,
    createObjectURL: (blob) => URL.createObjectURL(blob),
    revokeObjectURL: (url) => URL.revokeObjectURL(url),
    storage: storageOf(win),
  });
}

/** localStorage, when the page may use it. */
function storageOf(win: Window): Storage | undefined {
  try {
    return win.localStorage;
  } catch {
    return undefined;
  }
}

export type { Platform } from './platform';
