/** Renderer entry: open the database, load settings, pick the platform, render the shell. */
import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from './app/app-context';
import { Shell } from './app/Shell';
import { loadSettings } from './db/settings-repository';
import { requestPersistentStorage } from './db/storage';
import { detectPlatform } from './platform';
import './styles.css';

async function start(): Promise<void> {
  const platform = detectPlatform();
  const settings = await loadSettings();
  document.documentElement.lang = settings.locale;
  void platform.setLocale(settings.locale);
  void requestPersistentStorage();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProvider initialSettings={settings} platform={platform}>
        <Shell />
      </AppProvider>
    </StrictMode>,
  );
}

void start();
