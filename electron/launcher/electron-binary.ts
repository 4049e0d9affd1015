/**
 * Can Electron be launched here? Decided the way electron-vite will look for the binary
 * (ELECTRON_EXEC_PATH, else `node_modules/electron/path.txt` naming a file under `dist/`), with every
 * effect injected: reading files, checking that one exists, and Electron's own download. No fs, network
 * or process access of its own.
 */
import path from 'node:path';

/** What running Electron's install.js came to. */
export type DownloadResult =
  { readonly kind: 'finished' } | { readonly kind: 'failed'; readonly detail: string } | { readonly kind: 'timed-out'; readonly seconds: number };

/** The environment variables that change where Electron is looked for or whether it may be downloaded. */
export interface ElectronEnv {
  readonly ELECTRON_EXEC_PATH?: string | undefined;
  readonly ELECTRON_SKIP_BINARY_DOWNLOAD?: string | undefined;
}

export interface ElectronProbe {
  /** The electron package's folder (the one holding path.txt and dist/). */
  readonly electronDir: string;
  readonly env: ElectronEnv;
  /** The file's text, or undefined when it cannot be read. */
  readText(file: string): string | undefined;
  fileExists(file: string): boolean;
  /** Runs Electron's own download (its install.js), bounded in time. */
  download(): Promise<DownloadResult>;
}

export type UnavailableReason = 'download-disabled' | 'download-failed' | 'download-timed-out' | 'download-incomplete' | 'exec-path-missing';

export type ElectronDecision =
  | { readonly kind: 'present'; readonly executable: string }
  | { readonly kind: 'downloaded'; readonly executable: string }
  | { readonly kind: 'unavailable'; readonly reason: UnavailableReason; readonly detail: string };

const isSet = (value: string | undefined): boolean => value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';

/** The executable electron-vite would run, if it is there; undefined when it is missing. */
export function locateElectron(probe: ElectronProbe): string | undefined {
  const override = probe.env.ELECTRON_EXEC_PATH;
  if (override) return probe.fileExists(override) ? override : undefined;
  const named = probe.readText(path.join(probe.electronDir, 'path.txt'));
  if (!named) return undefined;
  const executable = path.join(probe.electronDir, 'dist', named);
  return probe.fileExists(executable) ? executable : undefined;
}

/** Present → launch; missing → Electron's download, then look again; still missing → why. */
export async function decideElectron(probe: ElectronProbe): Promise<ElectronDecision> {
  const present = locateElectron(probe);
  if (present) return { kind: 'present', executable: present };
  const override = probe.env.ELECTRON_EXEC_PATH;
  // electron-vite runs ELECTRON_EXEC_PATH as given: a download into node_modules would not change that.
  if (override) return { kind: 'unavailable', reason: 'exec-path-missing', detail: override };
  if (isSet(probe.env.ELECTRON_SKIP_BINARY_DOWNLOAD)) {
    return { kind: 'unavailable', reason: 'download-disabled', detail: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' };
  }
  const download = await probe.download();
  switch (download.kind) {
    case 'failed':
      return { kind: 'unavailable', reason: 'download-failed', detail: download.detail };
    case 'timed-out':
      return { kind: 'unavailable', reason: 'download-timed-out', detail: `${download.seconds} s` };
    case 'finished': {
      const downloaded = locateElectron(probe);
      if (downloaded) return { kind: 'downloaded', executable: downloaded };
      return { kind: 'unavailable', reason: 'download-incomplete', detail: 'install.js finished but the binary is still missing' };
    }
  }
}
