/**
 * The app, loaded by boot.ts: guard the database (app lock, pre-upgrade backup), load settings, pick the
 * platform, render the shell. Nothing may leave the window blank: the shell sits in an error boundary,
 * each area in its own (Shell.tsx), a promise nobody handled is shown on the area's error surface, and a
 * failure to start is said on a screen of its own.
 */
import './zod-jitless';
import { StrictMode, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { isLocale, type Locale } from '../shared/locale';
import { AppProvider, useApp } from './app/app-context';
import { DatabaseBlocked, DatabaseChangedElsewhere } from './app/DatabaseElsewhere';
import { ErrorBoundary } from './app/ErrorBoundary';
import { reloadAt, useRoute } from './app/routes';
import { runTask } from './app/run-task';
import { Shell } from './app/Shell';
import { prepareDatabase, renderStartupFailure } from './app/startup';
import { installRejectionNet } from './app/unhandled-rejection';
import { watchAppDatabase } from './db/connection-watch';
import { loadSettings, DEFAULT_SETTINGS } from './db/settings-repository';
import { requestPersistentStorage } from './db/storage';
import { releaseWarmDatabase } from './db/warm-open';
import { AppLockGuard } from './features/backup/AppLockGuard';
import { AutomaticBackups } from './features/backup/AutomaticBackups';
import { detectPlatform, type Platform } from './platform';

/**
 * The app-wide boundary, around the lock guard too. Its "Back to the case list" reloads the window, so
 * a failure can never unlock the app: with the lock on, the start asks for the passphrase again.
 */
function AppBoundary({ children }: { children: ReactNode }) {
  const { settings, platform } = useApp();
  const route = useRoute();
  return (
    <ErrorBoundary area="app" variant="screen" locale={settings.locale} platform={platform} resetKey={route} onBack={() => reloadAt('cases')}>
      {children}
    </ErrorBoundary>
  );
}

/** The language of the screens before (or instead of) the shell: the page's, set from the stored settings. */
function pageLocale(): Locale {
  const lang = document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_SETTINGS.locale;
}

async function start(platform: Platform, root: Root): Promise<void> {
  if (!(await prepareDatabase(platform, root))) {
    releaseWarmDatabase();
    return;
  }
  // Another window may hold up this window's upgrade, or upgrade or delete the data under it: said, never a blank window.
  const reload = () => window.location.reload();
  watchAppDatabase({
    blocked: () => root.render(<DatabaseBlocked locale={pageLocale()} reload={reload} />),
    changedElsewhere: (change) => root.render(<DatabaseChangedElsewhere locale={pageLocale()} change={change} reload={reload} />),
  });
  const settings = await loadSettings();
  // The app's own connection is open now; boot.ts's warm one has done its job.
  releaseWarmDatabase();
  document.documentElement.lang = settings.locale;
  runTask(platform.setLocale(settings.locale));
  runTask(requestPersistentStorage());
  root.render(
    <StrictMode>
      <AppProvider initialSettings={settings} platform={platform}>
        <AppBoundary>
          <AppLockGuard>
            <Shell />
          </AppLockGuard>
          <AutomaticBackups />
        </AppBoundary>
      </AppProvider>
    </StrictMode>,
  );
}

installRejectionNet(window);
const platform = detectPlatform();
const root = createRoot(document.getElementById('root')!);
runTask(start(platform, root), (error) => {
  console.error('Qorgau could not start:', error);
  renderStartupFailure(root, platform, pageLocale(), error);
});
