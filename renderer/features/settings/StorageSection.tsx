import { useApp } from '../../app/app-context';
import { useAsyncData } from '../../app/use-async-data';
import { LoadFailed } from '../../components/LoadFailed';
import { requestPersistentStorage, storageUse, type PersistenceState, type StorageUse } from '../../db/storage';
import { formatBytes } from '../../i18n/format';

/** Free space below which Settings warns: under 10 % of the quota or under 500 MB. */
export const isStorageLow = (use: StorageUse): boolean =>
  use.quota > 0 && (use.quota - use.usage < use.quota * 0.1 || use.quota - use.usage < 500 * 1024 * 1024);

const PERSISTENCE_KEY = {
  persisted: 'settings.storage.persisted',
  'not-persisted': 'settings.storage.notPersisted',
  unsupported: 'settings.storage.unsupported',
} as const satisfies Record<PersistenceState, string>;

export function StorageSection() {
  const { t, settings } = useApp();
  const persisted = useAsyncData(() => requestPersistentStorage(), []);
  const used = useAsyncData(() => storageUse(), []);
  const persistence = persisted.status === 'ready' ? persisted.value : undefined;
  const use = used.status === 'ready' ? used.value : undefined;
  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings.storage')}</h2>
      {persistence && (
        <p className={persistence === 'persisted' ? 'status status--ok' : 'status status--warn'} data-testid="persistence">
          {t(PERSISTENCE_KEY[persistence])}
        </p>
      )}
      {used.status === 'error' && <LoadFailed error={used.error} onRetry={used.reload} />}
      {use && (
        <p data-testid="storage-usage">
          {t('settings.storage.usage', {
            usage: formatBytes(use.usage, settings.locale),
            quota: formatBytes(use.quota, settings.locale),
          })}
        </p>
      )}
      {use && isStorageLow(use) && (
        <p className="status status--warn" role="alert" data-testid="storage-low">
          {t('backup.storage.low', { free: formatBytes(Math.max(0, use.quota - use.usage), settings.locale) })}
        </p>
      )}
    </section>
  );
}
