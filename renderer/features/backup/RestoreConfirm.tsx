/**
 * The last step of a restore: what the file holds against what is here now, and "Replace with the
 * file" — which first keeps a safe copy of the data now here (keepBeforeRestore), then writes the
 * file's records in one transaction and reloads the window on the restored database.
 */
import { useState } from 'react';
import { useEscape } from '../../app/use-escape';
import type { DecodedBackup } from '../../../shared/backup/codec';
import { useApp } from '../../app/app-context';
import { failureText } from '../../app/failure';
import { runTask } from '../../app/run-task';
import { RestoreRaceError, type TableCounts } from '../../db/backup-restore';
import { formatDateTime } from '../../i18n/format';
import { BackupKeyMissingError, requiredBackupKey } from './app-lock';
import { replaceAnchor } from '../../app/anchor-keeper';
import { RESTORED_FLASH_KEY, keepBeforeRestore, restoreFromFile, type RestoredFlash, type SafetyCopy } from './backup-actions';
import { RestoreProblem } from './RestoreProblem';
import type { ChosenFile } from './restore-read';

type ConfirmState = { readonly step: 'asking' } | { readonly step: 'restoring' } | { readonly step: 'failed'; readonly detail: string };

const ROWS = [
  ['cases', 'backup.restore.cases'],
  ['documents', 'backup.restore.documents'],
  ['attachments', 'backup.restore.attachments'],
  ['audit', 'backup.restore.audit'],
] as const;

export function RestoreConfirm(props: { file: ChosenFile; backup: DecodedBackup; current: TableCounts; onClose: () => void }) {
  const { t, settings, platform } = useApp();
  const { file, backup, current, onClose } = props;
  const [state, setState] = useState<ConfirmState>({ step: 'asking' });
  // Esc is the Cancel of the question (not while the restore runs).
  useEscape(onClose, state.step === 'asking');

  const confirm = async () => {
    setState({ step: 'restoring' });
    let copy: SafetyCopy;
    try {
      const info = await platform.appInfo();
      copy = await keepBeforeRestore(platform, {
        appVersion: info.version,
        timeZone: settings.displayTimeZone,
        encryptWith: requiredBackupKey(settings.appLock),
      });
    } catch (error) {
      const detail = error instanceof BackupKeyMissingError ? t('backup.needsKey') : failureText(t, error);
      setState({ step: 'failed', detail: t('backup.restore.keepFailed', { detail }) });
      return;
    }
    let counts: Awaited<ReturnType<typeof restoreFromFile>>;
    try {
      counts = await restoreFromFile(backup, file.fileName, copy);
    } catch (error) {
      // The transaction aborted: nothing was changed.
      setState({ step: 'failed', detail: error instanceof RestoreRaceError ? t('backup.restore.changedMeanwhile') : failureText(t, error) });
      return;
    }
    // The restore has committed: from here on, nothing may claim that nothing changed.
    // The restored trail (ending with the restore event) is the one the anchor follows from now on.
    try {
      await replaceAnchor(platform);
    } catch {
      // the anchor store failed: the restore stands; the integrity check will report the old anchor
    }
    const flash: RestoredFlash = { fileName: file.fileName, cases: counts.cases, documents: counts.documents, attachments: counts.attachments };
    try {
      sessionStorage.setItem(RESTORED_FLASH_KEY, JSON.stringify(flash));
    } catch {
      // no session storage (disabled or full): the restore stands, only the one-time notice is lost
    }
    // Every view, the settings and the language are read again from the restored database.
    window.location.reload();
  };

  if (state.step === 'restoring') return <p>{t('backup.working')}</p>;
  if (state.step === 'failed') return <RestoreProblem onClose={onClose}>{t('backup.restore.failed', { detail: state.detail })}</RestoreProblem>;
  return (
    <div role="alertdialog" aria-labelledby="restore-confirm-title" data-testid="restore-confirm">
      <p id="restore-confirm-title">
        <strong>{t('backup.restore.confirmTitle')}</strong>
      </p>
      <p>
        {t('backup.restore.confirmText', {
          createdAt: formatDateTime(new Date(backup.manifest.createdAt), settings.displayTimeZone),
          appVersion: backup.manifest.appVersion,
          schemaVersion: backup.manifest.schemaVersion,
        })}{' '}
        {t(platform.automaticBackups ? 'backup.restore.keptFirst.folder' : 'backup.restore.keptFirst.browser')}
      </p>
      <table className="backup-table">
        <thead>
          <tr>
            <th>{t('backup.restore.what')}</th>
            <th className="num">{t('backup.restore.inFile')}</th>
            <th className="num">{t('backup.restore.now')}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([table, label]) => (
            <tr key={table} data-table={table}>
              <td>{t(label)}</td>
              <td className="num" data-testid={`file-${table}`}>
                {backup.counts[table]}
              </td>
              <td className="num" data-testid={`now-${table}`}>
                {current[table]}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <button type="button" className="btn btn--primary" onClick={() => runTask(confirm)}>
          {t('backup.restore.confirm')}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('backup.cancel')}
        </button>
      </div>
    </div>
  );
}
