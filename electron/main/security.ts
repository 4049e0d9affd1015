/**
 * Window hardening: the renderer can neither navigate away from the app nor open windows,
 * attach webviews or obtain permissions other than notifications. Electron objects are passed in
 * so that every rule is unit-tested in Node.
 */
import type { Session, WebContents, WebPreferences } from 'electron';
import { isTrustedExternalUrl } from '../../shared/trusted-url';
import { APP_ORIGIN } from './app-protocol';

/** The only web preferences any Qorgau window gets. */
export function secureWebPreferences(preload?: string): WebPreferences {
  return {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    ...(preload ? { preload } : {}),
  };
}

/**
 * The address to hand the system browser: the URL as parsed and checked, never the raw string. An operating
 * system's handler may read `https://adilet.zan.kz\\@evil.example` or a string with tabs and line breaks
 * differently from the WHATWG parser that allowed it. Undefined unless the address is allow-listed.
 */
export function trustedExternalHref(raw: string): string | undefined {
  if (!isTrustedExternalUrl(raw)) return undefined;
  return new URL(raw).href;
}

/** True for URLs of the app itself (any path under app://qorgau/). */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    // Custom schemes have an opaque `origin` in WHATWG URL; compare scheme and host instead.
    return `${url.protocol}//${url.host}` === APP_ORIGIN && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** In development the renderer comes from the Vite dev server on loopback. */
export function isDevServerUrl(raw: string, devServerUrl: string | undefined): boolean {
  if (!devServerUrl) return false;
  try {
    return new URL(raw).origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

export const ALLOWED_PERMISSIONS = ['notifications'] as const;

export function isPermissionAllowed(permission: string, requestingUrl: string, devServerUrl?: string): boolean {
  const fromApp = isAppUrl(requestingUrl) || isDevServerUrl(requestingUrl, devServerUrl);
  return fromApp && (ALLOWED_PERMISSIONS as readonly string[]).includes(permission);
}

export type NavigationDecision = 'allow' | 'deny' | 'open-external';

/** What to do when the page tries to go to `url` (link click, location change, window.open). */
export function decideNavigation(url: string, devServerUrl?: string): NavigationDecision {
  if (isAppUrl(url) || isDevServerUrl(url, devServerUrl)) return 'allow';
  return isTrustedExternalUrl(url) ? 'open-external' : 'deny';
}

type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Denies every navigation out of the app and every new window; a trusted legal-source link is
 * handed to the system browser instead. In-app navigation (hash routes) stays allowed.
 */
export function hardenWebContents(contents: HardenableContents, openExternal: (url: string) => void, devServerUrl?: string): void {
  const guard = (event: { preventDefault(): void }, url: string): void => {
    const decision = decideNavigation(url, devServerUrl);
    if (decision === 'allow') return;
    event.preventDefault();
    const href = decision === 'open-external' ? trustedExternalHref(url) : undefined;
    if (href) openExternal(href);
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-frame-navigate', (event) => guard(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const href = decideNavigation(url, devServerUrl) === 'open-external' ? trustedExternalHref(url) : undefined;
    if (href) openExternal(href);
    return { action: 'deny' };
  });
}

/**
 * The PDF viewer window (printing): the same preferences as the app's window plus the PDF plugin, no preload.
 * It may show exactly one URL — the PDF main wrote — and nothing else: every navigation, redirect, frame
 * navigation, new window and webview is refused. (Its permissions are refused by hardenSession: it runs in the
 * default session and is not the app.)
 */
export function viewerWebPreferences(devTools: boolean): WebPreferences {
  return { ...secureWebPreferences(), plugins: true, devTools };
}

export function hardenViewerContents(contents: HardenableContents, onlyUrl: string): void {
  const guard = (event: { preventDefault(): void }, url: string): void => {
    if (url !== onlyUrl) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-frame-navigate', (event) => guard(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

type HardenableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

export function hardenSession(session: HardenableSession, devServerUrl?: string): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl ?? contents?.getURL() ?? '', devServerUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionAllowed(permission, requestingOrigin, devServerUrl));
}
