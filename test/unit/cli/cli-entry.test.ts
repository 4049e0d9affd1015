import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs the entry behind `npm run cli` the way tsx does, as a real process. */
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'electron/launcher/cli.ts', ...args], { encoding: 'utf8' });

// Starting Node with tsx takes a while on a loaded machine: a generous bound, not a speed requirement.
describe('npm run cli: the process entry', { timeout: 120_000 }, () => {
  it('prints the result on stdout and exits 0', () => {
    const run = cli('deadline', '--calendar', 'kz', '--working-days', '1', '--from', '2025-03-07T16:40:00+05:00');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toMatchObject({ due: '2025-03-11T13:00:00.000Z' });
  });

  it('prints bad arguments on stderr and exits 2', () => {
    const run = cli('deadline', '--calendar', 'xx');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^error: /);
  });
});
