import { LOCALES, type Locale } from '../../../shared/locale';
import { THEMES, isTheme } from '../../../shared/theme';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { DISPLAY_TIME_ZONES } from '../../db/settings-repository';

export function PreferencesSection() {
  const { t, settings, setLocale, setDisplayTimeZone, updateSetting } = useApp();
  return (
    <section className="card" aria-labelledby="prefs-language">
      <h2 id="prefs-language">{t('settings.language')}</h2>
      <label className="field">
        <span>{t('lang.label')}</span>
        <select name="locale" value={settings.locale} onChange={(e) => runTask(setLocale(e.target.value as Locale))}>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {t(`lang.${locale}`)}
            </option>
          ))}
        </select>
        <small>{t('settings.language.hint')}</small>
      </label>
      <label className="field">
        <span>{t('settings.timeZone')}</span>
        <select name="displayTimeZone" value={settings.displayTimeZone} onChange={(e) => runTask(setDisplayTimeZone(e.target.value))}>
          {DISPLAY_TIME_ZONES.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        <small>{t('settings.timeZone.hint')}</small>
      </label>
      <label className="field">
        <span>{t('settings.theme')}</span>
        <select
          name="theme"
          value={settings.theme}
          onChange={(e) => {
            const theme = e.target.value;
            if (isTheme(theme)) runTask(updateSetting('theme', theme));
          }}
        >
          {THEMES.map((theme) => (
            <option key={theme} value={theme}>
              {t(`settings.theme.${theme}`)}
            </option>
          ))}
        </select>
        <small>{t('settings.theme.hint')}</small>
      </label>
    </section>
  );
}
