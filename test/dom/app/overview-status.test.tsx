/**
 * The Overview's save/export status line is kept as what happened and translated when drawn: after the
 * interface language changes it reads in the new language (it used to stay in the old one).
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppProvider, useApp } from '../../../renderer/app/app-context';
import { runTask } from '../../../renderer/app/run-task';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { DEFAULT_SETTINGS } from '../../../renderer/db/settings-repository';
import { OverviewPage } from '../../../renderer/features/overview/OverviewPage';
import { fakePlatform } from '../fake-platform';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`overview-status-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
});
afterEach(() => {
  useDatabaseForTests(undefined);
  db.close();
});

function SwitchToRussian() {
  const { setLocale } = useApp();
  return (
    <button type="button" onClick={() => runTask(setLocale('ru'))}>
      switch
    </button>
  );
}

describe('the Overview status line', () => {
  it('follows a change of the interface language', async () => {
    const user = userEvent.setup();
    render(
      <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale: 'en' }} platform={fakePlatform({ kind: 'electron' })}>
        <SwitchToRussian />
        <OverviewPage />
      </AppProvider>,
    );
    const csv = await screen.findByRole('button', { name: 'Export to CSV' });
    await waitFor(() => expect((csv as HTMLButtonElement).disabled).toBe(false));
    await user.click(csv);
    const status = screen.getByTestId('overview-status');
    await waitFor(() => expect(status.textContent).toMatch(/^Saved to .*qorgau-overview-.*\.csv$/));
    await user.click(screen.getByRole('button', { name: 'switch' }));
    await waitFor(() => expect(status.textContent).toMatch(/^Сохранено: .*qorgau-overview-.*\.csv$/));
  });
});
