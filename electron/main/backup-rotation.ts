/**
 * Which automatic backups to keep: the newest daily or manual backup of each of the 14 most recent
 * days that have one, the newest of each of the 6 most recent months that have one, the 6 newest
 * pre-upgrade backups and the 6 newest pre-restore backups (the data a restore replaced). "Most recent days that have a backup" (not "the last 14 calendar days")
 * means a computer left off for a month does not come back to an emptied folder.
 * Days and months are counted in the given time zone.
 */
export const KEEP_DAILY = 14;
export const KEEP_MONTHLY = 6;
export const KEEP_PRE_UPGRADE = 6;

export type StoredKind = 'daily' | 'manual' | 'pre-upgrade' | 'pre-restore';

/** Kinds kept apart from the day/month rotation: the newest KEEP_PRE_UPGRADE of each. */
const SAFETY_KINDS: readonly StoredKind[] = ['pre-upgrade', 'pre-restore'];

export interface RotationEntry {
  readonly fileName: string;
  readonly createdAt: Date;
  readonly kind: StoredKind;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

export function localDay(instant: Date, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const p of format.formatToParts(instant)) {
    parts[p.type] = p.value;
  }
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

function newestPerBucket(entries: readonly RotationEntry[], bucket: (e: RotationEntry) => string, keep: number): RotationEntry[] {
  const newest = new Map<string, RotationEntry>();
  for (const entry of entries) {
    const key = bucket(entry);
    const seen = newest.get(key);
    if (!seen || entry.createdAt.getTime() > seen.createdAt.getTime()) newest.set(key, entry);
  }
  return [...newest.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .slice(0, keep)
    .map(([, entry]) => entry);
}

/** The file names to keep; every other automatic backup may be deleted. */
export function backupsToKeep(entries: readonly RotationEntry[], timeZone: string): Set<string> {
  const regular = entries.filter((e) => !SAFETY_KINDS.includes(e.kind));
  const keep = new Set<string>();
  for (const e of newestPerBucket(regular, (x) => localDay(x.createdAt, timeZone), KEEP_DAILY)) keep.add(e.fileName);
  for (const e of newestPerBucket(regular, (x) => localDay(x.createdAt, timeZone).slice(0, 7), KEEP_MONTHLY)) keep.add(e.fileName);
  for (const kind of SAFETY_KINDS) {
    const newest = entries
      .filter((e) => e.kind === kind)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .slice(0, KEEP_PRE_UPGRADE);
    for (const e of newest) keep.add(e.fileName);
  }
  return keep;
}
