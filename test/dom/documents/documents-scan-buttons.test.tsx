/**
 * The Documents table: a signed document's scan is opened and saved from its row (Open scan / Save scan, their
 * accessible names naming the document's number) through the platform, like a case's files; an unsigned one has
 * no such buttons.
 */
import { Blob as NodeBlob } from 'node:buffer';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../renderer/app/app-context';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import type { DocumentScan } from '../../../renderer/db/document-queries';
import type { IssuedDocument } from '../../../renderer/db/document-repository';
import { DEFAULT_SETTINGS } from '../../../renderer/db/settings-repository';
import { DocumentsPage } from '../../../renderer/features/documents/DocumentsPage';
import { fakePlatform } from '../fake-platform';

const PDF = new TextEncoder().encode('%PDF-1.4\n% signed\n%%EOF\n');
const doc = (id: string, number: string, signed: boolean): IssuedDocument => ({
  id,
  caseId: 'case-1',
  kind: 'destruction-act',
  number,
  date: '2026-11-20',
  language: 'ru',
  sha256: 'cd'.repeat(32),
  createdAt: '2026-11-20T06:00:00.000Z',
  caseIds: ['case-1'],
  caseNumbers: ['DSR-2026-000001'],
  actionIds: [],
  bytes: new NodeBlob([PDF]) as unknown as Blob,
  series: 'act',
  year: 2026,
  seq: Number(number.slice(-4)),
  size: PDF.byteLength,
  ...(signed ? { signedAt: '2026-11-21T06:00:00.000Z', signedScanId: `scan-${id}` } : {}),
});
const SIGNED = doc('d1', 'DPO-ACT/2026/0001', true);
const UNSIGNED = doc('d2', 'DPO-ACT/2026/0002', false);
// Node's Blob: jsdom's has no arrayBuffer().
const SCAN: DocumentScan = { id: 'scan-d1', name: 'akt.pdf', size: PDF.byteLength, sha256: 'ef'.repeat(32), blob: new NodeBlob([PDF]) as unknown as Blob };

// The list as the live query gives it (jsdom's Blob does not survive fake-indexeddb; the query has its own test).
vi.mock('../../../renderer/db/document-hooks', () => ({
  useDocumentList: () => ({ docs: [SIGNED, UNSIGNED], total: 2, scans: new Map([[SIGNED.id, SCAN]]) }),
}));

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`documents-scans-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
});
afterEach(() => {
  useDatabaseForTests(undefined);
  db.close();
});

describe('the Documents table', () => {
  it('opens and saves a signed document’s scan from its row; an unsigned one has none', async () => {
    const platform = fakePlatform();
    render(
      <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale: 'en' }} platform={platform}>
        <DocumentsPage />
      </AppProvider>,
    );
    const user = userEvent.setup();
    const table = await screen.findByTestId('documents-table');
    const signed = table.querySelector<HTMLElement>('tr[data-number="DPO-ACT/2026/0001"]')!;
    const unsigned = table.querySelector<HTMLElement>('tr[data-number="DPO-ACT/2026/0002"]')!;
    expect(within(unsigned).queryByRole('button', { name: /scan/ })).toBeNull();
    const open = within(signed).getByRole('button', { name: 'Open scan of DPO-ACT/2026/0001' });
    expect(open.textContent).toBe('Open scan');
    await user.click(open);
    await waitFor(() => expect(platform.openedAttachments).toHaveLength(1));
    expect(platform.openedAttachments[0]?.fileName).toBe('akt.pdf');
    expect(Array.from(platform.openedAttachments[0]?.bytes ?? [])).toEqual(Array.from(PDF));
    const save = within(signed).getByRole('button', { name: 'Save scan of DPO-ACT/2026/0001' });
    expect(save.textContent).toBe('Save scan');
    await user.click(save);
    await waitFor(() => expect(platform.savedAttachments).toHaveLength(1));
    await within(signed).findByText('“akt.pdf” was downloaded as akt.pdf.');
  });
});
