/**
 * "Replace with the file" first keeps a safe copy of the data now here (a verified pre-restore backup
 * in Electron), so a restore of the wrong file can be undone; if that copy cannot be kept, nothing is
 * replaced. (Tables without binary members: jsdom's Blob does not survive fake-indexeddb.)
 */
import { act, render, screen } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeBackup, encodeBackup } from '../../../shared/backup/codec';
import { err, ok } from '../../../shared/result';
import { AppProvider } from '../../../renderer/app/app-context';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { DEFAULT_SETTINGS } from '../../../renderer/db/settings-repository';
import { RestorePanel } from '../../../renderer/features/backup/RestorePanel';
import type { Platform } from '../../../renderer/platform/platform';
import { sampleTables } from '../../fixtures/backup/sample-tables';
import { fakePlatform } from '../fake-platform';

let db: QorgauDatabase;

async function caseRow(id: string, number: string): Promise<object> {
  const sample = (await sampleTables()).cases![0] as object;
  return { ...sample, id, number };
}

beforeEach(async () => {
  db = new QorgauDatabase(`keep-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  await db.cases.add((await caseRow('here-1', 'DSR-2026-000001')) as never);
  await db.counters.add({ key: 'case-seq:2026', value: 1 });
  useDatabaseForTests(db);
});
afterEach(() => {
  useDatabaseForTests(undefined);
  db.close();
});

async function fileWithOneOtherCase(): Promise<Uint8Array> {
  const { bytes } = await encodeBackup({
    tables: { cases: [await caseRow('file-1', 'DSR-2025-000009')], counters: [{ key: 'case-seq:2026', value: 1 }] },
    appVersion: '0.1.0',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt: '2026-11-01T00:00:00.000Z',
    kind: 'export',
  });
  return bytes;
}

const desktop = (writeBackup: Platform['writeBackup']) => fakePlatform({ kind: 'electron', writeBackup, appInfo: { version: '0.2.0', systemLocale: 'en' } });

async function confirmRestore(platform: Platform): Promise<void> {
  render(
    <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale: 'en' }} platform={platform}>
      <RestorePanel file={{ fileName: 'other.json', bytes: await fileWithOneOtherCase() }} onClose={() => undefined} />
    </AppProvider>,
  );
  const confirm = await screen.findByTestId('restore-confirm');
  expect(confirm.textContent).toContain('a verified copy of the data now on this computer is written to the backup folder');
  await act(async () => screen.getByRole('button', { name: 'Replace with the file' }).click());
}

const caseIds = async (): Promise<string[]> => (await db.cases.toArray()).map((c) => c.id);

/** A restore takes seconds on a loaded 2-core machine: wait for it as long as the test may run (vi.waitFor's default is 1 s). */
const UNTIL_RESTORED = { timeout: 30_000 };

describe('replace with the file', () => {
  it('writes a verified pre-restore backup of the data now here, then restores', async () => {
    const kept: Uint8Array[] = [];
    const writeBackup = vi.fn<Platform['writeBackup']>(async (_kind, fileName, bytes) => {
      kept.push(bytes);
      return ok({
        status: 'written',
        written: { fileName, path: `/b/${fileName}`, size: bytes.length, createdAt: '2026-11-21T10:00:00.000Z', verified: true },
      });
    });
    await confirmRestore(desktop(writeBackup));
    await vi.waitFor(async () => expect(await caseIds()).toEqual(['file-1']), UNTIL_RESTORED);
    expect(writeBackup).toHaveBeenCalledTimes(1);
    expect(writeBackup.mock.calls[0]![0]).toBe('pre-restore');
    // The copy holds the data as it was before the restore.
    const copy = await decodeBackup(kept[0]!, { currentSchemaVersion: CURRENT_SCHEMA_VERSION });
    if (!copy.ok) throw new Error(copy.problem.detail);
    expect(copy.value.manifest.kind).toBe('pre-restore');
    expect(copy.value.tables.cases.map((c) => c['id'])).toEqual(['here-1']);
  });

  it('once the restore has committed, never says that nothing was changed (even when the notice cannot be kept)', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('storage is disabled', 'SecurityError');
    });
    try {
      const writeBackup = vi.fn<Platform['writeBackup']>(async (_kind, fileName, bytes) =>
        ok({ status: 'written', written: { fileName, path: `/b/${fileName}`, size: bytes.length, createdAt: '2026-11-21T10:00:00.000Z', verified: true } }),
      );
      await confirmRestore(desktop(writeBackup));
      await vi.waitFor(async () => expect(await caseIds()).toEqual(['file-1']), UNTIL_RESTORED);
      await vi.waitFor(() => expect(setItem).toHaveBeenCalled(), UNTIL_RESTORED);
      expect(screen.queryByTestId('restore-problem')).toBeNull();
    } finally {
      setItem.mockRestore();
    }
  });

  it('replaces nothing when the copy cannot be written, and says why', async () => {
    const writeBackup = vi.fn<Platform['writeBackup']>(async () => err('io-failed', 'ENOSPC: no space left on device'));
    await confirmRestore(desktop(writeBackup));
    const problem = await screen.findByTestId('restore-problem');
    expect(problem.textContent).toBe(
      'Nothing was changed: the data now on this computer could not be copied first (io-failed: ENOSPC: no space left on device)',
    );
    expect(await caseIds()).toEqual(['here-1']);
    expect((await db.audit.toArray()).map((e) => e.type)).not.toContain('backup.restored');
  });

  it('replaces nothing when main did not verify the copy', async () => {
    const writeBackup = vi.fn<Platform['writeBackup']>(async (_kind, fileName, bytes) =>
      ok({ status: 'written', written: { fileName, path: `/b/${fileName}`, size: bytes.length, createdAt: '2026-11-21T10:00:00.000Z', verified: false } }),
    );
    await confirmRestore(desktop(writeBackup));
    expect((await screen.findByTestId('restore-problem')).textContent).toContain('could not be copied first (the copy was not verified)');
    expect(await caseIds()).toEqual(['here-1']);
  });

  it('refuses the restore when another window writes after the copy was read: the write is in neither the copy nor lost', async () => {
    const kept: Uint8Array[] = [];
    const writeBackup = vi.fn<Platform['writeBackup']>(async (_kind, fileName, bytes) => {
      kept.push(bytes);
      // Another window registers a case while main writes the copy.
      await db.cases.add((await caseRow('other-window', 'DSR-2026-000002')) as never);
      await db.counters.put({ key: 'case-seq:2026', value: 2 });
      return ok({
        status: 'written',
        written: { fileName, path: `/b/${fileName}`, size: bytes.length, createdAt: '2026-11-21T10:00:00.000Z', verified: true },
      });
    });
    await confirmRestore(desktop(writeBackup));
    const problem = await screen.findByTestId('restore-problem', undefined, UNTIL_RESTORED);
    expect(problem.textContent).toBe(
      'Nothing was changed: the data changed in another window while the copy was being made (the change would have been lost). Close the other windows of Qorgau and restore again.',
    );
    expect((await caseIds()).sort()).toEqual(['here-1', 'other-window']);
    expect((await db.audit.toArray()).map((e) => e.type)).not.toContain('backup.restored');
    const copy = await decodeBackup(kept[0]!, { currentSchemaVersion: CURRENT_SCHEMA_VERSION });
    if (!copy.ok) throw new Error(copy.problem.detail);
    expect(copy.value.tables.cases.map((c) => c['id'])).toEqual(['here-1']);
  });

  it("a write to this computer's own settings (the last backup) does not stop the restore", async () => {
    const writeBackup = vi.fn<Platform['writeBackup']>(async (_kind, fileName, bytes) => {
      await db.settings.put({ key: 'lastBackup', value: { at: '2026-11-21T10:00:00.000Z' }, updatedAt: '2026-11-21T10:00:00.000Z' });
      return ok({
        status: 'written',
        written: { fileName, path: `/b/${fileName}`, size: bytes.length, createdAt: '2026-11-21T10:00:00.000Z', verified: true },
      });
    });
    await confirmRestore(desktop(writeBackup));
    await vi.waitFor(async () => expect(await caseIds()).toEqual(['file-1']), UNTIL_RESTORED);
  });
});
