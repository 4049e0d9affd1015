/**
 * Forms never lose input (issue 13 item 4): leaving the intake with something typed asks first (an
 * accessible, localized confirmation; Esc stays), and the unfinished intake is kept and offered back.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppProvider } from '../../../renderer/app/app-context';
import { Shell } from '../../../renderer/app/Shell';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { DEFAULT_SETTINGS } from '../../../renderer/db/settings-repository';
import type { Locale } from '../../../shared/locale';
import { fakePlatform } from '../fake-platform';

beforeEach(() => {
  useDatabaseForTests(new QorgauDatabase(`leave-guard-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }));
  window.localStorage.clear();
  window.location.hash = '#/cases/new';
});

function renderShell(locale: Locale = 'en') {
  return render(
    <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale }} platform={fakePlatform()}>
      <Shell />
    </AppProvider>,
  );
}

describe('leaving a form with unsaved input', () => {
  it('asks before a sidebar link leaves the intake; Esc and "Stay" keep the input, "Leave" goes and keeps the draft', async () => {
    const user = userEvent.setup();
    renderShell();
    const name = await screen.findByLabelText<HTMLInputElement>(/Full name/);
    await user.type(name, 'Ольга Касымова');

    await user.click(screen.getByRole('link', { name: 'Deadlines' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Stay on the form' }));
    expect(window.location.hash).toBe('#/cases/new');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>(/Full name/).value).toBe('Ольга Касымова');
    expect(window.location.hash).toBe('#/cases/new');

    // A route change from anywhere (here: the address itself) is held back the same way.
    act(() => {
      window.location.hash = '#/settings';
    });
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Stay on the form' }));
    expect(window.location.hash).toBe('#/cases/new');
    expect(screen.getByLabelText<HTMLInputElement>(/Full name/).value).toBe('Ольга Касымова');

    await user.click(screen.getByRole('link', { name: 'Deadlines' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Leave' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Deadlines' })).toBeTruthy();
    expect(window.location.hash).toBe('#/deadlines');

    // Back at the intake: the draft is offered, and "Continue it" puts the input back (still guarded).
    act(() => {
      window.location.hash = '#/cases/new';
    });
    const offer = await screen.findByTestId('intake-draft-offer');
    expect(offer.textContent).toContain('An unfinished request typed on');
    expect(screen.getByLabelText<HTMLInputElement>(/Full name/).value).toBe('');
    await user.click(within(offer).getByRole('button', { name: 'Continue it' }));
    expect(screen.getByLabelText<HTMLInputElement>(/Full name/).value).toBe('Ольга Касымова');
    expect(screen.queryByTestId('intake-draft-offer')).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Cases' }));
    expect(await screen.findByRole('alertdialog')).toBeTruthy();
  });

  it('leaves at once when nothing was typed, and Cancel → Discard removes the kept draft', async () => {
    const user = userEvent.setup();
    renderShell();
    await screen.findByLabelText(/Full name/);
    await user.click(screen.getByRole('link', { name: 'Deadlines' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Deadlines' })).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();

    act(() => {
      window.location.hash = '#/cases/new';
    });
    await user.type(await screen.findByLabelText(/Full name/), 'Айгүл');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    // The form's own confirmation closes with Esc as well.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Cases' })).toBeTruthy();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    act(() => {
      window.location.hash = '#/cases/new';
    });
    await screen.findByLabelText(/Full name/);
    expect(screen.queryByTestId('intake-draft-offer')).toBeNull();
  });

  it.each([
    ['kk', 'Сақтамай шығасыз ба?', 'Формада қалу'],
    ['ru', 'Уйти без сохранения?', 'Остаться в форме'],
  ] as const)('asks in %s', async (locale, title, stay) => {
    const user = userEvent.setup();
    renderShell(locale);
    const fields = await screen.findAllByRole('textbox');
    fireEvent.change(fields[0]!, { target: { value: 'Қасым' } });
    await user.keyboard('{Control>}f{/Control}');
    const dialog = await screen.findByRole('alertdialog', { name: title });
    expect(within(dialog).getByRole('button', { name: stay })).toBeTruthy();
  });
});
