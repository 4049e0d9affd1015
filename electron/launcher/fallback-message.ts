/** What `npm start` says when Electron cannot start and Qorgau runs in the browser instead. */
import type { UnavailableReason } from './electron-binary';

function why(reason: UnavailableReason, detail: string): string {
  switch (reason) {
    case 'download-disabled':
      return 'the Electron binary is not installed and ELECTRON_SKIP_BINARY_DOWNLOAD forbids downloading it';
    case 'download-failed':
      return `the Electron binary is not installed and downloading it failed (${detail})`;
    case 'download-timed-out':
      return `the Electron binary is not installed and downloading it did not finish within ${detail}`;
    case 'download-incomplete':
      return 'the Electron binary is not installed and its download ended without leaving it in node_modules/electron/dist';
    case 'exec-path-missing':
      return `ELECTRON_EXEC_PATH names ${detail}, which does not exist`;
  }
}

function remedy(reason: UnavailableReason): string {
  switch (reason) {
    case 'download-disabled':
      return 'unset ELECTRON_SKIP_BINARY_DOWNLOAD';
    case 'download-failed':
    case 'download-timed-out':
    case 'download-incomplete':
      return 'let the download through (network, proxy, or an ELECTRON_MIRROR you can reach)';
    case 'exec-path-missing':
      return 'point ELECTRON_EXEC_PATH at an Electron executable, or unset it';
  }
}

/** One paragraph: why Electron cannot start, what happens instead, and how to get the desktop app. */
export function unavailableParagraph(reason: UnavailableReason, detail: string): string {
  return (
    `Qorgau cannot start as a desktop app here: ${why(reason, detail)}. ` +
    'Qorgau runs in your default browser instead, served from this computer only (127.0.0.1) with the same ' +
    'strict security policy. In the browser, saving and printing go through the browser, there are no automatic ' +
    'daily backups (use Back up now), and your data is kept in that browser for that address. ' +
    `To get the desktop app, ${remedy(reason)} and run npm start again.`
  );
}

/** Breaks text into lines of at most `width` characters at spaces (a longer word gets a line of its own). */
export function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}
