/**
 * The renderer's Vite config, in one place: electron.vite.config.ts uses it as its `renderer` section
 * (npm run dev, build, start), and plain Vite runs it for `npm run dev:web` (hot reload in a browser,
 * no Electron: `electron-vite dev --rendererOnly` would still spawn it).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from './shared/csp';

const root = dirname(fileURLToPath(import.meta.url));
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

/** Puts the renderer's CSP into index.html: strict in builds, relaxed only for the dev server. */
function contentSecurityPolicy(): Plugin {
  let dev = false;
  return {
    name: 'qorgau-csp',
    configResolved(config) {
      dev = config.command === 'serve';
    },
    transformIndexHtml(html) {
      const policy = dev ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
      return html.replace('%QORGAU_CSP%', policy);
    },
  };
}

/**
 * index.html loads only the small boot script, which imports the app (renderer/main.tsx) dynamically;
 * a modulepreload link lets the browser fetch and compile the app's chunk alongside the boot script
 * instead of after it.
 */
function preloadApp(): Plugin {
  return {
    name: 'qorgau-preload-app',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const app = Object.values(ctx.bundle ?? {}).find((chunk) => chunk.type === 'chunk' && chunk.facadeModuleId === resolve(root, 'renderer/main.tsx'));
        if (!app) return [];
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${app.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}

export const rendererConfig = {
  root: resolve(root, 'renderer'),
  base: './',
  publicDir: resolve(root, 'resources/public'),
  plugins: [react(), contentSecurityPolicy(), preloadApp()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  build: {
    outDir: resolve(root, 'out/renderer'),
    emptyOutDir: true,
    minify: true,
    rolldownOptions: { input: { index: resolve(root, 'renderer/index.html') } },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
} satisfies UserConfig;

export default defineConfig(rendererConfig);
