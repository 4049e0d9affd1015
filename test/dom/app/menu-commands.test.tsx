/**
 * Issue 13 item 5: the native menu's New request, Find and Help → Keyboard shortcuts run what the keys do, and a
 * key press acts once (the menu shows Ctrl/Cmd+N and Ctrl/Cmd+F without registering them: electron/main/menu.ts).
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../renderer/app/app-context';
import { Shell } from '../../../renderer/app/Shell';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { DEFAULT_SETTINGS } from '../../../renderer/db/settings-repository';
import { fakePlatform } from '../fake-platform';

beforeEach(() => {
  useDatabaseForTests(new QorgauDatabase(`menu-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }));
  window.location.hash = '#/deadlines';
});

function shell() {
  const platform = fakePlatform({ kind: 'electron' });
  render(
    <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale: 'en' }} platform={platform}>
      <Shell />
    </AppProvider>,
  );
  return platform;
}

describe('native menu commands', () => {
  it('New request opens the intake form, Find focuses the case search, Keyboard shortcuts opens Help', async () => {
    const platform = shell();
    act(() => platform.menu('new-request'));
    await waitFor(() => expect(window.location.hash).toBe('#/cases/new'));

    act(() => platform.menu('find'));
    await waitFor(() => expect(window.location.hash).toBe('#/cases'));
    const search = await screen.findByRole('searchbox');
    await waitFor(() => expect(document.activeElement).toBe(search));

    act(() => platform.menu('help-shortcuts'));
    await waitFor(() => expect(window.location.hash).toBe('#/settings/help'));
    expect(await screen.findByTestId('help-shortcuts')).toBeTruthy();
  });

  it('a key press acts once: Ctrl+N navigates once and is kept from the menu (default prevented)', async () => {
    shell();
    const changes = vi.fn((event: HashChangeEvent) => event.newURL.endsWith('#/cases/new'));
    window.addEventListener('hashchange', changes);
    const event = new KeyboardEvent('keydown', { key: 'n', ctrlKey: true, bubbles: true, cancelable: true });
    act(() => {
      window.dispatchEvent(event);
    });
    await waitFor(() => expect(window.location.hash).toBe('#/cases/new'));
    expect(event.defaultPrevented).toBe(true);
    await waitFor(() => expect(changes.mock.results.filter((r) => r.value === true)).toHaveLength(1));
    expect(changes.mock.results.filter((r) => r.value === true)).toHaveLength(1);
    window.removeEventListener('hashchange', changes);
  });
});
