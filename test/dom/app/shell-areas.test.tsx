/** Each area of the shell has its own error boundary: one that throws leaves the sidebar and the other areas working. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../renderer/app/app-context';
import { Shell } from '../../../renderer/app/Shell';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { DEFAULT_SETTINGS } from '../../../renderer/db/settings-repository';
import { fakePlatform } from '../fake-platform';

vi.mock('../../../renderer/features/register/RegisterPage', () => ({
  RegisterPage: () => {
    throw new Error('the register could not be drawn');
  },
}));

beforeEach(() => {
  useDatabaseForTests(new QorgauDatabase(`shell-areas-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }));
  window.location.hash = '#/register';
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('an area that throws', () => {
  it('shows the error surface in that area only; the sidebar works and other areas open', async () => {
    const user = userEvent.setup();
    render(
      <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale: 'en' }} platform={fakePlatform()}>
        <Shell />
      </AppProvider>,
    );
    const surface = screen.getByTestId('error-surface');
    expect(surface.dataset['area']).toBe('register');
    expect(surface.closest('main')).not.toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('The “Register” section stopped working');
    expect(screen.getByRole('navigation')).toBeTruthy();

    await user.click(screen.getByRole('link', { name: 'Deadlines' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Deadlines' })).toBeTruthy();
    expect(screen.queryByTestId('error-surface')).toBeNull();

    await user.click(screen.getByRole('link', { name: 'Register' }));
    expect((await screen.findByTestId('error-surface')).dataset['area']).toBe('register');
    await user.click(screen.getByRole('button', { name: 'Back to the case list' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Cases' })).toBeTruthy();
    expect(window.location.hash).toBe('#/cases');
  });
});
