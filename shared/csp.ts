/**
 * Content-Security-Policy of the renderer. No remote content at all: scripts, styles, fonts and
 * images come from the app's own origin; PDFs are made in memory (blob:/data:); nothing connects out.
 * No worker-src: pdfmake makes PDFs on the page's thread, so workers fall back to script-src ('self', never blob:).
 * Main sends it as a header on every app:// response; the built index.html carries it as a meta tag too,
 * so the very same policy holds when the renderer runs in a plain browser.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "frame-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The dev server needs inline React-refresh preamble and a websocket; never used in a build. */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
  .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
  .replace("connect-src 'self' blob: data:", "connect-src 'self' blob: data: ws://localhost:* http://localhost:*");
