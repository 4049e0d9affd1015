/**
 * The backup folder, kept by the main process. Plain module: the file system, the clock and the
 * time zone are injected, so a Node test with a fake clock can watch the folder fill and rotate.
 *
 * A write arrives in chunks (begin → append… → commit). The chunks go to a hidden temporary file
 * in the target folder; commit flushes it to disk, reads it back, checks the payload checksum named
 * in its manifest (shared/backup inspectBackup), and only then renames it to its final name. So a
 * file named like a backup has been verified once written; a failed check leaves no backup-named file.
 * After an automatic backup the folder is rotated (backup-rotation.ts).
 */
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { BackupEntry, BackupFolderStatus, BackupWriteKind, BackupWritten } from '../../shared/ipc';
import { BACKUP_CHUNK_BYTES } from '../../shared/ipc';
import { inspectBackup } from '../../shared/backup/codec';
import { MAX_BACKUP_BYTES } from '../../shared/backup/format';
import { KEEP_DAILY, KEEP_MONTHLY, KEEP_PRE_UPGRADE, backupsToKeep, localDay, type StoredKind } from './backup-rotation';

/** The few file-system calls the store makes (node:fs/promises in the app, the same in tests). */
export interface BackupFs {
  mkdir(dir: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
  size(file: string): Promise<number | undefined>;
  appendFile(file: string, bytes: Uint8Array): Promise<void>;
  /** Flushes the file's data to the disk (fsync). */
  flush(file: string): Promise<void>;
  readFile(file: string): Promise<Uint8Array>;
  readChunk(file: string, offset: number, length: number): Promise<Uint8Array>;
  rename(from: string, to: string): Promise<void>;
  remove(file: string): Promise<void>;
  /** Flushes a directory entry change (rename) to the disk, where possible. */
  flushDir?(dir: string): Promise<void>;
}

export interface BackupStoreOptions {
  readonly fs: BackupFs;
  readonly now: () => Date;
  /** Zone in which days and months are counted for rotation and "due today". */
  readonly timeZone: string;
  readonly defaultFolder: string;
  /** Persists the chosen folder (a small JSON file in userData). */
  readonly config: { read(): Promise<string>; write(json: string): Promise<void> };
  readonly newToken: () => string;
}

export class BackupStoreError extends Error {
  constructor(
    readonly code: 'unknown-token' | 'too-large' | 'size-mismatch' | 'verify-failed' | 'not-a-backup-name' | 'too-many' | 'not-allowed',
    message: string,
  ) {
    super(message);
    this.name = 'BackupStoreError';
  }
}

const NAME = /^qorgau-backup-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(daily|manual|pre-upgrade|pre-restore)\.json$/;
const PARTIAL_PREFIX = '.qorgau-partial-';

/** `qorgau-backup-2026-05-26T05-00-00-000Z-daily.json` (UTC, sortable). */
export function backupFileName(createdAt: Date, kind: StoredKind): string {
  return `qorgau-backup-${createdAt.toISOString().replace(/:/g, '-').replace('.', '-')}-${kind}.json`;
}

export function parseBackupFileName(fileName: string): { createdAt: Date; kind: StoredKind } | undefined {
  const m = NAME.exec(fileName);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, ms, kind] = m;
  const createdAt = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  if (Number.isNaN(createdAt.getTime())) return undefined;
  return { createdAt, kind: kind as StoredKind };
}

/** Writes in progress at once (an automatic backup and an export, say), and their announced bytes together. */
export const MAX_PENDING_WRITES = 2;
export const MAX_PENDING_BYTES = MAX_BACKUP_BYTES;

interface PendingWrite {
  readonly kind: BackupWriteKind;
  readonly temp: string;
  readonly target: string | undefined;
  readonly totalBytes: number;
  written: number;
}

export interface BackupStore {
  folder(): Promise<string>;
  setFolder(folder: string): Promise<void>;
  status(): Promise<BackupFolderStatus>;
  list(): Promise<BackupEntry[]>;
  /** `exportPath` is the file the DPO chose (exports only); automatic kinds go to the folder. */
  begin(kind: BackupWriteKind, totalBytes: number, exportPath?: string): Promise<string>;
  append(token: string, bytes: Uint8Array): Promise<void>;
  commit(token: string): Promise<BackupWritten>;
  read(fileName: string, offset: number): Promise<{ bytes: Uint8Array; totalBytes: number }>;
}

export function createBackupStore(options: BackupStoreOptions): BackupStore {
  const { fs } = options;
  const pending = new Map<string, PendingWrite>();
  /**
   * A pre-upgrade backup is written once, at start, before the database opens: main keeps at most one per
   * run, so a renderer cannot rotate the genuine ones out with a flood of its own.
   */
  let preUpgradeWritten = false;

  const folder = async (): Promise<string> => {
    try {
      const config = JSON.parse(await options.config.read()) as { folder?: unknown };
      if (typeof config.folder === 'string' && path.isAbsolute(config.folder)) return config.folder;
    } catch {
      // no config yet, or unreadable: the default folder
    }
    return options.defaultFolder;
  };

  /** The backups in one folder, newest first. */
  const listIn = async (dir: string): Promise<BackupEntry[]> => {
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch {
      return [];
    }
    const entries: BackupEntry[] = [];
    for (const fileName of names) {
      const parsed = parseBackupFileName(fileName);
      if (!parsed) continue;
      const size = await fs.size(path.join(dir, fileName));
      if (size === undefined) continue;
      entries.push({ fileName, kind: parsed.kind, createdAt: parsed.createdAt.toISOString(), size });
    }
    return entries.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  };
  const list = async (): Promise<BackupEntry[]> => listIn(await folder());

  /** Removes temporary files no write is using any more (left by a crash or a closed window). */
  const sweepPartials = async (dir: string): Promise<void> => {
    const active = new Set([...pending.values()].map((p) => path.basename(p.temp)));
    let names: string[];
    try {
      names = await fs.readdir(dir);
    } catch {
      return;
    }
    for (const name of names) {
      if (!name.startsWith(PARTIAL_PREFIX) || active.has(name)) continue;
      try {
        await fs.remove(path.join(dir, name));
      } catch {
        // a leftover another program holds open must not stop the next backup
      }
    }
  };

  /** Rotates the folder the backup was written to (not the configured one: the DPO may have chosen another meanwhile). */
  const rotate = async (dir: string, written: string): Promise<void> => {
    const entries = (await listIn(dir)).map((e) => ({ fileName: e.fileName, kind: e.kind, createdAt: new Date(e.createdAt) }));
    const keep = backupsToKeep(entries, options.timeZone);
    // The backup just written and reported verified always stays, even when the clock is behind the
    // dates of the others (a reset clock would otherwise delete every new backup as it is written).
    keep.add(written);
    for (const entry of entries) {
      if (keep.has(entry.fileName)) continue;
      try {
        await fs.remove(path.join(dir, entry.fileName));
      } catch {
        // Housekeeping only (e.g. Windows refuses to delete a file another program holds open): the
        // file is tried again at the next rotation, and the backup just written stays written and verified.
      }
    }
  };

  return {
    folder,
    list,
    async setFolder(chosen) {
      if (!path.isAbsolute(chosen)) throw new Error('the backup folder must be an absolute path');
      await fs.mkdir(chosen);
      // Prove the folder is writable before promising backups there.
      const probe = path.join(chosen, `${PARTIAL_PREFIX}probe-${options.newToken()}`);
      await fs.appendFile(probe, new Uint8Array([0x71]));
      await fs.remove(probe);
      await options.config.write(JSON.stringify({ folder: chosen }));
    },
    async status() {
      const dir = await folder();
      const entries = await list();
      const today = localDay(options.now(), options.timeZone);
      const dailyDue = !entries.some((e) => (e.kind === 'daily' || e.kind === 'manual') && localDay(new Date(e.createdAt), options.timeZone) === today);
      return {
        folder: dir,
        isDefaultFolder: dir === options.defaultFolder,
        entries,
        dailyDue,
        keep: { daily: KEEP_DAILY, monthly: KEEP_MONTHLY, preUpgrade: KEEP_PRE_UPGRADE },
      };
    },
    async begin(kind, totalBytes, exportPath) {
      if (totalBytes > MAX_BACKUP_BYTES) throw new BackupStoreError('too-large', `${totalBytes} bytes exceed ${MAX_BACKUP_BYTES}`);
      if (pending.size >= MAX_PENDING_WRITES) throw new BackupStoreError('too-many', `${pending.size} backups are already being written`);
      const pendingBytes = [...pending.values()].reduce((sum, write) => sum + write.totalBytes, 0);
      if (pendingBytes + totalBytes > MAX_PENDING_BYTES) {
        throw new BackupStoreError('too-large', `${pendingBytes + totalBytes} bytes pending exceed ${MAX_PENDING_BYTES}`);
      }
      if (kind === 'pre-upgrade' && (preUpgradeWritten || [...pending.values()].some((write) => write.kind === 'pre-upgrade'))) {
        throw new BackupStoreError('not-allowed', 'a pre-upgrade backup was already written in this run');
      }
      const dir = kind === 'export' && exportPath ? path.dirname(exportPath) : await folder();
      await fs.mkdir(dir);
      await sweepPartials(dir);
      const token = options.newToken();
      const temp = path.join(dir, `${PARTIAL_PREFIX}${token}`);
      pending.set(token, { kind, temp, target: kind === 'export' ? exportPath : undefined, totalBytes, written: 0 });
      return token;
    },
    async append(token, bytes) {
      const write = pending.get(token);
      if (!write) throw new BackupStoreError('unknown-token', 'no such backup in progress');
      if (write.written + bytes.length > write.totalBytes) {
        pending.delete(token);
        await fs.remove(write.temp);
        throw new BackupStoreError('size-mismatch', 'more bytes than announced');
      }
      await fs.appendFile(write.temp, bytes);
      write.written += bytes.length;
    },
    async commit(token) {
      const write = pending.get(token);
      if (!write) throw new BackupStoreError('unknown-token', 'no such backup in progress');
      pending.delete(token);
      try {
        if (write.written !== write.totalBytes) throw new BackupStoreError('size-mismatch', `${write.written} of ${write.totalBytes} bytes arrived`);
        await fs.flush(write.temp);
        const readBack = await fs.readFile(write.temp);
        if (readBack.length !== write.totalBytes) throw new BackupStoreError('verify-failed', `read back ${readBack.length} of ${write.totalBytes} bytes`);
        const inspected = await inspectBackup(readBack);
        if (!inspected.ok) throw new BackupStoreError('verify-failed', `${inspected.problem.code}: ${inspected.problem.detail}`);
        // The file's own manifest must say the kind of write main performs: a file is named and rotated as
        // what it is, not as what the renderer called it.
        if (inspected.value.manifest.kind !== write.kind) {
          throw new BackupStoreError('verify-failed', `the file is a ${inspected.value.manifest.kind} backup, not ${write.kind}`);
        }
        const dir = path.dirname(write.temp);
        const createdAt = options.now();
        let target = write.target;
        if (!target) {
          // Unique to the millisecond; bump on the rare collision.
          let at = createdAt;
          const taken = new Set(await fs.readdir(dir));
          while (taken.has(backupFileName(at, write.kind as StoredKind))) at = new Date(at.getTime() + 1);
          target = path.join(dir, backupFileName(at, write.kind as StoredKind));
        }
        if (write.kind === 'pre-upgrade') preUpgradeWritten = true;
        await fs.rename(write.temp, target);
        await fs.flushDir?.(path.dirname(target));
        if (write.kind !== 'export') await rotate(dir, path.basename(target));
        return { fileName: path.basename(target), path: target, size: readBack.length, createdAt: createdAt.toISOString(), verified: true };
      } catch (error) {
        await fs.remove(write.temp);
        throw error;
      }
    },
    async read(fileName, offset) {
      if (!parseBackupFileName(fileName)) throw new BackupStoreError('not-a-backup-name', `not a backup file: ${fileName}`);
      const file = path.join(await folder(), fileName);
      const totalBytes = await fs.size(file);
      if (totalBytes === undefined) throw new Error(`no such backup: ${fileName}`);
      const length = Math.max(0, Math.min(BACKUP_CHUNK_BYTES, totalBytes - offset));
      return { bytes: length > 0 ? await fs.readChunk(file, offset, length) : new Uint8Array(), totalBytes };
    },
  };
}

/** node:fs/promises behind BackupFs. */
export function nodeBackupFs(): BackupFs {
  return {
    mkdir: async (dir) => {
      await fsp.mkdir(dir, { recursive: true });
    },
    readdir: (dir) => fsp.readdir(dir),
    size: async (file) => {
      try {
        const stat = await fsp.stat(file);
        return stat.isFile() ? stat.size : undefined;
      } catch {
        return undefined;
      }
    },
    appendFile: (file, bytes) => fsp.appendFile(file, bytes, { mode: 0o600 }),
    flush: async (file) => {
      const handle = await fsp.open(file, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    },
    readFile: async (file) => new Uint8Array(await fsp.readFile(file)),
    readChunk: async (file, offset, length) => {
      const handle = await fsp.open(file, 'r');
      try {
        const buffer = new Uint8Array(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
    rename: (from, to) => fsp.rename(from, to),
    remove: (file) => fsp.rm(file, { force: true }),
    flushDir: async (dir) => {
      // Makes the rename itself durable where the platform allows syncing a directory (not Windows).
      try {
        const handle = await fsp.open(dir, 'r');
        try {
          await handle.sync();
        } finally {
          await handle.close();
        }
      } catch {
        // best effort
      }
    },
  };
}
