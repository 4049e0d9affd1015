/**
 * The signed scan of an act of scheduled destruction is opened and saved like a case's files (through
 * platform.openAttachment / saveAttachment, which decide by content): an image scan opens too, not only a PDF,
 * and the buttons name the file.
 */
import { Blob as NodeBlob } from 'node:buffer';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ActScanRecord } from '../../../shared/documents/act-scan';
import { AppProvider } from '../../../renderer/app/app-context';
import type { IssuedDocument } from '../../../renderer/db/document-repository';
import { DEFAULT_SETTINGS } from '../../../renderer/db/settings-repository';
import { ActScanControl } from '../../../renderer/features/processing/ActScanControl';
import { fakePlatform } from '../fake-platform';

// A PNG's signature and header: what the platform sniffs.
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
const SCAN = {
  id: 'scan-1',
  documentId: 'act-1',
  name: 'act-signed.png',
  type: 'image/png',
  size: PNG.byteLength,
  sha256: 'ab'.repeat(32),
  addedAt: '2026-11-21T06:00:00.000Z',
  // Node's Blob: jsdom's has no arrayBuffer().
  blob: new NodeBlob([PNG], { type: 'image/png' }) as unknown as Blob,
} satisfies ActScanRecord;

vi.mock('../../../renderer/db/retention-act-hooks', () => ({ useActScan: (id: string | undefined) => (id === SCAN.id ? SCAN : undefined) }));

const act = { id: 'act-1', number: 'DPO-ACT/2026/0001', kind: 'destruction-act', signedAt: '2026-11-21T06:00:00.000Z', actScanId: 'scan-1' } as IssuedDocument;

describe('the signed scan of an act of scheduled destruction', () => {
  it('opens an image scan and saves it through the platform, the buttons naming the file', async () => {
    const platform = fakePlatform();
    render(
      <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale: 'en' }} platform={platform}>
        <ActScanControl doc={act} />
      </AppProvider>,
    );
    const user = userEvent.setup();
    expect(screen.getByRole('list', { name: 'Signed scan of act DPO-ACT/2026/0001' }).textContent).toContain('act-signed.png');
    await user.click(screen.getByRole('button', { name: 'Open act-signed.png' }));
    await waitFor(() => expect(platform.openedAttachments).toHaveLength(1));
    expect(platform.openedAttachments[0]).toEqual({ fileName: 'act-signed.png', bytes: PNG });
    await user.click(screen.getByRole('button', { name: 'Save act-signed.png' }));
    await waitFor(() => expect(platform.savedAttachments).toHaveLength(1));
    expect(platform.savedAttachments[0]?.fileName).toBe('act-signed.png');
    expect(platform.openPdf).not.toHaveBeenCalled();
  });
});
