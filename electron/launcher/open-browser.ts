/** Asks the operating system to open an address in the default browser; failing to is not an error. */
import { spawn } from 'node:child_process';

export interface OpenCommand {
  readonly command: string;
  readonly args: readonly string[];
  /** Windows: pass the arguments to cmd as written (its own quoting rules, not the C runtime's). */
  readonly verbatim: boolean;
}

export function openCommandFor(platform: NodeJS.Platform, url: string): OpenCommand {
  switch (platform) {
    case 'darwin':
      return { command: 'open', args: [url], verbatim: false };
    case 'win32':
      // `start` is built into cmd; its first quoted argument is the window title.
      return { command: 'cmd.exe', args: ['/d', '/s', '/c', `start "" "${url}"`], verbatim: true };
    default:
      return { command: 'xdg-open', args: [url], verbatim: false };
  }
}

/** Resolves to undefined once the opener started, or to why it could not be run. */
export function openInBrowser(url: string, platform: NodeJS.Platform = process.platform): Promise<string | undefined> {
  const { command, args, verbatim } = openCommandFor(platform, url);
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: 'ignore',
      detached: true,
      windowsHide: true,
      windowsVerbatimArguments: verbatim,
    });
    child.once('error', (error) => resolve(`${command}: ${error.message}`));
    child.once('spawn', () => {
      child.unref();
      resolve(undefined);
    });
  });
}
