/**
 * Settings → Backups and restore: the last backup, back up now, export (optionally with a
 * passphrase), restore from a chosen file, and in Electron the backup folder with its files; in a
 * browser, the copies kept before an upgrade or a restore. This component holds only what its parts
 * share: the notice, the file chosen for a restore, whether the export form is open, the folder.
 */
import { useState } from 'react';
import type { BackupFolderStatus } from '../../../shared/ipc';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { useAsyncData } from '../../app/use-async-data';
import { LoadFailed } from '../../components/LoadFailed';
import type { Platform } from '../../platform/platform';
import { BackupFolderList } from './BackupFolderList';
import { takeRestoredNotice, type Notice } from './backup-notice';
import { ExportForm } from './ExportForm';
import { FolderButtons } from './FolderButtons';
import { KeptCopiesList } from './KeptCopiesList';
import { LastBackupStatus } from './LastBackupStatus';
import { RestoreFileInput } from './RestoreFileInput';
import { RestorePanel } from './RestorePanel';
import type { ChosenFile } from './restore-read';
import { useBackupWriter } from './use-backup-writer';
import './backup.css';

/** The backup folder in the desktop app; none in a browser (or when main cannot say). */
async function backupFolder(platform: Platform): Promise<BackupFolderStatus | undefined> {
  if (!platform.automaticBackups) return undefined;
  const status = await platform.backupStatus();
  return status.ok ? status.value : undefined;
}

export function BackupSection() {
  const { t, settings, platform } = useApp();
  const [notice, setNotice] = useState<Notice>(() => takeRestoredNotice(t));
  const [exporting, setExporting] = useState(false);
  const [chosen, setChosen] = useState<ChosenFile>();
  const writer = useBackupWriter(setNotice);
  // Asked again after each backup: the folder lists the new file.
  const folderLoad = useAsyncData(() => backupFolder(platform), [platform, settings.lastBackup], { keepPrevious: true });
  const folder = folderLoad.status === 'ready' ? folderLoad.value : undefined;

  return (
    <section className="card card--wide" aria-labelledby="backup-title" data-testid="backup-section">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <LastBackupStatus folder={folder} />
      {folderLoad.status === 'error' && <LoadFailed error={folderLoad.error} onRetry={folderLoad.reload} />}
      <div className="button-row">
        <button type="button" className="btn btn--primary" disabled={writer.busy} onClick={() => runTask(writer.write({ kind: 'manual' }))}>
          {t('backup.now')}
        </button>
        <button type="button" className="btn" disabled={writer.busy} aria-expanded={exporting} onClick={() => setExporting((v) => !v)}>
          {t('backup.export')}
        </button>
        <RestoreFileInput onChosen={setChosen} onNotice={setNotice} />
        {folder && <FolderButtons onChanged={folderLoad.reload} />}
      </div>
      {writer.busy && <p className="status-line">{t('backup.working')}</p>}
      {notice && (
        <p className={`status status--${notice.tone}`} role={notice.tone === 'bad' ? 'alert' : 'status'} data-testid="backup-notice">
          {notice.text}
        </p>
      )}
      {exporting && <ExportForm writer={writer} onDone={() => setExporting(false)} />}
      {chosen && <RestorePanel key={`${chosen.fileName}:${chosen.bytes.length}`} file={chosen} onClose={() => setChosen(undefined)} />}
      {folder && <BackupFolderList folder={folder} onChosen={setChosen} onNotice={setNotice} />}
      {!platform.automaticBackups && <KeptCopiesList onChosen={setChosen} />}
    </section>
  );
}
