/**
 * The estimated-calendar mark beside a due date: shown on the case screen and the deadlines dashboard when
 * the due date was counted through a year whose calendar is an estimate (2027 in the shipped KZ data), with
 * a localized explanation as the link's description and a link to the calendar settings; absent otherwise.
 */
import { render, screen, within } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppProvider } from '../../../renderer/app/app-context';
import { registerRequest } from '../../../renderer/db/case-steps';
import { QorgauDatabase, useDatabaseForTests } from '../../../renderer/db/database';
import { DEFAULT_SETTINGS, type Settings } from '../../../renderer/db/settings-repository';
import { CaseScreen } from '../../../renderer/features/cases/CaseScreen';
import { DeadlinesPage } from '../../../renderer/features/deadlines/DeadlinesPage';
import { DueYearEstimateWarning } from '../../../renderer/features/calendar/EstimateWarning';
import { buildCalendar } from '../../../shared/calendar/compiled-calendar';
import type { DeadlineContext } from '../../../shared/cases/deadlines';
import { BLOCKING_ENTERED, BLOCKING_RECEIVED, blockingIntake } from '../../fixtures/cases/intake';
import { fakePlatform } from '../fake-platform';

let db: QorgauDatabase;
beforeEach(async () => {
  db = new QorgauDatabase(`estimate-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  useDatabaseForTests(db);
});
afterEach(() => {
  useDatabaseForTests(undefined);
  db.close();
});

const settings: Settings = { ...DEFAULT_SETTINGS, locale: 'en', displayTimeZone: 'Asia/Almaty' };
/** Wed 29.12.2027 16:40 Almaty: one working day to block → in 2027 or 2028, both estimated years. */
const ESTIMATED_RECEIVED = new Date('2027-12-29T11:40:00.000Z');

const wrap = (ui: React.ReactNode, locale: Settings['locale']) => (
  <AppProvider initialSettings={{ ...settings, locale }} platform={fakePlatform()}>
    {ui}
  </AppProvider>
);

async function estimatedCase() {
  return registerRequest(blockingIntake({ receivedAt: '2027-12-29T16:40' }), ESTIMATED_RECEIVED, [], settings, new Date('2027-12-29T12:00:00.000Z'));
}

describe('estimated-calendar mark', () => {
  it.each([
    ['en', 'Estimated calendar', /official calendar of days off is not published yet/],
    ['ru', 'Расчётный календарь', /официальный календарь выходных на этот год ещё не опубликован/],
    ['kk', 'Болжамды күнтізбе', /ресми күнтізбесі әлі жарияланған жоқ/],
  ] as const)('stands beside a due date in an estimated year on the case screen (%s)', async (locale, badge, explain) => {
    const record = await estimatedCase();
    render(wrap(<CaseScreen caseId={record.id} />, locale));
    const row = (await screen.findAllByTestId('obligation'))[0]!;
    const mark = await within(row).findByTestId('estimate-warning');
    const link = within(mark).getByRole('link', { name: badge });
    expect(link.getAttribute('href')).toBe('#/settings/calendar');
    expect(link.getAttribute('title')).toMatch(explain);
    // The explanation is the link's accessible description (aria-describedby), not only a tooltip.
    const described = document.getElementById(link.getAttribute('aria-describedby')!);
    expect(described?.textContent).toMatch(explain);
    expect(described?.textContent).toMatch(/2027|2028/);
  });

  it('is absent for a due date in a year whose calendar is published or reported', async () => {
    const record = await registerRequest(blockingIntake(), BLOCKING_RECEIVED, [], settings, BLOCKING_ENTERED);
    render(wrap(<CaseScreen caseId={record.id} />, 'en'));
    const row = (await screen.findAllByTestId('obligation'))[0]!;
    expect(within(row).getByTestId('due')).toBeTruthy();
    expect(within(row).queryByTestId('estimate-warning')).toBeNull();
  });

  it('stands beside the due date in the deadlines dashboard row', async () => {
    await estimatedCase();
    await registerRequest(
      blockingIntake({ subject: { ...blockingIntake().subject, fullName: 'Published Year' } }),
      BLOCKING_RECEIVED,
      [],
      settings,
      BLOCKING_ENTERED,
    );
    render(wrap(<DeadlinesPage now={() => new Date('2027-12-29T12:30:00.000Z')} />, 'en'));
    const rows = await screen.findAllByTestId('deadline-row');
    await within(rows.find((r) => r.textContent?.includes('Ерлан Сапаров'))!).findByTestId('estimate-warning');
    const other = (await screen.findAllByTestId('deadline-row')).find((r) => r.textContent?.includes('Published Year'))!;
    expect(within(other).queryByTestId('estimate-warning')).toBeNull();
  });

  it('marks a list row by the due date’s year in the calendars the row runs on', () => {
    const context: DeadlineContext = {
      settings: {},
      zone: 'Asia/Almaty',
      closeOfBusiness: '18:00',
      calendars: { kz: buildCalendar('kz', []), ru: buildCalendar('ru', []) },
    };
    const { rerender } = render(wrap(<DueYearEstimateWarning dueAt="2027-02-01T13:00:00.000Z" calendars={['kz']} context={context} compact />, 'en'));
    expect(screen.getByTestId('estimate-warning').getAttribute('data-years')).toBe('2027');
    // The compact mark keeps the words for screen readers.
    expect(screen.getByRole('link', { name: 'Estimated calendar' })).toBeTruthy();
    rerender(wrap(<DueYearEstimateWarning dueAt="2026-02-02T13:00:00.000Z" calendars={['kz']} context={context} compact />, 'en'));
    expect(screen.queryByTestId('estimate-warning')).toBeNull();
    rerender(wrap(<DueYearEstimateWarning dueAt="" calendars={['kz']} context={context} />, 'en'));
    expect(screen.queryByTestId('estimate-warning')).toBeNull();
  });
});
