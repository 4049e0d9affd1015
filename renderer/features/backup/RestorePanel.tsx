/**
 * Restore from a file: the file is read and fully validated (and decrypted, asking for the
 * passphrase) before anything is shown; then a confirmation names what will be replaced (counts in
 * the file vs now); only "Replace with the file" writes: first a safe copy of the data now here
 * (backup-actions keepBeforeRestore), then the file's records in one transaction. Any problem is
 * named in the interface language and nothing changes.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { DecodedBackup } from '../../../shared/backup/codec';
import type { BackupManifest } from '../../../shared/backup/format';
import type { BackupProblem } from '../../../shared/backup/problems';
import { useApp } from '../../app/app-context';
import type { TableCounts } from '../../db/backup-restore';
import { formatDateTime } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';
import { sessionBackupKey } from './app-lock';
import { RESTORED_FLASH_KEY, keepBeforeRestore, readBackupFile, restoreFromFile, type RestoredFlash } from './backup-actions';

export interface ChosenFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

type RestoreState =
  | { readonly step: 'reading' }
  | { readonly step: 'passphrase'; readonly manifest: BackupManifest; readonly wrong: boolean }
  | { readonly step: 'confirm'; readonly backup: DecodedBackup; readonly current: TableCounts }
  | { readonly step: 'restoring' }
  | { readonly step: 'problem'; readonly problem: BackupProblem }
  | { readonly step: 'failed'; readonly detail: string };

const ROWS = [
  ['cases', 'backup.restore.cases'],
  ['documents', 'backup.restore.documents'],
  ['attachments', 'backup.restore.attachments'],
  ['audit', 'backup.restore.audit'],
] as const;

export function useProblemText(): (p: BackupProblem) => string {
  const { t } = useApp();
  return (p) => t(`backup.problem.${p.code}` as MessageKey, p.values);
}

export function RestorePanel({ file, onClose }: { file: ChosenFile; onClose: () => void }) {
  const { t, settings, platform } = useApp();
  const problemText = useProblemText();
  const [state, setState] = useState<RestoreState>({ step: 'reading' });
  const [passphrase, setPassphrase] = useState('');

  const apply = async (outcome: Awaited<ReturnType<typeof readBackupFile>>, withPassphrase: string | undefined) => {
    if (!outcome.ok) {
      if (outcome.problem.code === 'wrong-passphrase' && withPassphrase !== undefined) {
        const inspected = await readBackupFile(file.bytes, undefined);
        if (inspected.ok && inspected.value.stage === 'needs-passphrase') {
          setPassphrase('');
          setState({ step: 'passphrase', manifest: inspected.value.manifest, wrong: true });
          return;
        }
      }
      setState({ step: 'problem', problem: outcome.problem });
    } else if (outcome.value.stage === 'needs-passphrase') {
      setState({ step: 'passphrase', manifest: outcome.value.manifest, wrong: false });
    } else {
      setState({ step: 'confirm', backup: outcome.value.backup, current: outcome.value.current });
    }
  };

  const read = async (withPassphrase: string | undefined) => apply(await readBackupFile(file.bytes, withPassphrase), withPassphrase);

  useEffect(() => {
    let current = true;
    void readBackupFile(file.bytes, undefined).then((outcome) => {
      if (current) void apply(outcome, undefined);
    });
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read once per chosen file
  }, [file]);

  const submitPassphrase = (event: FormEvent) => {
    event.preventDefault();
    setState({ step: 'reading' });
    void read(passphrase);
  };

  const confirm = async (backup: DecodedBackup) => {
    setState({ step: 'restoring' });
    try {
      const info = await platform.appInfo();
      await keepBeforeRestore(platform, {
        appVersion: info.version,
        timeZone: settings.displayTimeZone,
        encryptWith: settings.appLock?.encryptBackups ? sessionBackupKey() : undefined,
      });
    } catch (error) {
      setState({ step: 'failed', detail: t('backup.restore.keepFailed', { detail: error instanceof Error ? error.message : String(error) }) });
      return;
    }
    let counts: Awaited<ReturnType<typeof restoreFromFile>>;
    try {
      counts = await restoreFromFile(backup, file.fileName);
    } catch (error) {
      // The transaction aborted: nothing was changed.
      setState({ step: 'failed', detail: error instanceof Error ? error.message : String(error) });
      return;
    }
    // The restore has committed: from here on, nothing may claim that nothing changed.
    const flash: RestoredFlash = { fileName: file.fileName, cases: counts.cases, documents: counts.documents, attachments: counts.attachments };
    try {
      sessionStorage.setItem(RESTORED_FLASH_KEY, JSON.stringify(flash));
    } catch {
      // no session storage (disabled or full): the restore stands, only the one-time notice is lost
    }
    // Every view, the settings and the language are read again from the restored database.
    window.location.reload();
  };

  return (
    <div className="backup-panel" data-testid="restore-panel" aria-live="polite">
      <h3>
        {t('backup.restore.title')}: <span className="backup-path">{file.fileName}</span>
      </h3>
      {(state.step === 'reading' || state.step === 'restoring') && <p>{t(state.step === 'reading' ? 'backup.restore.reading' : 'backup.working')}</p>}
      {state.step === 'passphrase' && (
        <form onSubmit={submitPassphrase}>
          <p>{t('backup.restore.encrypted')}</p>
          <label className="field">
            <span>{t('backup.export.passphrase')}</span>
            <input
              type="password"
              name="restorePassphrase"
              autoComplete="off"
              autoFocus
              value={passphrase}
              aria-invalid={state.wrong}
              aria-describedby={state.wrong ? 'restore-wrong' : undefined}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          </label>
          {state.wrong && (
            <p id="restore-wrong" className="status status--bad" role="alert" data-testid="restore-problem">
              {t('backup.problem.wrong-passphrase')} {t('backup.nothingChanged')}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="btn btn--primary" disabled={passphrase.length === 0}>
              {t('backup.restore.open')}
            </button>
            <button type="button" className="btn" onClick={onClose}>
              {t('backup.cancel')}
            </button>
          </div>
        </form>
      )}
      {state.step === 'confirm' && (
        <div role="alertdialog" aria-labelledby="restore-confirm-title" data-testid="restore-confirm">
          <p id="restore-confirm-title">
            <strong>{t('backup.restore.confirmTitle')}</strong>
          </p>
          <p>
            {t('backup.restore.confirmText', {
              createdAt: formatDateTime(new Date(state.backup.manifest.createdAt), settings.displayTimeZone),
              appVersion: state.backup.manifest.appVersion,
              schemaVersion: state.backup.manifest.schemaVersion,
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
                    {state.backup.counts[table]}
                  </td>
                  <td className="num" data-testid={`now-${table}`}>
                    {state.current[table]}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="button-row">
            <button type="button" className="btn btn--primary" onClick={() => void confirm(state.backup)}>
              {t('backup.restore.confirm')}
            </button>
            <button type="button" className="btn" onClick={onClose}>
              {t('backup.cancel')}
            </button>
          </div>
        </div>
      )}
      {state.step === 'problem' && (
        <div role="alert">
          <p className="status status--bad" data-testid="restore-problem">
            <strong>{t('backup.problem.title')}</strong> {problemText(state.problem)}
          </p>
          <button type="button" className="btn" onClick={onClose}>
            {t('backup.cancel')}
          </button>
        </div>
      )}
      {state.step === 'failed' && (
        <div role="alert">
          <p className="status status--bad" data-testid="restore-problem">{t('backup.restore.failed', { detail: state.detail })}</p>
          <button type="button" className="btn" onClick={onClose}>
            {t('backup.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
