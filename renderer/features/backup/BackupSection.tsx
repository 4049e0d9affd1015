/**
 * Settings → Backups and restore: the last backup, back up now, export (optionally with a
 * passphrase), restore from a chosen file, and in Electron the backup folder with its files.
 */
import { useCallback, useEffect, useState, type ChangeEvent, type FormEvent } from 'react';
import { MAX_BACKUP_BYTES } from '../../../shared/backup/format';
import { problem } from '../../../shared/backup/problems';
import type { BackupFolderStatus } from '../../../shared/ipc';
import { useApp } from '../../app/app-context';
import { listKeptCopies, readKeptCopy, type KeptCopy } from '../../db/pre-upgrade-keep';
import { formatBytes, formatDateTime } from '../../i18n/format';
import type { MessageKey } from '../../i18n/messages';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength, sessionBackupKey } from './app-lock';
import { RESTORED_FLASH_KEY, exportKey, writeBackup, type RestoredFlash } from './backup-actions';
import { RestorePanel, useProblemText, type ChosenFile } from './RestorePanel';
import './backup.css';

type Busy = 'idle' | 'working';
type Notice = { readonly tone: 'ok' | 'warn' | 'bad'; readonly text: string } | undefined;

function takeFlash(): RestoredFlash | undefined {
  const raw = sessionStorage.getItem(RESTORED_FLASH_KEY);
  if (!raw) return undefined;
  sessionStorage.removeItem(RESTORED_FLASH_KEY);
  try {
    return JSON.parse(raw) as RestoredFlash;
  } catch {
    return undefined;
  }
}

export function PassphrasePair(props: { idPrefix: string; value: string; repeat: string; onChange: (value: string, repeat: string) => void }) {
  const { t } = useApp();
  const strength = passphraseStrength(props.value);
  const mismatch = props.repeat.length > 0 && props.repeat !== props.value;
  return (
    <>
      <div className="field">
        <label htmlFor={`${props.idPrefix}-passphrase`}>{t('backup.export.passphrase')}</label>
        <input
          id={`${props.idPrefix}-passphrase`}
          type="password"
          name={`${props.idPrefix}Passphrase`}
          autoComplete="new-password"
          value={props.value}
          aria-describedby={`${props.idPrefix}-strength`}
          onChange={(e) => props.onChange(e.target.value, props.repeat)}
        />
        <small id={`${props.idPrefix}-strength`} data-testid={`${props.idPrefix}-strength`} data-strength={props.value ? strength : undefined}>
          {props.value ? t(`backup.strength.${strength}` as MessageKey, { count: MIN_PASSPHRASE_LENGTH }) : ''}
        </small>
      </div>
      <div className="field">
        <label htmlFor={`${props.idPrefix}-repeat`}>{t('backup.export.repeat')}</label>
        <input
          id={`${props.idPrefix}-repeat`}
          type="password"
          name={`${props.idPrefix}Repeat`}
          autoComplete="new-password"
          value={props.repeat}
          aria-invalid={mismatch}
          aria-describedby={mismatch ? `${props.idPrefix}-mismatch` : undefined}
          onChange={(e) => props.onChange(props.value, e.target.value)}
        />
        {mismatch && (
          <small id={`${props.idPrefix}-mismatch`} className="field-error">
            {t('backup.passphrase.mismatch')}
          </small>
        )}
      </div>
    </>
  );
}

export const passphraseAcceptable = (value: string, repeat: string): boolean => passphraseStrength(value) !== 'too-short' && value === repeat;

export function BackupSection() {
  const { t, settings, platform, updateSetting } = useApp();
  const problemText = useProblemText();
  const zone = settings.displayTimeZone;
  const [busy, setBusy] = useState<Busy>('idle');
  const [notice, setNotice] = useState<Notice>(() => {
    const flash = takeFlash();
    return flash ? { tone: 'ok', text: t('backup.restore.done', { ...flash }) } : undefined;
  });
  const [folder, setFolder] = useState<BackupFolderStatus>();
  const [kept, setKept] = useState<Omit<KeptCopy, 'bytes'>[]>([]);
  const [exporting, setExporting] = useState(false);
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState({ value: '', repeat: '' });
  const [chosen, setChosen] = useState<ChosenFile>();

  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let live = true;
    if (platform.automaticBackups) {
      void platform.backupStatus().then((status) => {
        if (live && status.ok) setFolder(status.value);
      });
    } else {
      void listKeptCopies()
        .catch(() => [])
        .then((copies) => {
          if (live) setKept(copies);
        });
    }
    return () => {
      live = false;
    };
  }, [platform, generation, settings.lastBackup]);

  const last = settings.lastBackup;

  const run = async (kind: 'manual' | 'export') => {
    setBusy('working');
    setNotice(undefined);
    try {
      const info = await platform.appInfo();
      const encryptWith =
        kind === 'export' ? (encrypt ? await exportKey(passphrase.value) : undefined) : settings.appLock?.encryptBackups ? sessionBackupKey() : undefined;
      const written = await writeBackup(platform, kind, { appVersion: info.version, timeZone: zone, encryptWith });
      if (!written.ok) {
        setNotice(written.error === 'canceled' ? { tone: 'warn', text: t('backup.canceled') } : { tone: 'bad', text: t('backup.writeFailed', { detail: written.message }) });
        return;
      }
      await updateSetting('lastBackup', written.value);
      const key: MessageKey = kind === 'export' ? 'backup.exported' : written.value.verified ? 'backup.written' : 'backup.downloaded';
      setNotice({ tone: 'ok', text: t(key, { where: written.value.where }) });
      if (kind === 'export') {
        setExporting(false);
        setPassphrase({ value: '', repeat: '' });
      }
    } catch (error) {
      setNotice({ tone: 'bad', text: t('backup.writeFailed', { detail: error instanceof Error ? error.message : String(error) }) });
    } finally {
      setBusy('idle');
    }
  };

  const submitExport = (event: FormEvent) => {
    event.preventDefault();
    if (encrypt && !passphraseAcceptable(passphrase.value, passphrase.repeat)) return;
    void run('export');
  };

  const pickFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setNotice(undefined);
    if (file.size > MAX_BACKUP_BYTES) {
      // Refused before a byte is read into memory.
      const tooLarge = problem('too-large', `${file.size} bytes`, { count: file.size, limit: MAX_BACKUP_BYTES });
      setNotice({ tone: 'bad', text: `${t('backup.problem.title')} ${problemText(tooLarge)}` });
      return;
    }
    setChosen({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  };

  const restoreFromFolder = async (fileName: string) => {
    setNotice(undefined);
    const read = await platform.readBackup(fileName);
    if (read.ok) setChosen({ fileName, bytes: read.value });
    else setNotice({ tone: 'bad', text: t('backup.restore.failed', { detail: read.message }) });
  };

  const restoreKept = async (fileName: string) => {
    const bytes = await readKeptCopy(fileName);
    if (bytes) setChosen({ fileName, bytes });
  };

  const downloadKept = async (fileName: string) => {
    const bytes = await readKeptCopy(fileName);
    if (bytes) await platform.saveFile(fileName, bytes, [{ name: 'Qorgau backup', extensions: ['json'] }]);
  };

  return (
    <section className="card card--wide" aria-labelledby="backup-title" data-testid="backup-section">
      <h2 id="backup-title">{t('backup.title')}</h2>
      <dl className="facts">
        <dt>{t('backup.last')}</dt>
        <dd data-testid="last-backup">
          {last
            ? [
                formatDateTime(new Date(last.at), zone),
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
      <div className="button-row">
        <button type="button" className="btn btn--primary" disabled={busy !== 'idle'} onClick={() => void run('manual')}>
          {t('backup.now')}
        </button>
        <button type="button" className="btn" disabled={busy !== 'idle'} aria-expanded={exporting} onClick={() => setExporting((v) => !v)}>
          {t('backup.export')}
        </button>
        <label className="btn">
          {t('backup.restore.choose')}
          <input type="file" accept=".json,application/json" hidden name="restoreFile" onChange={(e) => void pickFile(e)} />
        </label>
        {folder && (
          <>
            <button
              type="button"
              className="btn"
              onClick={() =>
                void platform.chooseBackupFolder().then((r) => {
                  if (r.ok) refresh();
                })
              }
            >
              {t('backup.folder.choose')}
            </button>
            <button type="button" className="btn" onClick={() => void platform.openBackupFolder()}>
              {t('backup.folder.open')}
            </button>
          </>
        )}
      </div>
      {busy === 'working' && <p className="status-line">{t('backup.working')}</p>}
      {notice && (
        <p className={`status status--${notice.tone}`} role={notice.tone === 'bad' ? 'alert' : 'status'} data-testid="backup-notice">
          {notice.text}
        </p>
      )}
      {exporting && (
        <form className="backup-panel" onSubmit={submitExport} data-testid="export-form">
          <h3>{t('backup.export.title')}</h3>
          <label className="check">
            <input type="checkbox" name="exportEncrypt" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} /> {t('backup.export.encrypt')}
          </label>
          {encrypt && (
            <>
              <PassphrasePair idPrefix="export" value={passphrase.value} repeat={passphrase.repeat} onChange={(value, repeat) => setPassphrase({ value, repeat })} />
              <p>
                <small>{t('backup.export.hint')}</small>
              </p>
            </>
          )}
          <div className="button-row">
            <button type="submit" className="btn btn--primary" disabled={busy !== 'idle' || (encrypt && !passphraseAcceptable(passphrase.value, passphrase.repeat))}>
              {t('backup.export.start')}
            </button>
            <button type="button" className="btn" onClick={() => setExporting(false)}>
              {t('backup.cancel')}
            </button>
          </div>
        </form>
      )}
      {chosen && <RestorePanel key={`${chosen.fileName}:${chosen.bytes.length}`} file={chosen} onClose={() => setChosen(undefined)} />}
      {folder && (
        <>
          <h3>{t('backup.list')}</h3>
          {folder.entries.length === 0 ? (
            <p>{t('backup.list.empty')}</p>
          ) : (
            <ul className="backup-list" data-testid="backup-list">
              {folder.entries.map((entry) => (
                <li key={entry.fileName}>
                  <span>
                    {formatDateTime(new Date(entry.createdAt), zone)} · {t(`backup.kind.${entry.kind}` as MessageKey)} · {formatBytes(entry.size, settings.locale)}
                  </span>
                  <button type="button" className="btn btn--small" onClick={() => void restoreFromFolder(entry.fileName)}>
                    {t('backup.restoreFrom')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {!folder && kept.length > 0 && (
        <>
          <h3>{t('backup.kept')}</h3>
          <ul className="backup-list" data-testid="kept-list">
            {kept.map((copy) => (
              <li key={copy.fileName}>
                <span>
                  {formatDateTime(new Date(copy.createdAt), zone)} · v{copy.schemaVersion} · {formatBytes(copy.size, settings.locale)}
                </span>
                <button type="button" className="btn btn--small" onClick={() => void downloadKept(copy.fileName)}>
                  {t('backup.download')}
                </button>
                <button type="button" className="btn btn--small" onClick={() => void restoreKept(copy.fileName)}>
                  {t('backup.restoreFrom')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
