/**
 * In a browser: the copies kept before an upgrade or a restore (renderer/db/pre-upgrade-keep.ts), to
 * download or restore from. Nothing is shown while there are none (or they cannot be listed).
 */
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { useAsyncData } from '../../app/use-async-data';
import { listKeptCopies, readKeptCopy } from '../../db/pre-upgrade-keep';
import { formatBytes, formatDateTime } from '../../i18n/format';
import type { ChosenFile } from './restore-read';

export function KeptCopiesList({ onChosen }: { onChosen: (file: ChosenFile) => void }) {
  const { t, settings, platform } = useApp();
  // Listed again after each backup (a restore reloads the page anyway).
  const listed = useAsyncData(() => listKeptCopies().catch(() => []), [settings.lastBackup], { keepPrevious: true });
  const kept = listed.status === 'ready' ? listed.value : [];

  const restore = async (fileName: string) => {
    const bytes = await readKeptCopy(fileName);
    if (bytes) onChosen({ fileName, bytes });
  };

  const download = async (fileName: string) => {
    const bytes = await readKeptCopy(fileName);
    if (bytes) await platform.saveFile(fileName, bytes, [{ name: 'Qorgau backup', extensions: ['json'] }]);
  };

  if (kept.length === 0) return null;
  return (
    <>
      <h3>{t('backup.kept')}</h3>
      <ul className="backup-list" data-testid="kept-list">
        {kept.map((copy) => (
          <li key={copy.fileName}>
            <span>
              {formatDateTime(new Date(copy.createdAt), settings.displayTimeZone)} · v{copy.schemaVersion} · {formatBytes(copy.size, settings.locale)}
            </span>
            <button type="button" className="btn btn--small" onClick={() => runTask(download(copy.fileName))}>
              {t('backup.download')}
            </button>
            <button type="button" className="btn btn--small" onClick={() => runTask(restore(copy.fileName))}>
              {t('backup.restoreFrom')}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
