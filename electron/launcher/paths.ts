/** Where the launcher finds the project, Electron's package and electron-vite's command line. */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export interface LauncherPaths {
  readonly projectRoot: string;
  /** node_modules/electron: path.txt, dist/, install.js */
  readonly electronDir: string;
  readonly electronInstallScript: string;
  readonly electronViteCli: string;
  /** What `electron-vite build` writes the renderer to (electron.vite.config.ts). */
  readonly rendererOutDir: string;
}

export function launcherPaths(): LauncherPaths {
  const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const electronDir = path.dirname(require.resolve('electron/package.json'));
  return {
    projectRoot,
    electronDir,
    electronInstallScript: path.join(electronDir, 'install.js'),
    electronViteCli: path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js'),
    rendererOutDir: path.join(projectRoot, 'out', 'renderer'),
  };
}
