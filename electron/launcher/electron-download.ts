/**
 * Electron's own download, run the way its index.js does on the first `require('electron')`
 * (`node node_modules/electron/install.js`), but bounded in time and with its error kept short.
 */
import { spawn } from 'node:child_process';
import type { DownloadResult } from './electron-binary';

export interface DownloadOptions {
  /** node_modules/electron/install.js */
  readonly installScript: string;
  readonly timeoutMs: number;
  /** The Node that runs the script; the launcher's own by default. */
  readonly nodePath?: string;
}

/** install.js prints the error's stack: its first line says what went wrong ("TypeError: fetch failed"). */
export function firstErrorLine(stderr: string): string | undefined {
  return stderr
    .split(/\r?\n/)
    .map((line) => line.trim())
    .find((line) => line !== '');
}

const STDERR_KEPT = 16 * 1024;

export function runElectronInstall(options: DownloadOptions): Promise<DownloadResult> {
  return new Promise((resolve) => {
    let stderr = '';
    let settled = false;
    const settle = (result: DownloadResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const child = spawn(options.nodePath ?? process.execPath, [options.installScript], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      settle({ kind: 'timed-out', seconds: Math.round(options.timeoutMs / 1000) });
    }, options.timeoutMs);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < STDERR_KEPT) stderr += chunk;
    });
    child.on('error', (error) => settle({ kind: 'failed', detail: error.message }));
    child.on('close', (code, signal) => {
      if (code === 0) settle({ kind: 'finished' });
      else settle({ kind: 'failed', detail: firstErrorLine(stderr) ?? `install.js ended with ${signal ?? `exit code ${code}`}` });
    });
  });
}
