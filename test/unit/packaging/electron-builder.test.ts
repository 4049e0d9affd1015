import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
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

  it('declares as dependencies only what main loads (zod); the renderer-only packages are devDependencies', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
      );
    const mainImports = new Set(
      ['electron/main', 'electron/preload']
        .flatMap(sources)
        .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/from '([^'.][^']*)'/g)].map((m) => m[1]!))
        .filter((name) => name !== 'electron' && !name.startsWith('node:')),
    );
    expect(Object.keys(pkg.dependencies).sort()).toEqual([...mainImports].sort());
    expect(Object.keys(pkg.dependencies)).toEqual(['zod']);
    for (const rendererOnly of [
      'react',
      'react-dom',
      'dexie',
      'dexie-react-hooks',
      'pdfmake',
      'react-hook-form',
      '@hookform/resolvers',
      'recharts',
      'papaparse',
      'exceljs',
    ]) {
      expect(Object.keys(pkg.devDependencies), rendererOnly).toContain(rendererOnly);
    }
  });

  it('reads the fuses back after packing (npm run pack / dist → check:fuses)', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts['pack']).toMatch(/electron-builder --dir && npm run check:fuses$/);
    expect(scripts['dist']).toMatch(/electron-builder && npm run check:fuses$/);
    expect(scripts['check:fuses']).toBe('tsx electron/launcher/check-fuses.ts');
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
