import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const config = JSON.parse(readFileSync('electron-builder.json', 'utf8')) as {
  electronFuses: Record<string, boolean>;
  win: { target: { target: string }[] };
  mac: { target: { target: string }[] };
  linux: { target: string[]; icon: string };
  asar: boolean;
  deleteAppDataOnUninstall?: boolean;
  nsis: { deleteAppDataOnUninstall: boolean };
};

describe('packaging configuration', () => {
  it('targets NSIS, dmg, AppImage and deb', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(existsSync(config.linux.icon)).toBe(true);
  });

  it('flips the Electron fuses after pack', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('never deletes the cases when the app is uninstalled', () => {
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });
});

describe('what ships (issue 16 finding 12)', () => {
  const files = (JSON.parse(readFileSync('electron-builder.json', 'utf8')) as { files: string[] }).files;

  it('packs the built app only: no node_modules (main bundles what it loads, the renderer is bundled)', () => {
    expect(files).toContain('!node_modules/**/*');
    expect(readFileSync('electron.vite.config.ts', 'utf8')).toMatch(/main: \{\s*build: \{[^}]*externalizeDeps: false/);
  });

  // CI builds before the unit tests (.ci/run); a checkout that was never built — or whose build is older than
  // the build config — has nothing current to check here.
  const built = existsSync('out/main/index.js') && statSync('out/main/index.js').mtimeMs >= statSync('electron.vite.config.ts').mtimeMs;
  it.skipIf(!built)('the built main process imports only Electron and Node built-ins', () => {
    const main = readFileSync('out/main/index.js', 'utf8');
    const imported = [...main.matchAll(/^import\s[^'"]*['"]([^'"]+)['"]/gm), ...main.matchAll(/\brequire\(['"]([^'"]+)['"]\)/g)].map((m) => m[1]);
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.filter((name) => name !== 'electron' && !name!.startsWith('node:'))).toEqual([]);
  });
});
