/** Renderer entry: guard the database (app lock, pre-upgrade backup), load settings, pick the platform, render the shell. */
import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from './app/app-context';
import { Shell } from './app/Shell';
import { prepareDatabase } from './app/startup';
import { loadSettings } from './db/settings-repository';
import { requestPersistentStorage } from './db/storage';
import { AppLockGuard } from './features/backup/AppLockGuard';
import { AutomaticBackups } from './features/backup/AutomaticBackups';
import { detectPlatform } from './platform';
import './styles.css';

async function start(): Promise<void> {
  const platform = detectPlatform();
  const root = createRoot(document.getElementById('root')!);
  if (!(await prepareDatabase(platform, root))) return;
  const settings = await loadSettings();
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
