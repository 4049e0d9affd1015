import { describe, expect, it } from 'vitest';
import type { UnavailableReason } from '../../../electron/launcher/electron-binary';
import { unavailableParagraph, wrap } from '../../../electron/launcher/fallback-message';

const reasons: readonly UnavailableReason[] = ['download-disabled', 'download-failed', 'download-timed-out', 'download-incomplete', 'exec-path-missing'];

describe('unavailableParagraph', () => {
  it.each(reasons)('%s: one paragraph saying why, that the browser takes over at 127.0.0.1, and how to get Electron', (reason) => {
    const text = unavailableParagraph(reason, 'DETAIL');
    expect(text).not.toContain('\n');
    expect(text).toMatch(/^Qorgau cannot start as a desktop app here: /);
    expect(text).toContain('runs in your default browser instead');
    expect(text).toContain('127.0.0.1');
    expect(text).toContain('no automatic daily backups');
    expect(text).toMatch(/run npm start again\.$/);
  });

  it('names the download error and the variables that matter', () => {
    expect(unavailableParagraph('download-failed', 'TypeError: fetch failed')).toContain('downloading it failed (TypeError: fetch failed)');
    expect(unavailableParagraph('download-timed-out', '300 s')).toContain('did not finish within 300 s');
    expect(unavailableParagraph('download-disabled', '')).toContain('unset ELECTRON_SKIP_BINARY_DOWNLOAD');
    expect(unavailableParagraph('exec-path-missing', '/opt/e')).toContain('ELECTRON_EXEC_PATH names /opt/e, which does not exist');
  });
});

describe('wrap', () => {
  it('breaks at spaces within the width and keeps every word', () => {
    const text = unavailableParagraph('download-failed', 'TypeError: fetch failed');
    const lines = wrap(text, 60).split('\n');
    expect(lines.every((line) => line.length <= 60)).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });

  it('gives a word longer than the width a line of its own', () => {
    expect(wrap('a averyveryverylongword b', 5)).toBe('a\naveryveryverylongword\nb');
  });
});
