/**
 * A throw while rendering replaces only its part of the window with the error surface, in the
 * interface language; "Back to the case list" goes to #/cases and tries again; the diagnostic report
 * is saved through the platform and holds no personal data and no secrets.
 */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../../shared/locale';
import { AppProvider } from '../../../renderer/app/app-context';
import { ErrorBoundary } from '../../../renderer/app/ErrorBoundary';
import type { ErrorReport } from '../../../renderer/app/error-report';
import { useRoute } from '../../../renderer/app/routes';
import type { AppLockSetting } from '../../../renderer/db/backup-settings';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../../renderer/db/settings-repository';
import type { Platform } from '../../../renderer/platform/platform';
import { fakePlatform } from '../fake-platform';

const IIN = '900101300123';
const EMAIL = 'aliya.zhumabekkyzy@example.kz';
const LOCK: AppLockSetting = {
  salt: 'c2FsdC1vZi10aGUtbG9jaw==',
  iterations: 600_000,
  verifier: 'ab'.repeat(32),
  idleMinutes: 5,
  encryptBackups: true,
  backupSalt: 'YmFja3VwLXNhbHQtdmFsdWU=',
};
const ORG_NAME = 'ТОО «Алатау Деректер»';
const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  appLock: LOCK,
  orgProfile: { legalName: { kk: ORG_NAME, ru: ORG_NAME }, bin: '180840012345', dpo: { name: 'Омарова Сәуле' } } as unknown as Settings['orgProfile'],
};

/** Throws while `broken.now` is set: a render failure that "Back to the case list" can clear. */
const broken = { now: true };
function CaseSummary() {
  if (broken.now) throw new TypeError(`cannot read the subject ${IIN} <${EMAIL}> of case DSR-2026-000001`);
  return <p>case summary</p>;
}

function Routed({ locale, platform }: { locale: Locale; platform: Platform }) {
  const route = useRoute();
  return (
    <ErrorBoundary area="settings" locale={locale} platform={platform} resetKey={route}>
      <CaseSummary />
    </ErrorBoundary>
  );
}

function renderArea(locale: Locale, platform: Platform = fakePlatform()) {
  return render(
    <AppProvider initialSettings={{ ...SETTINGS, locale }} platform={platform}>
      <Routed locale={locale} platform={platform} />
    </AppProvider>,
  );
}

beforeEach(() => {
  broken.now = true;
  window.location.hash = '#/settings';
  // React reports every caught render error on the console; these are expected here.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('an area that throws while rendering', () => {
  it.each([
    ['kk', '«Баптаулар» бөлімі жұмысын тоқтатты', 'Өтініштер тізіміне оралу', 'Диагностикалық есеп жіберу'],
    ['ru', 'Раздел «Настройки» перестал работать', 'Вернуться к списку обращений', 'Отправить диагностический отчёт'],
    ['en', 'The “Settings” section stopped working', 'Back to the case list', 'Send a diagnostic report'],
  ] as const)('is replaced by the error surface in %s', (locale, title, back, report) => {
    renderArea(locale);
    const surface = screen.getByTestId('error-surface');
    expect(surface.getAttribute('lang')).toBe(locale);
    expect(screen.getByRole('heading').textContent).toBe(title);
    expect(screen.getByRole('button', { name: back })).toBeTruthy();
    expect(screen.getByRole('button', { name: report })).toBeTruthy();
    expect(screen.queryByText('case summary')).toBeNull();
  });

  it('"Back to the case list" goes to #/cases and renders the area again', async () => {
    const user = userEvent.setup();
    renderArea('en');
    broken.now = false;
    await user.click(screen.getByRole('button', { name: 'Back to the case list' }));
    await vi.waitFor(() => expect(window.location.hash).toBe('#/cases'));
    expect(await screen.findByText('case summary')).toBeTruthy();
    expect(screen.queryByTestId('error-surface')).toBeNull();
  });

  it('already on the case list, "Back to the case list" tries the area again', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/cases';
    renderArea('en');
    broken.now = false;
    await user.click(screen.getByRole('button', { name: 'Back to the case list' }));
    expect(await screen.findByText('case summary')).toBeTruthy();
  });

  it('starts afresh when the route changes', async () => {
    renderArea('en');
    expect(screen.getByTestId('error-surface')).toBeTruthy();
    broken.now = false;
    act(() => {
      window.location.hash = '#/deadlines';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(await screen.findByText('case summary')).toBeTruthy();
  });
});

describe('the diagnostic report', () => {
  it('is saved through the platform with versions, area and error — and no IIN, e-mail, settings or secrets', async () => {
    const user = userEvent.setup();
    const platform = fakePlatform({ kind: 'electron', appInfo: { version: '0.3.1' } });
    renderArea('ru', platform);
    await user.click(screen.getByRole('button', { name: 'Отправить диагностический отчёт' }));
    expect(await screen.findByTestId('error-report-status')).toHaveProperty(
      'textContent',
      expect.stringMatching(/^Сохранено: \/home\/dpo\/qorgau-error-report-.*\.json$/),
    );

    expect(platform.saved).toHaveLength(1);
    const [file] = platform.saved;
    expect(file!.fileName).toMatch(/^qorgau-error-report-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}\.json$/);
    expect(file!.filters).toEqual([{ name: 'JSON', extensions: ['json'] }]);
    const report = JSON.parse(file!.text) as ErrorReport;
    expect(report).toMatchObject({
      report: 'qorgau-error-report',
      app: { version: '0.3.1', electron: '45.4.1', os: 'linux' },
      platform: 'electron',
      area: 'settings',
      source: 'render',
      locale: 'ru',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      error: { name: 'TypeError', message: 'cannot read the subject [number] <[e-mail]> of case DSR-2026-000001' },
    });
    expect(Date.parse(report.time)).not.toBeNaN();
    expect(report.error.stack).toContain('CaseSummary');
    expect(report.componentStack).toContain('CaseSummary');

    for (const secret of [IIN, EMAIL, LOCK.salt, LOCK.verifier, LOCK.backupSalt, ORG_NAME, '180840012345', 'appLock', 'orgProfile']) {
      expect(file!.text).not.toContain(secret);
    }
  });

  it('in a browser it is a download, and says so', async () => {
    const user = userEvent.setup();
    const platform = fakePlatform();
    renderArea('kk', platform);
    await user.click(screen.getByRole('button', { name: 'Диагностикалық есеп жіберу' }));
    expect((await screen.findByTestId('error-report-status')).textContent).toMatch(/^qorgau-error-report-.*\.json ретінде жүктелді$/);
    expect(JSON.parse(platform.saved[0]!.text)).toMatchObject({ platform: 'browser', locale: 'kk', app: { os: 'browser' } });
  });

  it('is still written when the app version cannot be asked, and a failed save is said', async () => {
    const user = userEvent.setup();
    const platform = fakePlatform({ appInfo: new Error('bridge gone'), saveResult: { ok: false, error: 'io-failed', message: 'ENOSPC' } });
    renderArea('en', platform);
    await user.click(screen.getByRole('button', { name: 'Send a diagnostic report' }));
    expect((await screen.findByTestId('error-report-status')).textContent).toBe('Something went wrong: ENOSPC');
    expect(JSON.parse(platform.saved[0]!.text)).toMatchObject({ app: { os: 'unknown' } });
  });
});
