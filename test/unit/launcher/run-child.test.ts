import { describe, expect, it } from 'vitest';
import { exitCodeOf, runChild } from '../../../electron/launcher/run-child';

describe('runChild', { timeout: 60_000 }, () => {
  it("returns the child's exit code", async () => {
    expect(await runChild(process.execPath, ['-e', 'process.exit(7)'], process.cwd())).toBe(7);
  });

  it('returns 1 when the command cannot be run', async () => {
    expect(await runChild('/no/such/command', [], process.cwd())).toBe(1);
  });

  it('reports a child ended by a signal as 128 + its number', () => {
    expect(exitCodeOf(null, 'SIGINT')).toBe(130);
    expect(exitCodeOf(null, 'SIGTERM')).toBe(143);
    expect(exitCodeOf(0, null)).toBe(0);
  });
});
