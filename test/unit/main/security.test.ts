import { describe, expect, it, vi } from 'vitest';
import {
  decideNavigation,
  hardenSession,
  hardenViewerContents,
  hardenWebContents,
  isAppUrl,
  isPermissionAllowed,
  secureWebPreferences,
  trustedExternalHref,
  viewerWebPreferences,
} from '../../../electron/main/security';

describe('secureWebPreferences', () => {
  it('is sandboxed, context-isolated and without Node in every window', () => {
    const prefs = secureWebPreferences('/x/preload.cjs');
    expect(prefs).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/x/preload.cjs',
    });
    expect(secureWebPreferences()).not.toHaveProperty('preload');
  });
});

describe('navigation decisions', () => {
  it.each([
    ['app://qorgau/index.html#/cases', 'allow'],
    ['app://qorgau/index.html', 'allow'],
    ['app://other/index.html', 'deny'],
    ['app://user:pw@qorgau/index.html', 'deny'],
    ['https://evil.example/', 'deny'],
    ['http://adilet.zan.kz/rus/docs/Z1300000094', 'deny'],
    ['https://adilet.zan.kz/rus/docs/Z1300000094', 'open-external'],
    ['file:///etc/passwd', 'deny'],
    ['javascript:alert(1)', 'deny'],
    ['not a url', 'deny'],
  ])('%s → %s', (url, decision) => {
    expect(decideNavigation(url)).toBe(decision);
  });

  it('allows the dev server only when one is configured', () => {
    expect(decideNavigation('http://127.0.0.1:5173/#/cases', 'http://127.0.0.1:5173')).toBe('allow');
    expect(decideNavigation('http://127.0.0.1:5173/#/cases')).toBe('deny');
    expect(isAppUrl('http://127.0.0.1:5173/')).toBe(false);
  });
});

type Listener = (event: { preventDefault(): void; url?: string }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on: vi.fn((name: string, listener: Listener) => {
      listeners.set(name, listener);
    }),
    setWindowOpenHandler: vi.fn((handler: (details: { url: string }) => { action: string }) => {
      openHandler = handler;
    }),
    emit(name: string, url: string) {
      const event = { preventDefault: vi.fn(), url };
      listeners.get(name)?.(event, url);
      return event;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('hardenWebContents', () => {
  it('denies navigation away from the app and new windows; trusted links go to the system browser', () => {
    const contents = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents as never, openExternal);

    expect(contents.emit('will-navigate', 'app://qorgau/index.html#/settings').preventDefault).not.toHaveBeenCalled();
    expect(contents.emit('will-navigate', 'https://evil.example/').preventDefault).toHaveBeenCalled();
    expect(contents.emit('will-redirect', 'https://evil.example/').preventDefault).toHaveBeenCalled();
    expect(contents.emit('will-frame-navigate', 'https://evil.example/').preventDefault).toHaveBeenCalled();
    expect(contents.emit('will-attach-webview', 'app://qorgau/').preventDefault).toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();

    const trusted = contents.emit('will-navigate', 'https://adilet.zan.kz/rus/docs/Z1300000094');
    expect(trusted.preventDefault).toHaveBeenCalled();
    expect(openExternal).toHaveBeenCalledWith('https://adilet.zan.kz/rus/docs/Z1300000094');

    expect(contents.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(contents.open('app://qorgau/index.html')).toEqual({ action: 'deny' });
    expect(contents.open('https://www.consultant.ru/document/cons_doc_LAW_61801/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(2);
  });
});

describe('permissions', () => {
  it('allows only notifications, only for the app', () => {
    expect(isPermissionAllowed('notifications', 'app://qorgau/index.html')).toBe(true);
    for (const permission of ['media', 'geolocation', 'clipboard-read', 'openExternal', 'midi', 'fullscreen', 'hid', 'serial', 'usb']) {
      expect(isPermissionAllowed(permission, 'app://qorgau/index.html')).toBe(false);
    }
    expect(isPermissionAllowed('notifications', 'https://evil.example/')).toBe(false);
  });

  it('installs request and check handlers on the session', () => {
    let request: ((c: unknown, p: string, cb: (ok: boolean) => void, d: { requestingUrl?: string }) => void) | undefined;
    let check: ((c: unknown, p: string, origin: string) => boolean) | undefined;
    hardenSession({
      setPermissionRequestHandler: (h: never) => {
        request = h;
      },
      setPermissionCheckHandler: (h: never) => {
        check = h;
      },
    });
    const callback = vi.fn();
    request?.(null, 'media', callback, { requestingUrl: 'app://qorgau/index.html' });
    request?.(null, 'notifications', callback, { requestingUrl: 'app://qorgau/index.html' });
    expect(callback.mock.calls).toEqual([[false], [true]]);
    expect(check?.(null, 'geolocation', 'app://qorgau')).toBe(false);
    expect(check?.(null, 'notifications', 'app://qorgau')).toBe(true);
  });
});

describe('the PDF viewer window (issue 16 finding 1)', () => {
  it('shows only the PDF main wrote: every other navigation, window and webview is refused', () => {
    const contents = fakeContents();
    const target = 'file:///tmp/qorgau-pdf-1/act.pdf';
    hardenViewerContents(contents as never, target);
    expect(contents.emit('will-navigate', target).preventDefault).not.toHaveBeenCalled();
    for (const url of ['file:///tmp/qorgau-pdf-1/evil.html', 'https://evil.example/', 'app://qorgau/index.html', 'javascript:alert(1)']) {
      expect(contents.emit('will-navigate', url).preventDefault).toHaveBeenCalled();
      expect(contents.emit('will-redirect', url).preventDefault).toHaveBeenCalled();
      expect(contents.emit('will-frame-navigate', url).preventDefault).toHaveBeenCalled();
      expect(contents.open(url)).toEqual({ action: 'deny' });
    }
    expect(contents.emit('will-attach-webview', target).preventDefault).toHaveBeenCalled();
  });

  it("has the app window's preferences, the PDF plugin, no preload, and no DevTools when packaged", () => {
    const prefs = viewerWebPreferences(false);
    expect(prefs).toMatchObject({ ...secureWebPreferences(), plugins: true, devTools: false });
    expect(prefs).not.toHaveProperty('preload');
  });
});

describe('links handed to the system browser (issue 16 finding 11)', () => {
  it('are the parsed address, not the raw string', () => {
    const contents = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents as never, openExternal);
    contents.emit('will-navigate', 'https://adilet.zan.kz\\@evil.example/');
    contents.open('https://adilet.zan.kz/a b');
    expect(openExternal.mock.calls).toEqual([['https://adilet.zan.kz/@evil.example/'], ['https://adilet.zan.kz/a%20b']]);
    expect(trustedExternalHref('https://evil.example/')).toBeUndefined();
  });
});
