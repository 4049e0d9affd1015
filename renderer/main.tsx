/**
 * The app, loaded by boot.ts: guard the database (app lock, pre-upgrade backup), load settings, pick the
 * platform, render the shell.
 */
import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from './app/app-context';
import { Shell } from './app/Shell';
import { prepareDatabase } from './app/startup';
import { loadSettings } from './db/settings-repository';
import { requestPersistentStorage } from './db/storage';
import { releaseWarmDatabase } from './db/warm-open';
import { AppLockGuard } from './features/backup/AppLockGuard';
import { AutomaticBackups } from './features/backup/AutomaticBackups';
import { detectPlatform } from './platform';

async function start(): Promise<void> {
  const platform = detectPlatform();
  const root = createRoot(document.getElementById('root')!);
  if (!(await prepareDatabase(platform, root))) {
    releaseWarmDatabase();
    return;
  }
  const settings = await loadSettings();
  // The app's own connection is open now; boot.ts's warm one has done its job.
  releaseWarmDatabase();
  document.documentElement.lang = settings.locale;
  void platform.setLocale(settings.locale);
  void requestPersistentStorage();
  root.render(
    <StrictMode>
      <AppProvider initialSettings={settings} platform={platform}>
        <AppLockGuard>
          <Shell />
        </AppLockGuard>
        <AutomaticBackups />
      </AppProvider>
    </StrictMode>,
  );
}

void start();
