/** The application frame: sidebar navigation, the current area, and the status line. */
import { useEffect, useRef, useState, type MouseEvent, type ReactElement } from 'react';
import { LOCALES } from '../../shared/locale';
import { Clock } from '../components/Clock';
import { Icon, type IconName } from '../components/Icon';
import { BreachesPage } from '../features/breaches/BreachesPage';
import { CasesPage } from '../features/cases/CasesPage';
import { DeadlinesPage } from '../features/deadlines/DeadlinesPage';
import { DocumentsPage } from '../features/documents/DocumentsPage';
import { useDeadlineNotifier } from '../features/deadlines/use-deadline-notifier';
import { RegisterPage } from '../features/register/RegisterPage';
import { ProcessingPage } from '../features/processing/ProcessingPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { OverviewPage } from '../features/overview/OverviewPage';
import type { MessageKey } from '../i18n/messages';
import { useApp } from './app-context';
import { ErrorBoundary } from './ErrorBoundary';
import { AREAS, useArea, useRoute, type Area } from './routes';
import { runTask } from './run-task';
import { ANNOUNCER_ID } from './announce';
import { useScreenFocus } from './use-screen-focus';
import { useAnchorKeeper } from './anchor-keeper';
import { runMenuCommand, useShortcuts } from './use-shortcuts';
import { LeaveConfirm } from './LeaveConfirm';

const AREA_ICON: Readonly<Record<Area, IconName>> = {
  cases: 'cases',
  deadlines: 'deadlines',
  documents: 'documents',
  register: 'register',
  breaches: 'breaches',
  processing: 'processing',
  overview: 'chart',
  settings: 'settings',
};

/**
 * Links never navigate the window: in-app links are hash routes; any other absolute link is
 * handed to the platform, which opens only allow-listed legal sources in the system browser.
 */
function useExternalLinkGuard() {
  const { platform } = useApp();
  return (event: MouseEvent) => {
    const anchor = (event.target as Element | null)?.closest?.('a[href]');
    if (!(anchor instanceof HTMLAnchorElement)) return;
    const href = anchor.getAttribute('href') ?? '';
    if (href.startsWith('#')) return;
    event.preventDefault();
    runTask(platform.openExternal(anchor.href));
  };
}

/** The skip link moves focus to the screen's heading (the hash itself is the router's, so it is not followed). */
function skipToContent(event: MouseEvent) {
  event.preventDefault();
  const main = document.getElementById('main');
  const heading = main?.querySelector<HTMLElement>('h1');
  const target = heading ?? main;
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

function Page({ area }: { area: Area }): ReactElement {
  switch (area) {
    case 'cases':
      return <CasesPage />;
    case 'deadlines':
      return <DeadlinesPage />;
    case 'documents':
      return <DocumentsPage />;
    case 'register':
      return <RegisterPage />;
    case 'breaches':
      return <BreachesPage />;
    case 'processing':
      return <ProcessingPage />;
    case 'overview':
      return <OverviewPage />;
    case 'settings':
      return <SettingsPage />;
  }
}

export function Shell() {
  const { t, settings, setLocale, platform } = useApp();
  const area = useArea();
  const route = useRoute();
  const guardLinks = useExternalLinkGuard();
  useDeadlineNotifier();
  useAnchorKeeper();
  useShortcuts();

  const pane = useRef<HTMLElement>(null);
  // In a narrow window the sidebar folds into a bar with a Menu button; it folds again after a navigation.
  const [menuOpenAt, setMenuOpenAt] = useState<string>();
  const menuOpen = menuOpenAt === route;

  useEffect(() => platform.onMenuCommand(runMenuCommand), [platform]);
  useScreenFocus(pane, route, t(`nav.${area}` as MessageKey));

  return (
    <div className={menuOpen ? 'shell shell--menu-open' : 'shell'} onClickCapture={guardLinks}>
      <a className="skip-link" href="#main" onClick={skipToContent}>
        {t('a11y.skip')}
      </a>
      <aside className="sidebar">
        <div className="brand">
          <Icon name="shield" size={28} />
          <div>
            <div className="brand__name">{t('app.name')}</div>
            <div className="brand__tagline">{t('app.tagline')}</div>
          </div>
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="sidebar-menu"
            onClick={() => setMenuOpenAt(menuOpen ? undefined : route)}
          >
            <Icon name="menu" />
            <span>{t('a11y.menu')}</span>
          </button>
        </div>
        <div className="sidebar__menu" id="sidebar-menu">
          <nav aria-label={t('nav.primary')}>
            <ul className="nav">
              {AREAS.map((name) => (
                <li key={name}>
                  <a
                    href={`#/${name}`}
                    className={name === area ? 'nav__item nav__item--active' : 'nav__item'}
                    aria-current={name === area ? 'page' : undefined}
                    data-area={name}
                  >
                    <Icon name={AREA_ICON[name]} />
                    <span>{t(`nav.${name}` as MessageKey)}</span>
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <div className="sidebar__footer">
            <div className="lang-switch" role="group" aria-label={t('lang.label')}>
              {LOCALES.map((locale) => (
                <button
                  key={locale}
                  type="button"
                  lang={locale}
                  aria-pressed={settings.locale === locale}
                  className={settings.locale === locale ? 'lang-switch__btn lang-switch__btn--on' : 'lang-switch__btn'}
                  onClick={() => runTask(setLocale(locale))}
                >
                  {locale === 'kk' ? 'ҚАЗ' : locale === 'ru' ? 'РУС' : 'ENG'}
                </button>
              ))}
            </div>
            <Clock timeZone={settings.displayTimeZone} label={t('shell.clock', { zone: settings.displayTimeZone })} />
            <div className="offline-note">{t('shell.offline')}</div>
          </div>
        </div>
      </aside>
      <main className="content" id="main" ref={pane} tabIndex={-1}>
        <ErrorBoundary area={area} locale={settings.locale} platform={platform} resetKey={route}>
          <Page area={area} />
        </ErrorBoundary>
      </main>
      <LeaveConfirm />
      <div id={ANNOUNCER_ID} className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" />
    </div>
  );
}
