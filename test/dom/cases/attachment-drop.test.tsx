/** Attachments: the same content attached twice (under any name) is refused with a message naming both. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AppProvider } from '../../../renderer/app/app-context';
import { DEFAULT_SETTINGS } from '../../../renderer/db/settings-repository';
import { AttachmentDrop } from '../../../renderer/features/cases/AttachmentDrop';
import { fakePlatform } from '../fake-platform';

function Harness() {
  const [files, setFiles] = useState<File[]>([]);
  return <AttachmentDrop files={files} onChange={setFiles} />;
}

describe('attachment drop', () => {
  it('refuses a file whose content is already attached', async () => {
    render(
      <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale: 'en' }} platform={fakePlatform()}>
        <Harness />
      </AppProvider>,
    );
    const input = screen.getByLabelText('Attachments');
    const scan = new File(['%PDF-1.7 заявление'], 'request.pdf', { type: 'application/pdf' });
    fireEvent.change(input, { target: { files: [scan] } });
    await waitFor(() => expect(screen.getByText(/request\.pdf/)).toBeTruthy());
    const again = new File(['%PDF-1.7 заявление'], 'request (1).pdf', { type: 'application/pdf' });
    const other = new File(['%PDF-1.7 доверенность'], 'poa.pdf', { type: 'application/pdf' });
    fireEvent.change(input, { target: { files: [again, other] } });
    expect((await screen.findByRole('alert')).textContent).toBe('request (1).pdf: the same file is already attached as “request.pdf”.');
    await waitFor(() => expect(screen.getAllByRole('listitem').map((li) => li.textContent?.split(' · ')[0])).toEqual(['request.pdf', 'poa.pdf']));
  });
});
