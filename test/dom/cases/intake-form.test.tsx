/** The intake form checks the receipt time against the clock at submission, and Cancel asks before it drops anything. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../renderer/app/app-context';
import { DEFAULT_SETTINGS } from '../../../renderer/db/settings-repository';
import { IntakeForm } from '../../../renderer/features/cases/IntakeForm';
import type { Platform } from '../../../renderer/platform/platform';

const unsupported = async () => ({ ok: false as const, error: 'unsupported' as const, message: 'unsupported' });

function fakePlatform(): Platform {
  return {
    kind: 'browser',
    saveFile: vi.fn(),
    printPdf: vi.fn(),
    openPdf: vi.fn(),
    notify: vi.fn(async () => 'shown' as const),
    appInfo: vi.fn(async () => ({ name: 'Qorgau', version: '0.1.0', electron: '', chrome: '', platform: 'browser', systemLocale: 'en' })),
    openExternal: vi.fn(async () => ({ ok: true as const, value: undefined })),
    setLocale: vi.fn(async () => undefined),
    onMenuCommand: vi.fn(() => () => undefined),
    automaticBackups: false,
    writeBackup: vi.fn(unsupported),
    backupStatus: vi.fn(unsupported),
    chooseBackupFolder: vi.fn(unsupported),
    openBackupFolder: vi.fn(unsupported),
    readBackup: vi.fn(unsupported),
  };
}

function renderForm(clock: () => Date) {
  const onSubmit = vi.fn(async () => undefined);
  const onCancel = vi.fn();
  render(
    <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale: 'en', displayTimeZone: 'Asia/Almaty' }} platform={fakePlatform()}>
      <IntakeForm requestTypes={[{ id: 'access', label: 'Access' }]} onSubmit={onSubmit} onCancel={onCancel} now={clock} />
    </AppProvider>,
  );
  return { onSubmit, onCancel };
}

const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('intake form', () => {
  it('accepts the real current time when the form has been open for a while', async () => {
    // Opened at 15:00 Almaty; the request is registered at 15:40 with 15:40 as its receipt time.
    let now = new Date('2026-11-21T10:00:00Z');
    const { onSubmit } = renderForm(() => now);
    expect(screen.getByLabelText<HTMLInputElement>(/Received at/).value).toBe('2026-11-21T15:00');
    type(/Full name/, 'Әлия Нұрланова');
    type(/E-mail/, 'aliya@example.kz');
    type(/Received at/, '2026-11-21T15:40');
    fireEvent.click(screen.getByLabelText('Access'));

    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(await screen.findByText('The receipt time cannot be in the future.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();

    now = new Date('2026-11-21T10:40:00Z');
    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(screen.queryByText('The receipt time cannot be in the future.')).toBeNull();
  });

  it('leaves at once when nothing was typed', () => {
    const { onCancel } = renderForm(() => new Date('2026-11-21T10:00:00Z'));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('asks before discarding what was typed, and keeps it when the user says so', () => {
    const { onCancel } = renderForm(() => new Date('2026-11-21T10:00:00Z'));
    type(/Full name/, 'Әлия Нұрланова');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).not.toHaveBeenCalled();
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('Discard what you have typed and attached?');

    fireEvent.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>(/Full name/).value).toBe('Әлия Нұрланова');
    expect(onCancel).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Discard' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
