import { describe, expect, it } from 'vitest';
import { openCommandFor } from '../../../electron/launcher/open-browser';

describe('openCommandFor', () => {
  const url = 'http://127.0.0.1:5174/';
  it.each([
    ['linux', 'xdg-open', [url]],
    ['freebsd', 'xdg-open', [url]],
    ['darwin', 'open', [url]],
    ['win32', 'cmd.exe', ['/d', '/s', '/c', `start "" "${url}"`]],
  ] as const)('%s → %s', (platform, command, args) => {
    expect(openCommandFor(platform, url)).toMatchObject({ command, args });
  });
});
