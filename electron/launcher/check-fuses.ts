/**
 * `npm run check:fuses` (run by `npm run pack` and `npm run dist` after electron-builder): reads the fuses back
 * from each packed binary under release/<version>/ (@electron/fuses getCurrentFuseWire) and compares them with
 * `electronFuses` in electron-builder.json — a fuse that did not flip fails the step. Where nothing was packed
 * (this project's sandbox cannot download Electron to pack), it says so and skips; it never passes silently
 * on a binary it could not read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

/** electron-builder.json's fuse names → their place in Electron's fuse wire. */
export const FUSE_INDEX = {
  runAsNode: FuseV1Options.RunAsNode,
  enableCookieEncryption: FuseV1Options.EnableCookieEncryption,
  enableNodeOptionsEnvironmentVariable: FuseV1Options.EnableNodeOptionsEnvironmentVariable,
  enableNodeCliInspectArguments: FuseV1Options.EnableNodeCliInspectArguments,
  enableEmbeddedAsarIntegrityValidation: FuseV1Options.EnableEmbeddedAsarIntegrityValidation,
  onlyLoadAppFromAsar: FuseV1Options.OnlyLoadAppFromAsar,
  loadBrowserProcessSpecificV8Snapshot: FuseV1Options.LoadBrowserProcessSpecificV8Snapshot,
  grantFileProtocolExtraPrivileges: FuseV1Options.GrantFileProtocolExtraPrivileges,
} as const;
export type FuseName = keyof typeof FUSE_INDEX;

/** A fuse byte: '1' enabled, '0' disabled, 'r' removed (FuseState of @electron/fuses). */
const ENABLED = 0x31;
const DISABLED = 0x30;

/** Each fuse whose byte in `wire` differs from the configured state, as "name: expected on, found off". */
export function fuseMismatches(expected: Readonly<Record<string, boolean>>, wire: Readonly<Record<number, number | string>>): string[] {
  const problems: string[] = [];
  for (const [name, on] of Object.entries(expected)) {
    if (!(name in FUSE_INDEX)) {
      problems.push(`${name}: not a fuse this check knows`);
      continue;
    }
    const found = wire[FUSE_INDEX[name as FuseName]];
    const state = found === ENABLED ? 'on' : found === DISABLED ? 'off' : `unreadable (${String(found)})`;
    if (state !== (on ? 'on' : 'off')) problems.push(`${name}: expected ${on ? 'on' : 'off'}, found ${state}`);
  }
  return problems;
}

/** The packed Electron binaries electron-builder leaves under `releaseDir` (linux-unpacked, win-unpacked, mac*). */
export function packedBinaries(releaseDir: string, productName: string): string[] {
  if (!existsSync(releaseDir)) return [];
  const found: string[] = [];
  for (const entry of readdirSync(releaseDir)) {
    const dir = path.join(releaseDir, entry);
    const candidates =
      entry === 'linux-unpacked' || entry.startsWith('linux-')
        ? [path.join(dir, productName.toLowerCase()), path.join(dir, productName)]
        : entry.startsWith('win-')
          ? [path.join(dir, `${productName}.exe`)]
          : entry.startsWith('mac')
            ? [path.join(dir, `${productName}.app`)]
            : [];
    const binary = candidates.find((file) => existsSync(file));
    if (binary) found.push(binary);
  }
  return found;
}

export type FuseCheck =
  | { readonly status: 'skipped'; readonly message: string }
  | { readonly status: 'checked'; readonly binaries: readonly string[]; readonly problems: readonly string[] };

export async function checkFuses(projectRoot: string): Promise<FuseCheck> {
  const builder = JSON.parse(readFileSync(path.join(projectRoot, 'electron-builder.json'), 'utf8')) as {
    productName: string;
    electronFuses: Record<string, boolean>;
    directories: { output: string };
  };
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  const releaseDir = path.join(projectRoot, builder.directories.output.replace('${version}', pkg.version));
  const binaries = packedBinaries(releaseDir, builder.productName);
  if (binaries.length === 0) {
    return {
      status: 'skipped',
      message: `No packed binary under ${path.relative(projectRoot, releaseDir) || '.'}: the fuses were not read back. Run \`npm run pack\` on a packaging machine (it downloads Electron), then \`npm run check:fuses\`.`,
    };
  }
  const problems: string[] = [];
  for (const binary of binaries) {
    try {
      const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, number>;
      for (const problem of fuseMismatches(builder.electronFuses, wire)) problems.push(`${path.relative(projectRoot, binary)}: ${problem}`);
    } catch (error) {
      problems.push(`${path.relative(projectRoot, binary)}: the fuses could not be read (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return { status: 'checked', binaries, problems };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await checkFuses(path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..'));
  if (result.status === 'skipped') {
    console.log(`check:fuses skipped — ${result.message}`);
  } else if (result.problems.length > 0) {
    console.error(`check:fuses FAILED:\n  ${result.problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`check:fuses: every fuse as configured in ${result.binaries.length} packed binar${result.binaries.length === 1 ? 'y' : 'ies'}.`);
  }
}
