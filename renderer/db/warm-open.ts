/**
 * Warms the app's IndexedDB database at the very start of a load (renderer/boot.ts), while the app's
 * script is still being fetched and compiled: the first open of a large database in a just-started
 * browser takes most of a second (Chromium opens its backing store from disk), and the app cannot ask
 * for it before its script runs. This module is tiny and imports nothing, so the boot script that
 * runs it is too.
 *
 * The warm-up only opens a connection and holds it; it reads nothing, so the app lock still guards
 * every record. It never creates the database (an open without a version would create an empty v1
 * one: the upgrade that would create it is aborted, as Dexie does for a schema-less open) and never
 * holds back an upgrade, a restore or a deletion (it closes on `versionchange`). The app releases it
 * once its own connection is open (renderer/main.tsx).
 */

export type WarmState = 'opening' | 'open' | 'absent' | 'failed' | 'released';

let state: WarmState | undefined;
let connection: IDBDatabase | undefined;

/** Starts opening `name` if the database exists; returns at once. Once per page. */
export function warmDatabase(name: string, factory: IDBFactory | undefined = globalThis.indexedDB): void {
  if (state !== undefined || !factory) return;
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(name);
  } catch {
    state = 'failed';
    return;
  }
  state = 'opening';
  // Only a database that does not exist yet asks for an upgrade here: abort it, so nothing is created.
  request.onupgradeneeded = () => {
    state = 'absent';
    request.transaction?.abort();
  };
  request.onerror = (event) => {
    // The aborted creation ends here with an AbortError; any other failure is the app's to meet.
    event.preventDefault();
    if (state === 'opening') state = 'failed';
  };
  request.onsuccess = () => {
    const db = request.result;
    if (state !== 'opening') {
      db.close();
      return;
    }
    db.onversionchange = () => {
      db.close();
      if (connection === db) connection = undefined;
    };
    connection = db;
    state = 'open';
  };
}

/** Closes the warm connection (or closes it as soon as it opens): the app has its own now. */
export function releaseWarmDatabase(): void {
  connection?.close();
  connection = undefined;
  if (state !== undefined) state = 'released';
}

/** Where the warm-up stands (for tests and the log). */
export const warmState = (): WarmState | undefined => state;

/** For tests: forget the previous warm-up. */
export function resetWarmDatabaseForTests(): void {
  releaseWarmDatabase();
  state = undefined;
}
