import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { AppProvider } from '../../../renderer/app/app-context';
import { Shell } from '../../../renderer/app/Shell';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { DEFAULT_SETTINGS, loadSettings } from '../../../renderer/db/settings-repository';
import { fakePlatform } from '../fake-platform';

beforeEach(() => {
  useDatabaseForTests(new QorgauDatabase(`shell-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange }));
  window.location.hash = '';
});

describe('application shell', () => {
  it('shows the six areas in Kazakh by default and navigates between them', async () => {
    render(
      <AppProvider initialSettings={DEFAULT_SETTINGS} platform={fakePlatform()}>
        <Shell />
      </AppProvider>,
    );
    const nav = screen.getByRole('navigation');
    expect([...nav.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      'Өтініштер',
      'Мерзімдер',
      'Құжаттар',
      'Тізілім',
      'Шолу',
      'Өңдеу тізілімі',
      'Бұзушылықтар журналы',
      'Баптаулар',
    ]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Өтініштер');
    act(() => {
      window.location.hash = '#/deadlines';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Мерзімдер');
    expect(await screen.findByText(/Өтініштер тіркелгеннен кейін мұнда мерзімі өткен міндеттер/)).toBeTruthy();
    expect(await screen.findByText('Мерзімі өтті')).toBeTruthy();
  });

  it('switches language, persists it and tells the native side', async () => {
    const platform = fakePlatform();
    render(
      <AppProvider initialSettings={DEFAULT_SETTINGS} platform={platform}>
        <Shell />
      </AppProvider>,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'РУС' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Обращения'));
    expect(document.documentElement.lang).toBe('ru');
    expect(platform.locales).toEqual(['ru']);
    expect((await loadSettings()).locale).toBe('ru');
  });

  it('hands external links to the platform instead of navigating', async () => {
    const platform = fakePlatform();
    window.location.hash = '#/settings';
    render(
      <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale: 'en' }} platform={platform}>
        <Shell />
      </AppProvider>,
    );
    // The grounds in English name the Law too: the link is the one in About.
    const link = await screen.findByRole('link', { name: /No. 94-V/ });
    await userEvent.setup().click(link);
    expect(platform.openedExternal).toEqual(['https://adilet.zan.kz/rus/docs/Z1300000094']);
    expect(window.location.hash).toBe('#/settings');
  });
});
