import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstErrorLine, runElectronInstall } from '../../../electron/launcher/electron-download';

const dir = mkdtempSync(path.join(tmpdir(), 'qorgau-install-'));
function script(name: string, source: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, source);
  return file;
}

// Generous bound for the scripts that end on their own: only a machine that cannot start Node in
// a minute would hit it. The script that never ends is the only one meant to run into its bound.
const ENDS_ON_ITS_OWN_MS = 60_000;

describe("runElectronInstall: Electron's install.js, bounded", { timeout: ENDS_ON_ITS_OWN_MS * 2 }, () => {
  it('finished when install.js exits 0', async () => {
    const installScript = script('ok.cjs', 'process.exit(0);');
    expect(await runElectronInstall({ installScript, timeoutMs: ENDS_ON_ITS_OWN_MS })).toEqual({ kind: 'finished' });
  });

  it('failed, with the first line of the stack install.js prints', async () => {
    const installScript = script('offline.cjs', 'console.error(new TypeError("fetch failed").stack); process.exit(1);');
    expect(await runElectronInstall({ installScript, timeoutMs: ENDS_ON_ITS_OWN_MS })).toEqual({ kind: 'failed', detail: 'TypeError: fetch failed' });
  });

  it('failed with the exit code when install.js says nothing', async () => {
    const installScript = script('silent.cjs', 'process.exit(3);');
    expect(await runElectronInstall({ installScript, timeoutMs: ENDS_ON_ITS_OWN_MS })).toEqual({ kind: 'failed', detail: 'install.js ended with exit code 3' });
  });

  it('timed out (and the child killed) when install.js never ends', async () => {
    const installScript = script('hangs.cjs', 'setInterval(() => {}, 1000);');
    expect(await runElectronInstall({ installScript, timeoutMs: 200 })).toEqual({ kind: 'timed-out', seconds: 0 });
  });

  it('failed when Node itself cannot be run', async () => {
    const result = await runElectronInstall({ installScript: 'x.js', timeoutMs: ENDS_ON_ITS_OWN_MS, nodePath: path.join(dir, 'no-such-node') });
    expect(result).toMatchObject({ kind: 'failed' });
  });

  it('firstErrorLine skips blank lines', () => {
    expect(firstErrorLine('\n  \nRequestError: getaddrinfo ENOTFOUND github.com\n    at x\n')).toBe('RequestError: getaddrinfo ENOTFOUND github.com');
    expect(firstErrorLine('\n')).toBeUndefined();
  });
});
