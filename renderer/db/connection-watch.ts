/**
 * What another window (or tab) does to the app's database while this one has it open:
 * - `versionchange`: another window upgrades it (a newer Qorgau) or deletes it. This window closes its
 *   connection for good (Dexie's own handler would reopen it at the next query, at a version that is no
 *   longer there, or recreate a deleted database) and says so; a reload meets the new state (and an older
 *   build refuses a newer schema, renderer/app/startup.tsx).
 * - `blocked`: this window wants to upgrade it, but another keeps an older connection open. The open waits
 *   (it goes on by itself once the other closes); meanwhile this window says so.
 */
import { database } from './database';

export type ElsewhereChange = 'upgraded' | 'deleted';

export interface ConnectionWatch {
  readonly blocked: () => void;
  readonly changedElsewhere: (change: ElsewhereChange) => void;
}

/** Starts watching the app-wide database (before its first open); returns the function that stops. */
export function watchAppDatabase(watch: ConnectionWatch): () => void {
  const db = database();
  const onBlocked = (): void => watch.blocked();
  const onVersionChange = (event: IDBVersionChangeEvent): boolean => {
    db.close({ disableAutoOpen: true });
    watch.changedElsewhere(event.newVersion === null || event.newVersion === 0 ? 'deleted' : 'upgraded');
    return false;
  };
  db.on('blocked', onBlocked);
  db.on('versionchange', onVersionChange);
  return () => {
    db.on('blocked').unsubscribe(onBlocked);
    db.on('versionchange').unsubscribe(onVersionChange);
  };
}
