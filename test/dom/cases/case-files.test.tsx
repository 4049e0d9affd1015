/**
 * Issue 13 item 3: the case screen lists the files of the request and the signed scans of issued documents apart
 * (each scan under its document's number, also on the other cases of a batch act), a file of an action under
 * that action; every row has Open and Save naming the file, through the platform, and a file that by its
 * content is not viewable is refused with a localized message.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../../shared/locale';
import { AppProvider } from '../../../renderer/app/app-context';
import { createCase, recordAction, type NewAttachment, type NewCase } from '../../../renderer/db/case-repository';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { issueDocument, markActSigned } from '../../../renderer/db/document-repository';
import { DEFAULT_SETTINGS, type Settings } from '../../../renderer/db/settings-repository';
import { CaseScreen } from '../../../renderer/features/cases/CaseScreen';
import { fakePlatform, type FakePlatform } from '../fake-platform';

/**
 * The stored files are Node Blobs, put in place of jsdom's before anything is imported: fake-indexeddb clones with
 * Node's structuredClone, which keeps a Node Blob (as IndexedDB keeps a browser's) but not jsdom's, and Dexie
 * keeps a value as a Blob when it is an instance of the global Blob.
 */
const NodeBlob = await vi.hoisted(async () => {
  const { Blob: NodeBlob } = await import('node:buffer');
  globalThis.Blob = NodeBlob as unknown as typeof Blob;
  return NodeBlob;
});

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`case-files-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
});
afterEach(() => {
  useDatabaseForTests(undefined);
  db.close();
});

const request = (name: string): NewCase => ({
  receivedAt: '2026-11-16T05:00:00.000Z',
  enteredAt: '2026-11-16T06:00:00.000Z',
  registrationYear: 2026,
  channel: 'email',
  language: 'ru',
  rfSubject: false,
  requestTypes: ['blocking'],
  subject: { fullName: name, email: 's@example.kz' },
  description: '',
});

const blob = (parts: (string | Uint8Array)[], type = ''): Blob => new NodeBlob(parts, { type }) as unknown as Blob;

const file = (name: string, type: string, content: string | Uint8Array): NewAttachment => ({
  name,
  type,
  blob: blob([content], type),
});
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);

/** Two cases of one batch act; the first holds the subject's files, the act's scan is marked on it. */
async function batchWithScan() {
  const first = await createCase(
    db,
    request('Омарова Сәуле'),
    [],
    [file('заявление.pdf', 'application/pdf', '%PDF-1.7 заявление'), file('scan.pdf', 'application/pdf', EXE)],
    'dpo',
  );
  const second = await createCase(db, request('Ковалёв Дмитрий'), [], [], 'dpo');
  const act = await issueDocument(
    db,
    {
      kind: 'destruction-act',
      year: 2026,
      seq: 1,
      number: 'ACT/2026/0001',
      date: '2026-11-23',
      language: 'ru',
      caseIds: [first.id, second.id],
      caseNumbers: [first.number, second.number],
      actionIds: [],
      destroyedOn: '2026-11-17',
      bytes: new TextEncoder().encode('%PDF-1.7 act'),
    },
    'dpo',
    '2026-11-23T07:00:00.000Z',
  );
  await markActSigned(
    db,
    act.id,
    { name: 'акт-подписан.pdf', type: 'application/pdf', blob: blob(['%PDF-1.4 signed scan'], 'application/pdf') },
    'dpo',
    '2026-11-24T05:00:00.000Z',
  );
  return { first, second };
}

function show(caseId: string, locale: Locale, platform: FakePlatform = fakePlatform()) {
  const settings: Settings = { ...DEFAULT_SETTINGS, locale, displayTimeZone: 'Asia/Almaty' };
  render(
    <AppProvider initialSettings={settings} platform={platform}>
      <CaseScreen caseId={caseId} />
    </AppProvider>,
  );
  return platform;
}

describe('case files', () => {
  it('lists the request’s files and the signed scan apart, the scan under its act’s number', async () => {
    const { first } = await batchWithScan();
    show(first.id, 'en');
    const requestFiles = await screen.findByRole('list', { name: 'Files of the request' });
    expect(
      within(requestFiles)
        .getAllByTestId('stored-file')
        .map((li) => li.querySelector('bdi')?.textContent),
    ).toEqual(['scan.pdf', 'заявление.pdf']);
    const scans = await screen.findByRole('list', { name: 'Signed scans of issued documents' });
    const [scan] = within(scans).getAllByTestId('stored-file');
    expect(scan?.textContent).toContain('Destruction act № ACT/2026/0001 of 23.11.2026:');
    expect(scan?.textContent).toContain('акт-подписан.pdf');
    expect(within(requestFiles).queryByText('акт-подписан.pdf')).toBeNull();
  });

  it('shows the scan on the other case of the batch act too, whose request has no files', async () => {
    const { second } = await batchWithScan();
    show(second.id, 'kk');
    const scans = await screen.findByRole('list', { name: 'Қол қойылған құжаттардың скан-көшірмелері' });
    expect(within(scans).getByText('акт-подписан.pdf')).toBeTruthy();
    expect(screen.getByText('Өтінішке файл қоса берілмеген.')).toBeTruthy();
  });

  it('opens and saves through the platform with buttons naming the file; refuses a file that is not viewable by content', async () => {
    const { first } = await batchWithScan();
    const platform = show(first.id, 'ru', fakePlatform({ kind: 'electron' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Открыть заявление.pdf' }));
    await waitFor(() => expect(platform.openedAttachments).toHaveLength(1));
    expect(platform.openedAttachments[0]?.fileName).toBe('заявление.pdf');
    expect(new TextDecoder().decode(platform.openedAttachments[0]?.bytes)).toBe('%PDF-1.7 заявление');
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Открыть scan.pdf' }));
    const refused = await screen.findByRole('alert');
    expect(refused.textContent).toBe('«scan.pdf»: такой файл можно только сохранить — открываются только PDF, изображения PNG, JPEG или TIFF и простой текст.');

    fireEvent.click(screen.getByRole('button', { name: 'Сохранить scan.pdf' }));
    await waitFor(() => expect(platform.savedAttachments).toHaveLength(1));
    expect(await screen.findByText('Сохранено: /home/dpo/scan.bin')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Открыть акт-подписан.pdf' }));
    await waitFor(() => expect(platform.openedAttachments.map((a) => a.fileName)).toContain('акт-подписан.pdf'));
  });

  it('lists a file recorded with an action under that action, not with the request’s', async () => {
    const { first } = await batchWithScan();
    await recordAction(
      db,
      {
        caseId: first.id,
        kind: 'block',
        at: '2026-11-16T07:00:00.000Z',
        recordedAt: '2026-11-16T07:05:00.000Z',
        actor: 'dpo',
        note: 'blocked in the CRM',
        data: { grounds: [], ruleId: 'kz.block' },
      },
      { completes: [], spawns: [] },
      [file('выгрузка-crm.txt', 'text/plain', 'client 920417: blocked')],
    );
    show(first.id, 'en');
    const actionFiles = await screen.findByRole('list', { name: 'Files of this action' });
    expect(within(actionFiles).getByText('выгрузка-crm.txt')).toBeTruthy();
    expect(within(actionFiles).getByRole('button', { name: 'Open выгрузка-crm.txt' })).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Files of the request' })).queryByText('выгрузка-crm.txt')).toBeNull();
  });
});
