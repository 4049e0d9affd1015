import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { decideElectron, type DownloadResult, type ElectronEnv, type ElectronProbe, locateElectron } from '../../../electron/launcher/electron-binary';

const electronDir = path.resolve('/project/node_modules/electron');
const pathTxt = path.join(electronDir, 'path.txt');
const binary = path.join(electronDir, 'dist', 'electron');

/** A file system of the given files; the download, when it finishes, may add some. */
function probe(options: {
  files?: Record<string, string>;
  env?: ElectronEnv;
  download?: DownloadResult;
  downloadAdds?: Record<string, string>;
}): ElectronProbe & { download: ReturnType<typeof vi.fn> } {
  const files = new Map(Object.entries(options.files ?? {}));
  const download = vi.fn(async (): Promise<DownloadResult> => {
    for (const [file, text] of Object.entries(options.downloadAdds ?? {})) files.set(file, text);
    return options.download ?? { kind: 'failed', detail: 'no download expected' };
  });
  return {
    electronDir,
    env: options.env ?? {},
    readText: (file) => files.get(file),
    fileExists: (file) => files.has(file),
    download,
  };
}

describe('locateElectron: where electron-vite will look', () => {
  it('finds the file path.txt names under dist/', () => {
    expect(locateElectron(probe({ files: { [pathTxt]: 'electron', [binary]: '' } }))).toBe(binary);
  });

  it('is missing without path.txt, with an empty one, or when the file it names is absent', () => {
    expect(locateElectron(probe({}))).toBeUndefined();
    expect(locateElectron(probe({ files: { [pathTxt]: '' } }))).toBeUndefined();
    expect(locateElectron(probe({ files: { [pathTxt]: 'Electron.app/Contents/MacOS/Electron' } }))).toBeUndefined();
  });

  it('uses ELECTRON_EXEC_PATH as given, as electron-vite does', () => {
    const own = '/opt/electron/electron';
    expect(locateElectron(probe({ env: { ELECTRON_EXEC_PATH: own }, files: { [own]: '' } }))).toBe(own);
    expect(locateElectron(probe({ env: { ELECTRON_EXEC_PATH: own }, files: { [pathTxt]: 'electron', [binary]: '' } }))).toBeUndefined();
  });
});

describe('decideElectron', () => {
  it('present: launches without downloading', async () => {
    const p = probe({ files: { [pathTxt]: 'electron', [binary]: '' } });
    expect(await decideElectron(p)).toEqual({ kind: 'present', executable: binary });
    expect(p.download).not.toHaveBeenCalled();
  });

  it('missing and downloadable: runs the download once, then finds the binary', async () => {
    const p = probe({ download: { kind: 'finished' }, downloadAdds: { [pathTxt]: 'electron', [binary]: '' } });
    expect(await decideElectron(p)).toEqual({ kind: 'downloaded', executable: binary });
    expect(p.download).toHaveBeenCalledTimes(1);
  });

  it('missing and the download fails: unavailable, with the error', async () => {
    const p = probe({ download: { kind: 'failed', detail: 'TypeError: fetch failed' } });
    expect(await decideElectron(p)).toEqual({ kind: 'unavailable', reason: 'download-failed', detail: 'TypeError: fetch failed' });
  });

  it('missing and the download runs out of time: unavailable', async () => {
    const p = probe({ download: { kind: 'timed-out', seconds: 300 } });
    expect(await decideElectron(p)).toEqual({ kind: 'unavailable', reason: 'download-timed-out', detail: '300 s' });
  });

  it('missing, and the download says it finished but left no binary: unavailable', async () => {
    const p = probe({ download: { kind: 'finished' }, downloadAdds: { [pathTxt]: 'electron' } });
    expect(await decideElectron(p)).toMatchObject({ kind: 'unavailable', reason: 'download-incomplete' });
  });

  it.each(['1', 'true', 'yes'])('ELECTRON_SKIP_BINARY_DOWNLOAD=%s: unavailable without trying', async (value) => {
    const p = probe({ env: { ELECTRON_SKIP_BINARY_DOWNLOAD: value } });
    expect(await decideElectron(p)).toMatchObject({ kind: 'unavailable', reason: 'download-disabled' });
    expect(p.download).not.toHaveBeenCalled();
  });

  it.each(['', '0', 'false'])('ELECTRON_SKIP_BINARY_DOWNLOAD=%j does not forbid the download', async (value) => {
    const p = probe({ env: { ELECTRON_SKIP_BINARY_DOWNLOAD: value }, download: { kind: 'failed', detail: 'offline' } });
    expect(await decideElectron(p)).toMatchObject({ kind: 'unavailable', reason: 'download-failed' });
    expect(p.download).toHaveBeenCalledTimes(1);
  });

  it('a missing ELECTRON_EXEC_PATH is not downloaded over: electron-vite would still run that path', async () => {
    const p = probe({ env: { ELECTRON_EXEC_PATH: '/nowhere/electron' } });
    expect(await decideElectron(p)).toEqual({ kind: 'unavailable', reason: 'exec-path-missing', detail: '/nowhere/electron' });
    expect(p.download).not.toHaveBeenCalled();
  });
});
