/** Reading the fuses back from a packed binary (issue 16 finding 12): a fuse that did not flip fails the step. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFuses, FUSE_INDEX, fuseMismatches } from '../../../electron/launcher/check-fuses';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const configured = (JSON.parse(readFileSync('electron-builder.json', 'utf8')) as { electronFuses: Record<string, boolean> }).electronFuses;

/** A stand-in Electron binary: some bytes, the fuse sentinel, wire version 1, its length, one byte per fuse. */
function fakeBinary(fuses: Record<string, boolean>): Buffer {
  const wire = Array.from({ length: 8 }, () => 0x30);
  for (const [name, on] of Object.entries(fuses)) wire[FUSE_INDEX[name as keyof typeof FUSE_INDEX]] = on ? 0x31 : 0x30;
  return Buffer.concat([Buffer.from('\x7fELF…machine code…'), Buffer.from(SENTINEL), Buffer.from([1, wire.length, ...wire]), Buffer.from('…more')]);
}

function project(binary?: Buffer): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'qorgau-fuses-'));
  writeFileSync(path.join(root, 'electron-builder.json'), readFileSync('electron-builder.json'));
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ version: '9.9.9' }));
  if (binary) {
    mkdirSync(path.join(root, 'release/9.9.9/linux-unpacked'), { recursive: true });
    writeFileSync(path.join(root, 'release/9.9.9/linux-unpacked/qorgau'), binary);
  }
  return root;
}

describe('check:fuses', () => {
  it('names every fuse that is not as configured', () => {
    expect(fuseMismatches({ runAsNode: false, onlyLoadAppFromAsar: true }, { 0: 0x30, 5: 0x31 })).toEqual([]);
    expect(fuseMismatches({ runAsNode: false, onlyLoadAppFromAsar: true }, { 0: 0x31, 5: 0x72 })).toEqual([
      'runAsNode: expected off, found on',
      'onlyLoadAppFromAsar: expected on, found unreadable (114)',
    ]);
    expect(fuseMismatches({ inventedFuse: true }, {})).toEqual(['inventedFuse: not a fuse this check knows']);
  });

  it('passes a packed binary whose fuses were flipped as electron-builder.json says', async () => {
    const result = await checkFuses(project(fakeBinary(configured)));
    expect(result).toMatchObject({ status: 'checked', problems: [] });
    expect(result.status === 'checked' && result.binaries.map((b) => path.basename(b))).toEqual(['qorgau']);
  });

  it('fails a packed binary with RunAsNode left on', async () => {
    const result = await checkFuses(project(fakeBinary({ ...configured, runAsNode: true })));
    expect(result).toMatchObject({ status: 'checked', problems: ['release/9.9.9/linux-unpacked/qorgau: runAsNode: expected off, found on'] });
  });

  it('fails a "binary" it cannot read fuses from, and skips — saying so — where nothing was packed', async () => {
    const unreadable = await checkFuses(project(Buffer.from('not electron')));
    expect(unreadable.status === 'checked' && unreadable.problems[0]).toMatch(/the fuses could not be read/);
    const skipped = await checkFuses(project());
    expect(skipped).toEqual({
      status: 'skipped',
      message:
        'No packed binary under release/9.9.9: the fuses were not read back. Run `npm run pack` on a packaging machine (it downloads Electron), then `npm run check:fuses`.',
    });
  });
});
