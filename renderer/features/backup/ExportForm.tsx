/** "Export to a file…": all data, optionally protected with a passphrase typed twice. */
import { useState, type FormEvent } from 'react';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { PassphrasePair, passphraseAcceptable } from './PassphrasePair';
import type { BackupWriter } from './use-backup-writer';

export function ExportForm({ writer, onDone }: { writer: BackupWriter; onDone: () => void }) {
  const { t } = useApp();
  const [encrypt, setEncrypt] = useState(false);
  const [passphrase, setPassphrase] = useState({ value: '', repeat: '' });
  const acceptable = !encrypt || passphraseAcceptable(passphrase.value, passphrase.repeat);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!acceptable) return;
    runTask(async () => {
      if (await writer.write({ kind: 'export', passphrase: encrypt ? passphrase.value : undefined })) onDone();
    });
  };

  return (
    <form className="backup-panel" onSubmit={submit} data-testid="export-form">
      <h3>{t('backup.export.title')}</h3>
      <label className="check">
        <input type="checkbox" name="exportEncrypt" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} /> {t('backup.export.encrypt')}
      </label>
      {encrypt && (
        <>
          <PassphrasePair
            idPrefix="export"
            value={passphrase.value}
            repeat={passphrase.repeat}
            onChange={(value, repeat) => setPassphrase({ value, repeat })}
          />
          <p>
            <small>{t('backup.export.hint')}</small>
          </p>
        </>
      )}
      <div className="button-row">
        <button type="submit" className="btn btn--primary" disabled={writer.busy || !acceptable}>
          {t('backup.export.start')}
        </button>
        <button type="button" className="btn" onClick={onDone}>
          {t('backup.cancel')}
        </button>
      </div>
    </form>
  );
}
