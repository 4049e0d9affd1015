/**
 * The Overview's first use builds its month cache in chunks (renderer/db/overview-cache.ts): the progress is a
 * live region (role=status) saying "n of N" in kk, ru and en, the period can be switched meanwhile, the figures
 * appear after it, and a build that fails says so with a retry instead of a stuck "preparing". The build runs
 * with a chunk of 2 cases and waits between chunks until the test lets it go on (no timing involved).
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../../renderer/app/app-context';
import { registerRequest } from '../../../renderer/db/case-steps';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { DEFAULT_SETTINGS } from '../../../renderer/db/settings-repository';
import { OverviewPage } from '../../../renderer/features/overview/OverviewPage';
import type { Locale } from '../../../shared/locale';
import { blockingIntake } from '../../fixtures/cases/intake';
import { fakePlatform } from '../fake-platform';
import type * as OverviewCache from '../../../renderer/db/overview-cache';

/** The build's pauses between chunks: each waits until released (or fails, when told to). */
const gate = vi.hoisted(() => {
  const waiting: { go: () => void; fail: (error: Error) => void }[] = [];
  return {
    waiting,
    failNext: false,
    pause(): Promise<void> {
      return new Promise<void>((go, fail) => {
        if (gate.failNext) {
          gate.failNext = false;
          fail(new Error('the disk is gone'));
        } else waiting.push({ go, fail });
      });
    },
  };
});

vi.mock('../../../renderer/db/overview-cache', async (importOriginal) => {
  const actual = await importOriginal<typeof OverviewCache>();
  return {
    ...actual,
    rebuildCache: (...[db, zone, onProgress]: Parameters<typeof actual.rebuildCache>) =>
      actual.rebuildCache(db, zone, onProgress, { chunkSize: 2, betweenChunks: gate.pause }),
  };
});

const CASES = 5;
let db: QorgauDatabase;
beforeEach(async () => {
  gate.waiting.length = 0;
  gate.failNext = false;
  db = new QorgauDatabase(`overview-build-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
  // Received now: in the month the Overview opens on (and its quarter and year).
  const now = new Date();
  for (let i = 0; i < CASES; i++) await registerRequest(blockingIntake(), now, [], { closeOfBusiness: '18:00', deadlineTerms: {} }, now);
});
afterEach(() => {
  useDatabaseForTests(undefined);
  db.close();
});

/** Lets the build read its next chunk once it is waiting. */
async function release(): Promise<void> {
  await waitFor(() => expect(gate.waiting.length).toBe(1));
  gate.waiting.shift()!.go();
}

function renderOverview(locale: Locale) {
  return render(
    <AppProvider initialSettings={{ ...DEFAULT_SETTINGS, locale }} platform={fakePlatform({ kind: 'electron' })}>
      <OverviewPage />
    </AppProvider>,
  );
}

const receivedFigure = (label: string): string | null | undefined =>
  within(screen.getByTestId('overview-table'))
    .queryAllByRole('row')
    .find((row) => row.textContent?.includes(label))
    ?.querySelector('.num')?.textContent;

const PROGRESS: Record<Locale, (done: number, total: number) => string> = {
  en: (done, total) => `Preparing the figures: ${done} of ${total} requests read…`,
  ru: (done, total) => `Подготовка показателей: прочитано ${done} из ${total} обращений…`,
  kk: (done, total) => `Көрсеткіштер дайындалуда: ${total} өтініштің ${done} оқылды…`,
};

describe('the Overview while its figures are prepared', () => {
  it('shows each step in a status region, stays usable for a period switch, then shows the figures', async () => {
    const user = userEvent.setup();
    renderOverview('en');
    const line = await screen.findByText(PROGRESS.en(2, CASES));
    expect(line.getAttribute('role')).toBe('status');
    expect(screen.getAllByRole('status')).toContain(line);
    expect(screen.queryByTestId('overview-charts')).toBeNull();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Export to CSV' }).disabled).toBe(true);

    await release();
    await waitFor(() => expect(line.textContent).toBe(PROGRESS.en(4, CASES)));
    // Another period chosen while the build waits: the screen answers, and keeps telling the progress.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Period' }), 'year');
    expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Period' }).value).toBe('year');
    await waitFor(() => expect(line.textContent).toBe(PROGRESS.en(4, CASES)));

    await release();
    await waitFor(() => expect(line.textContent).toBe(PROGRESS.en(CASES, CASES)));
    await release();
    await waitFor(() => expect(receivedFigure('Requests received')).toBe(String(CASES)));
    expect(line.textContent).toBe('');
    expect(screen.getByTestId('overview-charts')).toBeTruthy();
    expect(screen.getByRole('table').querySelector('caption')?.textContent).toMatch(/^Figures for 01\.01\.\d{4} — 31\.12\.\d{4}$/);
    expect(gate.waiting).toHaveLength(0);
  });

  it.each(['ru', 'kk'] as const)('says the progress in %s', async (locale) => {
    renderOverview(locale);
    const line = await screen.findByText(PROGRESS[locale](2, CASES));
    expect(line.getAttribute('role')).toBe('status');
    await release();
    await waitFor(() => expect(line.textContent).toBe(PROGRESS[locale](4, CASES)));
    await release();
    await release();
    await waitFor(() => expect(line.textContent).toBe(''));
    expect(screen.getByTestId('overview-charts')).toBeTruthy();
  });
});

describe('a build that fails', () => {
  const FAILED: Record<Locale, { readonly message: string; readonly retry: string }> = {
    en: { message: 'The figures could not be prepared. Nothing was changed.', retry: 'Try again' },
    ru: { message: 'Не удалось подготовить показатели. Ничего не изменено.', retry: 'Повторить' },
    kk: { message: 'Көрсеткіштерді дайындау мүмкін болмады. Ештеңе өзгертілмеді.', retry: 'Қайталау' },
  };

  it.each(['en', 'ru', 'kk'] as const)('says so in %s and prepares the figures again on retry', async (locale) => {
    const user = userEvent.setup();
    gate.failNext = true;
    renderOverview(locale);
    const { message, retry } = FAILED[locale];
    const line = await screen.findByText(message);
    expect(line.getAttribute('role')).toBe('status');
    expect(screen.queryByText(PROGRESS[locale](2, CASES))).toBeNull();
    expect(screen.queryByTestId('overview-charts')).toBeNull();

    await user.click(screen.getByRole('button', { name: retry }));
    expect(document.activeElement).toBe(line);
    await waitFor(() => expect(line.textContent).toBe(PROGRESS[locale](2, CASES)));
    expect(screen.queryByRole('button', { name: retry })).toBeNull();
    await release();
    await release();
    await release();
    await waitFor(() => expect(screen.getByTestId('overview-charts')).toBeTruthy());
    expect(line.textContent).toBe('');
  });
});
