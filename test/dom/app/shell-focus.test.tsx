/** Issue 18: the skip link comes first; a navigation puts focus on the new screen's heading and names it in the title. */
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppProvider } from '../../../renderer/app/app-context';
import { Shell } from '../../../renderer/app/Shell';
import { announce } from '../../../renderer/app/announce';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { DEFAULT_SETTINGS } from '../../../renderer/db/settings-repository';
import { fakePlatform } from '../fake-platform';

beforeEach(() => {
  useDatabaseForTests(new QorgauDatabase(`shell-focus-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }));
  window.location.hash = '';
});

const go = (hash: string) =>
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });

describe('focus and titles', () => {
  it('skip link first, focus on the heading after a navigation, the title names the screen; announcements go to one polite region', async () => {
    render(
      <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale: 'en' }} platform={fakePlatform()}>
        <Shell />
      </AppProvider>,
    );
    const user = userEvent.setup();
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Skip to content');
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
    expect(document.title).toBe('Cases — Qorgau');

    go('#/deadlines');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Deadlines'));
    expect(document.activeElement?.tagName).toBe('H1');
    expect(document.title).toBe('Deadlines — Qorgau');

    go('#/cases/new');
    await waitFor(() => expect(document.title).toBe('Register a request — Cases — Qorgau'));
    expect(document.activeElement?.tagName).toBe('H1');

    announce('Request DSR-2026-000001 registered.');
    await waitFor(() => expect(document.getElementById('announcer')?.textContent).toBe('Request DSR-2026-000001 registered.'));
    expect(document.getElementById('announcer')?.getAttribute('aria-live')).toBe('polite');
  });
});
