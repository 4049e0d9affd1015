/**
 * `npm start`: Qorgau in Electron when its binary is there or can be downloaded (electron-vite preview:
 * build, then launch), otherwise in the default browser from 127.0.0.1 (see browser-fallback.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { runInBrowser } from './browser-fallback';
import { decideElectron, type ElectronProbe } from './electron-binary';
import { runElectronInstall } from './electron-download';
import { launcherPaths } from './paths';
import { runChild } from './run-child';

/** A real download is ~100 MB; a blocked network fails in seconds, a dropped one runs into this bound. */
const DOWNLOAD_TIMEOUT_MS = 5 * 60 * 1000;

const paths = launcherPaths();

const probe: ElectronProbe = {
  electronDir: paths.electronDir,
  env: process.env,
  readText: (file) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
  fileExists: existsSync,
  download: () => {
    console.log("The Electron binary is missing; downloading it with Electron's own installer…");
    return runElectronInstall({ installScript: paths.electronInstallScript, timeoutMs: DOWNLOAD_TIMEOUT_MS });
  },
};

const decision = await decideElectron(probe);
if (decision.kind === 'unavailable') {
  process.exitCode = await runInBrowser(decision.reason, decision.detail, paths);
} else {
  if (decision.kind === 'downloaded') console.log(`Electron downloaded: ${decision.executable}`);
  process.exitCode = await runChild(process.execPath, [paths.electronViteCli, 'preview', ...process.argv.slice(2)], paths.projectRoot);
}
