/**
 * The list of issued acts of scheduled destruction: an act still to be carried out is listed with its number,
 * date, relationships and status; "Mark destroyed…" asks when and by whom — a time before the act's issue or in
 * the future, or no name, is refused with a message naming the field and nothing is written; then the act is
 * carried out (audited) and listed as destroyed; a voided act is listed as voided with nothing to do.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RelationshipRecord } from '../../../shared/processing/relationship';
import { AppProvider } from '../../../renderer/app/app-context';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { issueDocument, voidIssuedDocument } from '../../../renderer/db/document-repository';
import { DEFAULT_SETTINGS, type Settings } from '../../../renderer/db/settings-repository';
import { emptyOrgProfile, type OrgProfileSetting } from '../../../shared/documents/profile-schema';
import { RetentionActList } from '../../../renderer/features/processing/RetentionActList';
import { fakePlatform } from '../fake-platform';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`retention-list-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
  await db.relationships.bulkAdd(['a', 'b', 'c'].map(rel));
});
afterEach(() => {
  useDatabaseForTests(undefined);
  db.close();
});

function rel(id: string): RelationshipRecord {
  return {
    id,
    subjectIin: '850315300108',
    subjectName: id,
    rfSubject: false,
    contractNo: `C-${id}`,
    activityId: 'microloan-contract',
    system: 'core',
    createdAt: '2026-01-01T00:00:00.000Z',
    opened: '2015-01-01',
    ended: '2020-01-01',
    destroyOn: '2025-01-01',
    status: 'kept',
  };
}

const issue = (ids: string[], seq: number) =>
  issueDocument(
    db,
    {
      kind: 'destruction-act',
      year: 2026,
      seq,
      number: `DPO-ACT/2026/000${seq}`,
      date: '2026-11-20',
      language: 'ru',
      caseIds: [],
      caseNumbers: [],
      actionIds: [],
      relationshipIds: ids,
      destroyedOn: '2026-11-20',
      bytes: new TextEncoder().encode('%PDF-fake'),
    },
    'dpo',
    '2026-11-20T06:00:00.000Z',
  );

const settings: Settings = { ...DEFAULT_SETTINGS, locale: 'en', displayTimeZone: 'Asia/Almaty' };

describe('the list of issued acts of scheduled destruction', () => {
  it('carries out an act from the list within its bounds; a voided act has nothing to do', async () => {
    const act = await issue(['a', 'b'], 1);
    const voided = await issue(['c'], 2);
    await voidIssuedDocument(db, voided.id, 'chosen by mistake', 'dpo', '2026-11-21T06:00:00.000Z', '2026-11-21');
    render(
      <AppProvider initialSettings={settings} platform={fakePlatform()}>
        <RetentionActList />
      </AppProvider>,
    );
    const user = userEvent.setup();
    const list = await screen.findByTestId('retention-acts');
    await within(list).findByText('1 act still to be carried out.');
    const row = await waitFor(() => list.querySelector<HTMLElement>('tr[data-act="DPO-ACT/2026/0001"]')!);
    expect(within(row).getByText('20.11.2026')).toBeTruthy();
    expect(within(row).getByText('2')).toBeTruthy();
    expect(within(row).getByTestId('act-status').textContent).toBe('issued, to be destroyed');
    const other = list.querySelector<HTMLElement>('tr[data-act="DPO-ACT/2026/0002"]')!;
    expect(within(other).getByTestId('act-status').textContent).toBe('voided (relationships back in the queue)');
    expect(within(other).queryByRole('button', { name: 'Mark destroyed…' })).toBeNull();

    await user.click(within(row).getByRole('button', { name: 'Mark destroyed…' }));
    const form = await screen.findByTestId('mark-destroyed-form');
    const at = within(form).getByLabelText(/^Date and time of destruction/);
    const by = within(form).getByLabelText(/^Who destroyed the data/);
    const submit = within(form).getByRole('button', { name: 'Mark 2 relationships destroyed' });
    const before = await db.audit.count();

    fireEvent.change(at, { target: { value: '2026-11-19T10:00' } });
    await user.clear(by);
    await user.type(by, 'A. Ospanov, DB administrator');
    await user.click(submit);
    expect((await within(form).findByRole('alert')).textContent).toBe('Date and time of destruction: not before the act was issued (20.11.2026 11:00).');
    fireEvent.change(at, { target: { value: '2099-01-01T10:00' } });
    await user.click(submit);
    await within(form).findByText('Date and time of destruction: it cannot be in the future.');
    fireEvent.change(at, { target: { value: '2026-11-21T18:30' } });
    await user.clear(by);
    await user.click(submit);
    await within(form).findByText(/^Who destroyed the data: enter a name/);
    expect(await db.audit.count()).toBe(before);
    expect((await db.relationships.get('a'))?.status).toBe('scheduled');

    await user.type(by, 'A. Ospanov, DB administrator');
    await user.click(submit);
    await within(list).findByText('2 relationships marked destroyed under act DPO-ACT/2026/0001.');
    await within(list).findByText('Every act is carried out or voided.');
    expect(within(row).getByTestId('act-status').textContent).toBe('destroyedDestroyed 21.11.2026 18:30 by A. Ospanov, DB administrator.');
    expect(await db.relationships.get('a')).toMatchObject({ status: 'destroyed', destroyedAt: '2026-11-21T13:30:00.000Z' });
    const event = (await db.audit.toArray()).find((e) => e.type === 'relationships.destroyed');
    expect(event?.data).toMatchObject({ actNumber: 'DPO-ACT/2026/0001', destroyedBy: 'A. Ospanov, DB administrator', relationships: 2 });
    expect(act.id).toBe(event?.data && 'documentId' in event.data ? event.data.documentId : undefined);
  });
});

const PROFILE: OrgProfileSetting = {
  ...emptyOrgProfile(),
  legalName: { kk: '«Қорғау» ЖШС', ru: 'ТОО «Коргау»' },
  bin: '090540000013',
  dpo: { name: 'Омарова Сәуле', position: { kk: 'ДПО', ru: 'DPO' }, email: 'dpo@example.kz', phone: '+7 727 355 00 00' },
};

describe('importing the systems’ log extract of an act', () => {
  it('refuses a file with bad rows, naming each by line and field, and issues nothing', async () => {
    await issue(['a', 'b'], 1);
    render(
      <AppProvider initialSettings={{ ...settings, orgProfile: PROFILE }} platform={fakePlatform()}>
        <RetentionActList />
      </AppProvider>,
    );
    const user = userEvent.setup();
    const list = await screen.findByTestId('retention-acts');
    await user.click(await within(list).findByRole('button', { name: 'Import the systems’ log (annex 1)…' }));
    const panel = await screen.findByTestId('retention-log-import');
    const csv = [
      'deleted_at,system,contract_no,operator',
      '2026-11-21 10:00,core,C-a,root',
      '2026-11-21 25:00,core,C-b,root',
      '2026-11-21 10:00,core,,root',
    ].join('\n');
    const before = { documents: await db.documents.count(), audit: await db.audit.count() };
    await user.upload(within(panel).getByLabelText('Log extract of act DPO-ACT/2026/0001 (CSV)'), new File([csv], 'core-log.csv', { type: 'text/csv' }));
    const problems = await within(panel).findByTestId('retention-log-problems');
    expect(problems.textContent).toContain('Nothing was imported from “core-log.csv”');
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Line 3: date and time of deletion “2026-11-21 25:00” is not a date and time (YYYY-MM-DD HH:MM[:SS], DD.MM.YYYY HH:MM or ISO 8601).',
      'Line 4: contract (contract_no) is empty.',
    ]);
    expect(within(panel).queryByRole('button', { name: /Preview/ })).toBeNull();
    expect({ documents: await db.documents.count(), audit: await db.audit.count() }).toEqual(before);

    // A good file shows the discrepancies with the act before anything is issued.
    const good = ['deleted_at,system,contract_no,operator', '2026-11-21 10:00,core,C-a,root', '2026-11-21 10:01,core,C-z,root'].join('\n');
    await user.upload(within(panel).getByLabelText('Log extract of act DPO-ACT/2026/0001 (CSV)'), new File([good], 'core-log-2.csv', { type: 'text/csv' }));
    const found = await within(panel).findByTestId('retention-log-discrepancies');
    expect(
      within(found)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Line 3: contract C-z (core) is not in the act.', 'Contract C-b (core) of the act is not in the log.']);
    expect(await db.documents.count()).toBe(before.documents);
  });
});
