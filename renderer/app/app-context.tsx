/** App-wide state: settings (language, display zone), the platform, and the translator. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../../shared/locale';
import { saveSetting, type Settings } from '../db/settings-repository';
import { translate, type MessageArgs, type MessageKey } from '../i18n/messages';
import type { Platform } from '../platform/platform';
import { resolveActor, setCurrentActor } from '../db/actor';
import { runTask } from './run-task';

/** The translator of the chosen language; a count-bearing key needs its `count`. */
export type Translate = <K extends MessageKey>(key: K, ...args: MessageArgs<K>) => string;

export interface AppContextValue {
  readonly settings: Settings;
  readonly platform: Platform;
  readonly t: Translate;
  readonly setLocale: (locale: Locale) => Promise<void>;
  readonly setDisplayTimeZone: (zone: string) => Promise<void>;
  /** Saves one setting and updates the app at once. */
  readonly updateSetting: <K extends keyof Settings>(key: K, value: Settings[K]) => Promise<void>;
  /** Shows a setting a repository step has already saved (with what it moved) in the app. */
  readonly settingSaved: <K extends keyof Settings>(key: K, value: Settings[K]) => void;
}

const AppContext = createContext<AppContextValue | null>(null);

export function AppProvider(props: { initialSettings: Settings; platform: Platform; children: ReactNode }) {
  const [settings, setSettings] = useState(props.initialSettings);
  const { platform } = props;
  // The steps name this person in their audit events (renderer/db/actor.ts).
  setCurrentActor(resolveActor(settings.actor, settings.orgProfile));
  // Light or dark as chosen; without a choice the stylesheet follows the system (prefers-color-scheme). At start and on
  // every change the native side is told too (Electron: menus, dialogs and the window background follow it).
  useEffect(() => {
    if (settings.theme === 'system') delete document.documentElement.dataset['theme'];
    else document.documentElement.dataset['theme'] = settings.theme;
    // Only native chrome depends on it: a refusal is logged, the page keeps the chosen theme.
    runTask(platform.setTheme(settings.theme), (error) => console.warn('the native theme was not applied:', error));
  }, [settings.theme, platform]);

  const setLocale = useCallback(
    async (locale: Locale) => {
      await saveSetting('locale', locale);
      setSettings((s) => ({ ...s, locale }));
      document.documentElement.lang = locale;
      await platform.setLocale(locale);
    },
    [platform],
  );

  const setDisplayTimeZone = useCallback(async (displayTimeZone: string) => {
    await saveSetting('displayTimeZone', displayTimeZone);
    setSettings((s) => ({ ...s, displayTimeZone }));
  }, []);

  const updateSetting = useCallback(async <K extends keyof Settings>(key: K, value: Settings[K]) => {
    await saveSetting(key, value);
    setSettings((s) => ({ ...s, [key]: value }));
  }, []);

  const settingSaved = useCallback(<K extends keyof Settings>(key: K, value: Settings[K]) => {
    setSettings((s) => ({ ...s, [key]: value }));
  }, []);

  const value = useMemo<AppContextValue>(
    () => ({
      settings,
      platform,
      t: (key, ...args) => translate(settings.locale, key, ...args),
      setLocale,
      setDisplayTimeZone,
      updateSetting,
      settingSaved,
    }),
    [settings, platform, setLocale, setDisplayTimeZone, updateSetting, settingSaved],
  );
  return <AppContext.Provider value={value}>{props.children}</AppContext.Provider>;
}

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside AppProvider');
  return value;
}
