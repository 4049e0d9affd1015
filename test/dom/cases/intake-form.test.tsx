/** The intake form checks the receipt time against the clock at submission, and Cancel asks before it drops anything. */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../renderer/app/app-context';
import { DEFAULT_SETTINGS } from '../../../renderer/db/settings-repository';
import { IntakeForm } from '../../../renderer/features/cases/IntakeForm';
import { fakePlatform } from '../fake-platform';

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

  it('refuses an IIN that fails its checksum with a localized message and registers nothing', async () => {
    const { onSubmit } = renderForm(() => new Date('2026-11-21T10:00:00Z'));
    type(/Full name/, 'Әлия Нұрланова');
    type(/^IIN/, '900315400124');
    fireEvent.click(screen.getByLabelText('Access'));
    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(await screen.findByText('This IIN is not valid: its control digit does not match.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('keeps everything typed and says why when saving fails', async () => {
    const onSubmit = vi.fn(async () => {
      throw new Error('disk full');
    });
    render(
      <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale: 'en' }} platform={fakePlatform()}>
        <IntakeForm requestTypes={[{ id: 'access', label: 'Access' }]} onSubmit={onSubmit} onCancel={vi.fn()} now={() => new Date('2026-11-21T10:00:00Z')} />
      </AppProvider>,
    );
    type(/Full name/, 'Әлия Нұрланова');
    type(/E-mail/, 'aliya@example.kz');
    fireEvent.click(screen.getByLabelText('Access'));
    fireEvent.click(screen.getByRole('button', { name: 'Register' }));
    expect(await screen.findByText(/disk full/)).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/Full name/).value).toBe('Әлия Нұрланова');
    expect(screen.getByRole('button', { name: 'Register' })).toHaveProperty('disabled', false);
  });
});
