/** The desktop app's backup folder, newest first; any file can be restored from. */
import type { BackupFolderStatus } from '../../../shared/ipc';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { formatBytes, formatDateTime } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';
import type { Notice } from './backup-notice';
import type { ChosenFile } from './restore-read';

export function BackupFolderList(props: { folder: BackupFolderStatus; onChosen: (file: ChosenFile) => void; onNotice: (notice: Notice) => void }) {
  const { t, settings, platform } = useApp();

  const restoreFrom = async (fileName: string) => {
    props.onNotice(undefined);
    const read = await platform.readBackup(fileName);
    if (read.ok) props.onChosen({ fileName, bytes: read.value });
    else props.onNotice({ tone: 'bad', text: t('backup.restore.failed', { detail: read.message }) });
  };

  return (
    <>
      <h3>{t('backup.list')}</h3>
      {props.folder.entries.length === 0 ? (
        <p>{t('backup.list.empty')}</p>
      ) : (
        <ul className="backup-list" data-testid="backup-list">
          {props.folder.entries.map((entry) => (
            <li key={entry.fileName}>
              <span>
                {formatDateTime(new Date(entry.createdAt), settings.displayTimeZone)} · {t(`backup.kind.${entry.kind}` as MessageKey)} ·{' '}
                {formatBytes(entry.size, settings.locale)}
              </span>
              <button type="button" className="btn btn--small" onClick={() => runTask(restoreFrom(entry.fileName))}>
                {t('backup.restoreFrom')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
