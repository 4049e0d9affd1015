/**
 * Every hostile backup file (test/fixtures/backup/hostile) chosen in Settings → Restore ends with its named
 * problem on the panel — never "Checking the file…" for ever, never the confirmation — and the database is
 * exactly as it was: nothing written.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppProvider } from '../../../renderer/app/app-context';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { DEFAULT_SETTINGS } from '../../../renderer/db/settings-repository';
import { RestorePanel } from '../../../renderer/features/backup/RestorePanel';
import { sampleTables } from '../../fixtures/backup/sample-tables';
import { HOSTILE, hostilePath } from '../../fixtures/backup/hostile/make-hostile';
import { fakePlatform } from '../fake-platform';

let db: QorgauDatabase;

/** Every row of every table, as stored. */
async function everything(): Promise<string> {
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return JSON.stringify(tables);
}

beforeAll(async () => {
  db = new QorgauDatabase(`hostile-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  const sample = await sampleTables();
  await db.cases.bulkAdd(sample.cases as never[]);
  await db.counters.add({ key: 'case-seq:2026', value: 1 });
  useDatabaseForTests(db);
});
afterAll(() => {
  useDatabaseForTests(undefined);
  db.close();
});

describe('hostile files in the restore panel', () => {
  it.each(HOSTILE.map((h) => [h.file, h] as const))('%s: its problem is named and nothing is written', async (file) => {
    const before = await everything();
    render(
      <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale: 'en' }} platform={fakePlatform()}>
        <RestorePanel file={{ fileName: file, bytes: new Uint8Array(readFileSync(hostilePath(file))) }} onClose={() => undefined} />
      </AppProvider>,
    );
    const problem = await screen.findByTestId('restore-problem', undefined, { timeout: 30_000 });
    expect(problem.textContent).toMatch(/^This file cannot be restored\. Nothing was changed\. \S/);
    expect(screen.queryByTestId('restore-confirm')).toBeNull();
    expect(await everything()).toBe(before);
    cleanup();
  });
});
