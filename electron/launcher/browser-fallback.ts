/** Electron cannot start: say why in one paragraph, build, serve the renderer on 127.0.0.1 and open the browser. */
import type { UnavailableReason } from './electron-binary';
import { unavailableParagraph, wrap } from './fallback-message';
import { openInBrowser } from './open-browser';
import type { LauncherPaths } from './paths';
import { runChild } from './run-child';
import { startStaticServer } from './static-server';

/** The browser's data belongs to the address: the same port every time keeps the same data. */
export const PREFERRED_PORT = 5174;

const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      for (const signal of STOP_SIGNALS) process.off(signal, stop);
      resolve();
    };
    for (const signal of STOP_SIGNALS) process.on(signal, stop);
  });
}

/** Returns the exit code: 0 after Ctrl+C, the build's own code if the build failed. */
export async function runInBrowser(reason: UnavailableReason, detail: string, paths: LauncherPaths): Promise<number> {
  console.log(`\n${wrap(unavailableParagraph(reason, detail), 100)}\n`);
  console.log('Building Qorgau (electron-vite build)…');
  const built = await runChild(process.execPath, [paths.electronViteCli, 'build', '--logLevel', 'error'], paths.projectRoot);
  if (built !== 0) {
    console.error(`\nThe build failed (exit code ${built}); nothing is served.`);
    return built;
  }
  const server = await startStaticServer(paths.rendererOutDir, [PREFERRED_PORT, 0]);
  console.log(`\nQorgau is served at ${server.url} — open it in your browser. Press Ctrl+C to stop.`);
  if (server.port !== PREFERRED_PORT) {
    console.log(
      `(Port ${PREFERRED_PORT} is taken, so this is another address: data kept in the browser at ` +
        `http://127.0.0.1:${PREFERRED_PORT}/ is not visible here.)`,
    );
  }
  const notOpened = await openInBrowser(server.url);
  if (notOpened) console.log(`(Could not open a browser: ${notOpened}. Open the address above yourself.)`);
  await untilStopped();
  await server.close();
  console.log('Stopped.');
  return 0;
}
