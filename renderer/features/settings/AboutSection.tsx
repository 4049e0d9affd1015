import { useApp } from '../../app/app-context';
import { useAsyncData } from '../../app/use-async-data';
import { Icon } from '../../components/Icon';
import { LoadFailed } from '../../components/LoadFailed';
import { CURRENT_SCHEMA_VERSION } from '../../db/schema';

const SOURCES = [
  { key: 'settings.sources.kz', url: 'https://adilet.zan.kz/rus/docs/Z1300000094' },
  { key: 'settings.sources.ru', url: 'https://www.consultant.ru/document/cons_doc_LAW_61801/' },
] as const;

export function AboutSection() {
  const { t, platform } = useApp();
  const loaded = useAsyncData(() => platform.appInfo(), [platform]);
  const info = loaded.status === 'ready' ? loaded.value : undefined;
  return (
    <section className="card" aria-labelledby="about-title">
      <h2 id="about-title">{t('settings.about')}</h2>
      <dl className="facts">
        <dt>{t('settings.about.version')}</dt>
        <dd data-testid="app-version">
          {info ? `${info.name} ${info.version}` : loaded.status === 'error' ? <LoadFailed error={loaded.error} onRetry={loaded.reload} /> : '…'}
        </dd>
        <dt>{t('settings.about.runtime')}</dt>
        <dd>
          {t(platform.kind === 'electron' ? 'settings.about.platform.electron' : 'settings.about.platform.browser')}
          {info?.electron ? ` · Electron ${info.electron}` : ''}
          {info?.chrome ? ` · Chromium ${info.chrome}` : ''}
        </dd>
        <dt>{t('settings.about.schema')}</dt>
        <dd>{CURRENT_SCHEMA_VERSION}</dd>
      </dl>
      <h3>{t('settings.sources')}</h3>
      <ul className="links">
        {SOURCES.map((source) => (
          <li key={source.url}>
            <a href={source.url} title={t('settings.sources.hint')}>
              {t(source.key)} <Icon name="external" size={14} />
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
