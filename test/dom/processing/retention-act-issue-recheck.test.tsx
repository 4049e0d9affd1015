/**
 * Issuing an act of scheduled destruction re-reads the chosen relationships and their subjects' holds in the
 * issuing transaction: a row that between Preview and Issue got an open request, was scheduled by another act
 * (another window) or is no longer due refuses the act — nothing is written, and the DPO is told the queue changed
 * since the preview, with how many rows, and to preview again.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseRecord } from '../../../shared/cases/model';
import { emptyOrgProfile, type OrgProfileSetting } from '../../../shared/documents/profile-schema';
import type { RelationshipRecord } from '../../../shared/processing/relationship';
import { STARTERS } from '../../../shared/processing/starters';
import { AppProvider } from '../../../renderer/app/app-context';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { issueDocument, type IssueDraft } from '../../../renderer/db/document-repository';
import { saveRegisterVersion } from '../../../renderer/db/processing-register-repository';
import { DEFAULT_SETTINGS, type Settings } from '../../../renderer/db/settings-repository';
import { ProcessingPage } from '../../../renderer/features/processing/ProcessingPage';
import { fakePlatform } from '../fake-platform';

// pdfmake is not what is tested here: the preview's bytes are a stand-in.
vi.mock('../../../renderer/features/documents/pdf-browser', () => ({
  renderPdf: () => Promise.resolve(new TextEncoder().encode('%PDF-1.7 stand-in')),
}));

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`issue-recheck-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
  await saveRegisterVersion(
    db,
    { activities: STARTERS['microfinance-organisation'], effectiveFrom: '2026-01-01', source: 'starter', note: 'test' },
    'dpo',
    '2026-01-01T05:00:00.000Z',
  );
});
afterEach(() => {
  useDatabaseForTests(undefined);
  db.close();
});

const rel = (id: string, iin: string, over: Partial<RelationshipRecord> = {}): RelationshipRecord => ({
  id,
  subjectIin: iin,
  subjectName: `Subject ${id}`,
  rfSubject: false,
  contractNo: `C-${id}`,
  activityId: 'aml-fraud',
  system: 'core',
  createdAt: '2026-01-01T00:00:00.000Z',
  opened: '2012-01-01',
  ended: '2015-01-01',
  destroyOn: '2018-01-01',
  status: 'kept',
  ...over,
});

const openCase = (iin: string): CaseRecord => ({
  id: `case-${iin}`,
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
  subject: { fullName: 'x', iin },
  description: '',
  subjectName: 'x',
  subjectIin: iin,
  nextDueAt: '',
  updatedAt: '2026-01-10T05:00:00.000Z',
  searchTokens: [],
});

const draft = (relationshipIds: readonly string[]): IssueDraft => ({
  kind: 'destruction-act',
  year: 2026,
  seq: 1,
  number: 'ACT/2026/0001',
  date: '2026-11-20',
  language: 'ru',
  caseIds: [],
  caseNumbers: [],
  actionIds: [],
  relationshipIds,
  destroyedOn: '2026-11-20',
  bytes: new TextEncoder().encode('%PDF-fake'),
});

const written = async () => ({
  documents: await db.documents.count(),
  counters: await db.counters.toArray(),
  audit: await db.audit.count(),
  relationships: await db.relationships.toArray(),
});

describe('issuing an act re-checks the queue in the issuing transaction', () => {
  it('refuses rows now held back, scheduled by another act or no longer due, naming how many; nothing is written', async () => {
    await db.relationships.bulkAdd([rel('a', '900101400003'), rel('b', '850315300108'), rel('c', '771212300400'), rel('d', '800101300017')]);
    // Between Preview and Issue: a's subject asks (open request), b is scheduled by another act, c's term moved on.
    await db.cases.add(openCase('900101400003'));
    await db.relationships.update('b', { status: 'scheduled', actNumber: 'ACT/2026/0009' });
    await db.relationships.update('c', { destroyOn: '2031-01-01' });
    const before = await written();
    await expect(issueDocument(db, draft(['a', 'b', 'c', 'd']), 'dpo', '2026-11-20T06:00:00.000Z')).rejects.toMatchObject({
      problem: 'queue-changed',
      count: 3,
    });
    await expect(issueDocument(db, draft(['a']), 'dpo', '2026-11-20T06:00:00.000Z')).rejects.toMatchObject({ problem: 'queue-changed', count: 1 });
    await expect(issueDocument(db, draft(['gone', 'd']), 'dpo', '2026-11-20T06:00:00.000Z')).rejects.toMatchObject({
      problem: 'queue-changed',
      count: 1,
    });
    expect(await written()).toEqual(before);
  });

  it('tells the DPO in the queue screen that the queue changed since the preview and issues nothing', async () => {
    const profile: OrgProfileSetting = {
      ...emptyOrgProfile(),
      legalName: { kk: '«Қорғау» ЖШС', ru: 'ТОО «Коргау»' },
      bin: '090540000013',
      dpo: { name: 'Омарова Сәуле', position: { kk: 'ДПО', ru: 'DPO' }, email: 'dpo@example.kz', phone: '+7 727 355 00 00' },
    };
    const settings: Settings = { ...DEFAULT_SETTINGS, locale: 'en', displayTimeZone: 'Asia/Almaty', orgProfile: profile };
    await db.relationships.bulkAdd([rel('a', '900101400003'), rel('d', '800101300017')]);
    render(
      <AppProvider initialSettings={settings} platform={fakePlatform()}>
        <ProcessingPage />
      </AppProvider>,
    );
    const user = userEvent.setup();
    const queue = await screen.findByTestId('destruction-queue');
    await user.click(await within(queue).findByRole('checkbox', { name: /^Choose the whole group/ }));
    const panel = await within(queue).findByTestId('retention-act');
    await user.click(within(panel).getByRole('button', { name: 'Preview' }));
    const issue = await within(panel).findByRole('button', { name: /^Issue / });
    await within(panel).findByText('2 relationships go into the act.');

    // Another window: a's subject files a request meanwhile.
    await db.cases.add(openCase('900101400003'));
    const before = await written();
    await user.click(issue);
    const alert = await within(panel).findByRole('alert');
    expect(alert.textContent).toBe(
      'The queue changed since the preview — preview again: 1 chosen relationship is no longer kept, no longer due or now held back. Nothing was issued.',
    );
    expect(within(panel).queryByRole('button', { name: /^Issue / })).toBeNull();
    expect(await written()).toEqual(before);
    await waitFor(() => expect(within(panel).queryByTestId('issued-document')).toBeNull());
  });
});
