/** Renderer entry: open the database, load settings, pick the platform, render the shell. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { config as zodConfig } from 'zod';
import { AppProvider } from './app/app-context';
import { Shell } from './app/Shell';
import { loadSettings } from './db/settings-repository';
import { requestPersistentStorage } from './db/storage';
import { detectPlatform } from './platform';
import './styles.css';

// The CSP forbids eval: zod must not probe for it or compile parsers with new Function.
zodConfig({ jitless: true });

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
