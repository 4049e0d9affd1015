/**
 * The destruction queue screen: groups with their counts (announced), a group opened on demand and paged, each
 * held-back row with its reason (an open request; another contract in force) and not choosable; choosing a whole
 * group is announced with its count.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../shared/cases/model';
import type { RelationshipRecord } from '../../../shared/processing/relationship';
import { STARTERS } from '../../../shared/processing/starters';
import { AppProvider } from '../../../renderer/app/app-context';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { saveRegisterVersion } from '../../../renderer/db/processing-register-repository';
import { DEFAULT_SETTINGS, type Settings } from '../../../renderer/db/settings-repository';
import { ProcessingPage } from '../../../renderer/features/processing/ProcessingPage';
import { fakePlatform } from '../fake-platform';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`queue-screen-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
});
afterEach(() => {
  useDatabaseForTests(undefined);
  db.close();
});

const settings: Settings = { ...DEFAULT_SETTINGS, locale: 'en', displayTimeZone: 'Asia/Almaty' };

const rel = (id: string, iin: string, over: Partial<RelationshipRecord> = {}): RelationshipRecord => ({
  id,
  subjectIin: iin,
  subjectName: `Subject ${id}`,
  rfSubject: false,
  contractNo: `C-${id}`,
  activityId: 'debt-recovery',
  system: 'core',
  createdAt: '2026-01-01T00:00:00.000Z',
  opened: '2012-01-01',
  ended: '2015-01-01',
  destroyOn: '2018-01-01',
  status: 'kept',
  ...over,
});

const openCase = {
  id: 'case-1',
  number: 'DSR-2026-000001',
  year: 2026,
  seq: 1,
  status: 'open',
  receivedAt: '2026-01-10T05:00:00.000Z',
  enteredAt: '2026-01-10T05:00:00.000Z',
  channel: 'email',
  language: 'ru',
  jurisdiction: 'kz',
  rfSubject: false,
  requestTypes: ['access'],
  subject: { fullName: 'x', iin: '850315300108' },
  description: '',
  subjectName: 'x',
  subjectIin: '850315300108',
  nextDueAt: '',
  updatedAt: '2026-01-10T05:00:00.000Z',
  searchTokens: [],
} satisfies CaseRecord;

describe('the destruction queue screen', () => {
  it('shows groups with counts, pages a large group, gives each held-back row its reason, and announces a whole group chosen', async () => {
    await saveRegisterVersion(
      db,
      { activities: STARTERS['microfinance-organisation'], effectiveFrom: '2026-01-01', source: 'starter', note: 'test' },
      'dpo',
      '2026-01-01T05:00:00.000Z',
    );
    const debts = Array.from({ length: 60 }, (_, i) => rel(`d${String(i).padStart(2, '0')}`, `7${String(i).padStart(11, '0')}`, { destroyOn: '2018-02-01' }));
    await db.relationships.bulkAdd([
      ...debts,
      rel('asked', '850315300108', { activityId: 'aml-fraud', destroyOn: '2017-01-01' }),
      rel('owes', '771212300400', { activityId: 'aml-fraud', destroyOn: '2017-01-02' }),
      rel('loan', '771212300400', { activityId: 'microloan-contract', ended: undefined, destroyOn: '', contractNo: 'MK-2025-310' }),
      rel('free', '900101400003', { activityId: 'aml-fraud', destroyOn: '2017-01-03' }),
    ]);
    await db.cases.add(openCase);
    render(
      <AppProvider initialSettings={settings} platform={fakePlatform()}>
        <ProcessingPage />
      </AppProvider>,
    );
    const user = userEvent.setup();
    const queue = await screen.findByTestId('destruction-queue');
    await waitFor(() =>
      expect(within(queue).getByTestId('queue-summary').textContent).toBe(
        '63 relationships due in 2 group(s). Open a group to see its rows, a page at a time.',
      ),
    );
    expect(within(queue).getByTestId('queue-summary').getAttribute('role')).toBe('status');

    // The first group (aml-fraud, 3 rows) is open; the 60-row group after it is closed.
    const aml = queue.querySelector('[data-group="overdue:aml-fraud:core"]') as HTMLElement;
    const debt = queue.querySelector('[data-group="overdue:debt-recovery:core"]') as HTMLElement;
    await waitFor(() => expect(within(aml).getAllByRole('row')).toHaveLength(4));
    expect(within(debt).getByRole('button', { expanded: false }).textContent).toMatch(/— 60 relationships$/);
    expect(within(aml).getByTestId('queue-page-status').textContent).toBe('Rows 1–3 of 3; 2 of them held back.');
    const row = (name: string) => within(aml).getByRole('checkbox', { name: new RegExp(`^Choose Subject ${name},`) });
    expect((row('asked') as HTMLInputElement).disabled).toBe(true);
    expect((row('owes') as HTMLInputElement).disabled).toBe(true);
    expect((row('free') as HTMLInputElement).disabled).toBe(false);
    expect(row('asked').closest('tr')?.textContent).toContain('held back: open request DSR-2026-000001');
    expect(row('owes').closest('tr')?.textContent).toContain('held back: contract MK-2025-310 still in force (Art. 8 p.2)');

    // Opened on demand and paged.
    await user.click(within(debt).getByRole('button', { expanded: false }));
    await waitFor(() => expect(within(debt).getByTestId('queue-page-status').textContent).toBe('Rows 1–50 of 60; 0 of them held back.'));
    expect(within(debt).getAllByRole('row')).toHaveLength(51);
    await user.click(within(debt).getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(within(debt).getByTestId('queue-page-status').textContent).toBe('Rows 51–60 of 60; 0 of them held back.'));
    expect(within(debt).getAllByRole('row')).toHaveLength(11);
    expect(within(debt).getByRole<HTMLButtonElement>('button', { name: 'Next page' }).disabled).toBe(true);
    // The pager keeps the focus when the button used is disabled on the page it led to.
    await waitFor(() => expect(document.activeElement?.textContent).toBe('First page'));

    // A whole group chosen: its count announced; its rows shown as covered by it.
    await user.click(within(debt).getByRole('checkbox', { name: /^Choose the whole group \(60 relationships\)/ }));
    expect(within(queue).getByTestId('queue-chosen').textContent).toBe('Chosen: 60 relationships (subjects held back are left out at the act).');
    const covered = within(debt).getAllByRole<HTMLInputElement>('checkbox', { name: /^Choose Subject d/ });
    expect(covered.every((box) => box.checked && box.disabled)).toBe(true);
    // And the free row of the other group on top of it.
    await user.click(row('free'));
    expect(within(queue).getByTestId('queue-chosen').textContent).toBe('Chosen: 61 relationships (subjects held back are left out at the act).');
  });
});
