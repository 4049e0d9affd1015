/**
 * A fingerprint of what a backup snapshot read: every row of every backed-up table (the settings of this
 * computer — app lock, last backup — left out, as a restore leaves them alone), in the order the browser
 * returned them. A restore compares it, inside its own transaction, with the tables as they are then: if
 * another window wrote anything after the safety copy was read, that write would be in neither the copy
 * nor the restored data, so the restore is refused instead (renderer/db/backup-restore.ts).
 *
 * Synchronous on purpose: it runs inside an IndexedDB transaction, which commits at the first await on
 * anything but IndexedDB (crypto.subtle included). Blobs count by size and type (attachments are never
 * rewritten in place). A 53-bit hash per table plus the row count: a collision needs a change that keeps
 * every count and hits 1 in 2^53.
 */
import { BACKUP_TABLES, DEVICE_SETTING_KEYS, type BackupTable } from '../../shared/backup/format';

/** cyrb53 over a sequence of strings, its two 32-bit lanes carried from one string to the next. */
class Hash53 {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  add(text: string): void {
    let { h1, h2 } = this;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  value(): number {
    let h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507);
    h1 ^= Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    let h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
}

/** Blobs by size and type; a case's search words are derived (the file leaves them out), so they do not count. */
const replacer = (key: string, value: unknown): unknown =>
  key === 'searchTokens' ? undefined : value instanceof Blob ? `blob:${value.size}:${value.type}` : value;

export function fingerprintRows(table: BackupTable, rows: readonly object[]): string {
  const kept = table === 'settings' ? rows.filter((row) => !DEVICE_SETTING_KEYS.includes((row as { key: string }).key)) : rows;
  const hash = new Hash53();
  for (const row of kept) hash.add(`${JSON.stringify(row, replacer)}\n`);
  return `${table}:${kept.length}:${hash.value().toString(36)}`;
}

/** The fingerprint of every table in BACKUP_TABLES order (a missing table counts as empty). */
export function fingerprintTables(tables: Partial<Record<BackupTable, readonly object[]>>): string {
  return BACKUP_TABLES.map((table) => fingerprintRows(table, tables[table] ?? [])).join('|');
}
