/**
 * The schema history of the Qorgau database. Each entry is one Dexie `version(n)`: its stores and
 * the upgrade that carries existing data forward. Entries are never edited once released — a change
 * is a new entry with its own migration test (test/dom/db/migration-v<n>.test.ts).
 */
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  readonly version: number;
  /** Dexie store declarations: only the changed tables; `null` deletes a table. */
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
  /** What the version introduced, for the schema log in Settings → About. */
  readonly summary: string;
}

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // key-value settings: language, display time zone, close-of-business hour, …
      settings: '&key',
    },
    summary: 'settings',
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;
