/** When the last backup was made and how it was kept; in the desktop app, where backups go and how many are kept. */
import type { BackupFolderStatus } from '../../../shared/ipc';
import { useApp } from '../../app/app-context';
import { formatBytes, formatDateTime } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';

export function LastBackupStatus({ folder }: { folder: BackupFolderStatus | undefined }) {
  const { t, settings } = useApp();
  const last = settings.lastBackup;
  return (
    <>
      <dl className="facts">
        <dt>{t('backup.last')}</dt>
        <dd data-testid="last-backup">
          {last
            ? [
                formatDateTime(new Date(last.at), settings.displayTimeZone),
                t(`backup.kind.${last.kind}` as MessageKey),
                formatBytes(last.size, settings.locale),
                t(last.verified ? 'backup.last.verified' : 'backup.last.downloaded'),
                ...(last.encrypted ? [t('backup.last.encrypted')] : []),
              ].join(' · ')
            : t('backup.last.none')}
        </dd>
        {folder && (
          <>
            <dt>{t('backup.folder')}</dt>
            <dd>
              <span className="backup-path" data-testid="backup-folder">
                {folder.folder}
              </span>{' '}
              {folder.isDefaultFolder ? t('backup.folder.default') : ''}
            </dd>
          </>
        )}
      </dl>
      {folder ? (
        <p>
          <small>{t('backup.rotation', { ...folder.keep })}</small>
        </p>
      ) : (
        <p className="status status--warn">{t('backup.browserNote')}</p>
      )}
    </>
  );
}
