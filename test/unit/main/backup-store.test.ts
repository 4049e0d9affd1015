import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackupStore, nodeBackupFs, parseBackupFileName, type BackupStore } from '../../../electron/main/backup-store';
import { localDay } from '../../../electron/main/backup-rotation';
import { encodeBackup, inspectBackup } from '../../../shared/backup/codec';

vi.mock('electron', () => ({}));

const ZONE = 'Asia/Almaty';
let root: string;
let now: Date;
let counter = 0;
let store: BackupStore;

async function backupBytes(kind: 'daily' | 'manual' | 'pre-upgrade' | 'pre-restore' | 'export' = 'daily', note = 'x'): Promise<Uint8Array> {
  const { bytes } = await encodeBackup({
    tables: { settings: [{ key: 'note', value: note, updatedAt: now.toISOString() }] },
    appVersion: '0.1.0',
    schemaVersion: 2,
    createdAt: now.toISOString(),
    kind,
  });
  return bytes;
}

function makeStore(): BackupStore {
  const config = path.join(root, 'backup-settings.json');
  return createBackupStore({
    fs: nodeBackupFs(),
    now: () => now,
    timeZone: ZONE,
    defaultFolder: path.join(root, 'userData', 'backups'),
    config: { read: () => readFile(config, 'utf8'), write: (json) => writeFile(config, json) },
    newToken: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
  });
}

/** What the renderer does: begin, append in chunks, commit. */
async function write(kind: 'daily' | 'manual' | 'pre-upgrade' | 'pre-restore', bytes?: Uint8Array) {
  const file = bytes ?? (await backupBytes(kind));
  const token = await store.begin(kind, file.length);
  const half = Math.floor(file.length / 2);
  await store.append(token, file.slice(0, half));
  await store.append(token, file.slice(half));
  return store.commit(token);
}

const folderFiles = async (): Promise<string[]> => (await readdir(await store.folder())).sort();

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'qorgau-backups-'));
  now = new Date('2026-01-01T04:00:00.000Z'); // 09:00 in Almaty
  store = makeStore();
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('backup folder, with a fake clock', () => {
  it('fills daily and rotates to 14 daily + 6 monthly over a year', async () => {
    for (let day = 0; day < 365; day++) {
      now = new Date(Date.UTC(2026, 0, 1 + day, 4, 0, 0));
      expect((await store.status()).dailyDue, `day ${day}`).toBe(true);
      const written = await write('daily');
      expect(written.verified).toBe(true);
      expect((await store.status()).dailyDue).toBe(false);
      // Now and then the DPO also backs up by hand in the afternoon: the newest of the day is kept.
      if (day % 10 === 3) {
        now = new Date(now.getTime() + 6 * 3_600_000);
        await write('manual');
      }
      const files = await folderFiles();
      expect(files.length).toBeLessThanOrEqual(14 + 6);
    }
    const days = (await folderFiles()).map((name) => {
      const parsed = parseBackupFileName(name)!;
      return `${localDay(parsed.createdAt, ZONE)} ${parsed.kind}`;
    });
    // The newest backup of a day is the afternoon manual one on days 3, 13, 23 … of the year.
    const kindOn = (date: string) => (((Date.parse(`${date}T00:00:00Z`) - Date.UTC(2026, 0, 1)) / 86_400_000) % 10 === 3 ? 'manual' : 'daily');
    const expected = [
      // the newest of each of the 6 most recent months (December's is also the newest day)
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
      // the newest of each of the 14 most recent days
      ...Array.from({ length: 14 }, (_, i) => `2026-12-${18 + i}`),
    ].map((date) => `${date} ${kindOn(date)}`);
    expect(days).toEqual(expected);
    expect(days.filter((d) => d.endsWith('manual'))).toEqual(['2026-10-31 manual', '2026-11-30 manual', '2026-12-20 manual', '2026-12-30 manual']);
    // Every file left in the folder reads back whole.
    for (const name of await folderFiles()) {
      const inspected = await inspectBackup(new Uint8Array(await readFile(path.join(await store.folder(), name))));
      expect(inspected.ok, name).toBe(true);
    }
  }, 120_000);

  it('counts days in the organisation zone: 23:30 in Almaty is still the same day', async () => {
    now = new Date('2026-03-10T18:30:00.000Z'); // 23:30 Almaty, 10 March
    await write('daily');
    now = new Date('2026-03-10T18:50:00.000Z'); // 23:50
    expect((await store.status()).dailyDue).toBe(false);
    now = new Date('2026-03-10T19:05:00.000Z'); // 00:05 on 11 March
    expect((await store.status()).dailyDue).toBe(true);
  });

  it('keeps the 14 most recent days that have a backup when the computer was off for a month', async () => {
    for (let day = 0; day < 20; day++) {
      now = new Date(Date.UTC(2026, 4, 1 + day, 4));
      await write('daily');
    }
    now = new Date(Date.UTC(2026, 5, 25, 4)); // back after five weeks
    await write('daily');
    const days = (await folderFiles()).map((name) => localDay(parseBackupFileName(name)!.createdAt, ZONE));
    expect(days).toEqual([...Array.from({ length: 13 }, (_, i) => `2026-05-${String(8 + i).padStart(2, '0')}`), '2026-06-25']);
  });

  it('never deletes the backup it has just written, even when the clock was set back', async () => {
    for (let month = 0; month < 6; month++) {
      now = new Date(Date.UTC(2025, 11 + month, 1, 4));
      await write('daily');
    }
    for (let day = 2; day <= 15; day++) {
      now = new Date(Date.UTC(2026, 4, day, 4));
      await write('daily');
    }
    const before = await folderFiles();
    now = new Date(Date.UTC(2025, 0, 1, 4)); // the computer's clock was reset
    const written = await write('daily');
    expect(written.verified).toBe(true);
    expect(await folderFiles()).toEqual([written.fileName, ...before].sort());
    expect((await readFile(written.path)).length).toBe(written.size);
    expect((await store.status()).dailyDue).toBe(false);
    // The next one (clock still behind) replaces it; the 14 days before the reset stay.
    now = new Date(Date.UTC(2025, 0, 2, 4));
    const next = await write('daily');
    expect(await folderFiles()).toEqual([next.fileName, ...before].sort());
  });

  it('keeps the 6 newest pre-upgrade backups apart from the daily rotation', async () => {
    for (let i = 0; i < 8; i++) {
      now = new Date(Date.UTC(2026, 0, 1 + i, 4));
      store = makeStore(); // one upgrade per start of the app
      await write('pre-upgrade');
      await write('daily');
    }
    const files = await folderFiles();
    expect(files.filter((f) => f.endsWith('-pre-upgrade.json'))).toHaveLength(6);
    expect(files.filter((f) => f.endsWith('-daily.json'))).toHaveLength(8);
    expect(files.some((f) => f.startsWith('qorgau-backup-2026-01-01'))).toBe(true); // still a daily of 1 Jan
    expect(files.filter((f) => f.startsWith('qorgau-backup-2026-01-01') && f.endsWith('-pre-upgrade.json'))).toHaveLength(0);
  });
});

describe('copies of the data a restore replaced', () => {
  it('are kept apart from the daily rotation (the 6 newest), and do not count as the daily backup', async () => {
    now = new Date(Date.UTC(2026, 0, 1, 4));
    await write('daily');
    const daily = await folderFiles();
    for (let i = 0; i < 8; i++) {
      now = new Date(Date.UTC(2026, 0, 2, 4, i));
      await write('pre-restore');
      expect((await store.status()).dailyDue, 'a pre-restore copy is not the daily backup').toBe(true);
    }
    const files = await folderFiles();
    expect(files.filter((f) => f.endsWith('-pre-restore.json'))).toEqual(
      Array.from({ length: 6 }, (_, i) => `qorgau-backup-2026-01-02T04-0${i + 2}-00-000Z-pre-restore.json`),
    );
    // A manual backup the same day does not rotate them away, and the daily of the day before stays.
    await write('manual');
    expect((await folderFiles()).filter((f) => f.endsWith('-pre-restore.json'))).toHaveLength(6);
    expect(await folderFiles()).toEqual(expect.arrayContaining(daily));
    expect((await store.status()).entries.filter((e) => e.kind === 'pre-restore')).toHaveLength(6);
    expect((await store.read(files[0]!, 0)).totalBytes).toBeGreaterThan(0);
  });
});

describe('each write is verified by reading it back', () => {
  it('a file whose bytes do not match its checksum never gets a backup name', async () => {
    const bytes = await backupBytes();
    const corrupt = bytes.slice();
    corrupt[corrupt.length - 10] = (corrupt[corrupt.length - 10] ?? 0) ^ 0x01; // inside the payload line
    await expect(write('daily', corrupt)).rejects.toMatchObject({ code: 'verify-failed' });
    expect(await folderFiles()).toEqual([]);
  });

  it('refuses a commit before every announced byte arrived, and more bytes than announced', async () => {
    const bytes = await backupBytes();
    const token = await store.begin('daily', bytes.length);
    await store.append(token, bytes.slice(0, 10));
    await expect(store.commit(token)).rejects.toMatchObject({ code: 'size-mismatch' });
    const second = await store.begin('daily', 5);
    await expect(store.append(second, bytes.slice(0, 10))).rejects.toMatchObject({ code: 'size-mismatch' });
    await expect(store.commit(second)).rejects.toMatchObject({ code: 'unknown-token' });
    expect(await folderFiles()).toEqual([]);
  });

  it('housekeeping that fails (an old backup or a leftover temporary file held open) does not fail a backup', async () => {
    for (let day = 1; day <= 14; day++) {
      now = new Date(Date.UTC(2026, 4, day, 4));
      await write('daily');
    }
    const oldest = (await folderFiles())[0]!;
    const locked = '.qorgau-partial-locked';
    await writeFile(path.join(await store.folder(), locked), 'half a backup');
    const real = nodeBackupFs();
    const config = path.join(root, 'backup-settings.json');
    store = createBackupStore({
      fs: {
        ...real,
        remove: async (file) => {
          if ([oldest, locked].includes(path.basename(file)))
            throw Object.assign(new Error(`EPERM: operation not permitted, unlink '${file}'`), { code: 'EPERM' });
          await real.remove(file);
        },
      },
      now: () => now,
      timeZone: ZONE,
      defaultFolder: path.join(root, 'userData', 'backups'),
      config: { read: () => readFile(config, 'utf8'), write: (json) => writeFile(config, json) },
      newToken: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
    });
    now = new Date(Date.UTC(2026, 4, 15, 4));
    const written = await write('daily');
    expect(written.verified).toBe(true);
    expect(await folderFiles()).toContain(written.fileName);
    expect(await folderFiles()).toEqual(expect.arrayContaining([oldest, locked])); // left for the next time
  });

  it('sweeps temporary files a crash left behind', async () => {
    const folder = await store.folder();
    await write('daily');
    await writeFile(path.join(folder, '.qorgau-partial-dead'), 'half a backup');
    now = new Date(now.getTime() + 86_400_000);
    await write('daily');
    expect((await folderFiles()).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('reads a file back in chunks, and only files named like backups', async () => {
    const written = await write('manual');
    const chunk = await store.read(written.fileName, 0);
    expect(chunk.totalBytes).toBe(written.size);
    expect((await inspectBackup(chunk.bytes)).ok).toBe(true);
    expect((await store.read(written.fileName, written.size)).bytes).toHaveLength(0);
    await expect(store.read('../backup-settings.json', 0)).rejects.toMatchObject({ code: 'not-a-backup-name' });
  });
});

describe('the folder the DPO chooses', () => {
  it('defaults to <userData>/backups, remembers a chosen folder and writes there', async () => {
    expect(await store.status()).toMatchObject({ folder: path.join(root, 'userData', 'backups'), isDefaultFolder: true, entries: [] });
    const chosen = path.join(root, 'external drive', 'Qorgau');
    await store.setFolder(chosen);
    const restarted = makeStore();
    expect(await restarted.folder()).toBe(chosen);
    store = restarted;
    const written = await write('daily');
    expect(path.dirname(written.path)).toBe(chosen);
    expect((await store.status()).entries.map((e) => e.fileName)).toEqual([written.fileName]);
    await expect(store.setFolder('relative/path')).rejects.toThrow(/absolute/);
  });

  it('a backup begun before the folder changed is rotated in the folder it was written to, and no other folder is touched', async () => {
    const first = await store.folder();
    for (let day = 1; day <= 14; day++) {
      now = new Date(Date.UTC(2026, 4, day, 4));
      await write('daily');
    }
    const firstBefore = await folderFiles();
    // The other folder holds a copy of one of these backups (the DPO copied it there) and 14 newer ones.
    const other = path.join(root, 'other');
    await store.setFolder(other);
    await writeFile(path.join(other, firstBefore[1]!), await readFile(path.join(first, firstBefore[1]!)));
    for (let day = 16; day <= 29; day++) await writeFile(path.join(other, `qorgau-backup-2026-05-${day}T04-00-00-000Z-daily.json`), 'x');
    const otherBefore = (await readdir(other)).sort();
    await store.setFolder(first);

    // A daily backup starts in the first folder; while its chunks arrive the DPO switches to the other one.
    now = new Date(Date.UTC(2026, 4, 15, 4));
    const bytes = await backupBytes();
    const token = await store.begin('daily', bytes.length);
    await store.setFolder(other);
    await store.append(token, bytes);
    const written = await store.commit(token);

    expect(path.dirname(written.path)).toBe(first);
    // The first folder is rotated on its own: the oldest of its 15 days goes, the copied one stays.
    expect((await readdir(first)).sort()).toEqual([...firstBefore.slice(1), written.fileName].sort());
    expect((await readdir(other)).sort()).toEqual(otherBefore);
  });

  it('writes an export to the path chosen in the Save dialog, verified, outside the rotation', async () => {
    const target = path.join(root, 'Documents', 'qorgau-export.json');
    const bytes = await backupBytes('export');
    const token = await store.begin('export', bytes.length, target);
    await store.append(token, bytes);
    const written = await store.commit(token);
    expect(written).toMatchObject({ path: target, verified: true, size: bytes.length });
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    expect((await store.status()).entries).toEqual([]);
  });
});

describe('main decides what a write is, and bounds the writes in progress (issue 16 finding 5)', () => {
  it('keeps at most one pre-upgrade backup per run: a flood cannot rotate the genuine ones out', async () => {
    for (let i = 0; i < 6; i++) {
      now = new Date(Date.UTC(2026, 0, 1 + i, 4));
      store = makeStore();
      await write('pre-upgrade', await backupBytes('pre-upgrade', `genuine ${i}`));
    }
    const genuine = (await folderFiles()).filter((f) => f.endsWith('-pre-upgrade.json'));
    now = new Date(Date.UTC(2026, 0, 10, 4));
    store = makeStore();
    await write('pre-upgrade');
    for (let i = 0; i < 7; i++) await expect(write('pre-upgrade')).rejects.toMatchObject({ code: 'not-allowed' });
    const kept = (await folderFiles()).filter((f) => f.endsWith('-pre-upgrade.json'));
    expect(kept).toHaveLength(6);
    expect(kept.slice(0, 5)).toEqual(genuine.slice(1));
  });

  it('names and rotates a file by the kind its own manifest says: a daily file sent as pre-upgrade is refused', async () => {
    await expect(write('pre-upgrade', await backupBytes('daily'))).rejects.toMatchObject({ code: 'verify-failed' });
    await expect(write('pre-restore', await backupBytes('manual'))).rejects.toMatchObject({ code: 'verify-failed' });
    expect(await folderFiles()).toEqual([]);
  });

  it('refuses a third write in progress, and announced bytes beyond the limit together', async () => {
    await store.begin('daily', 1000);
    await store.begin('manual', 1000);
    await expect(store.begin('pre-restore', 1000)).rejects.toMatchObject({ code: 'too-many' });
    const other = makeStore();
    await other.begin('daily', 400 * 1024 * 1024);
    await expect(other.begin('manual', 200 * 1024 * 1024)).rejects.toMatchObject({ code: 'too-large' });
  });
});
