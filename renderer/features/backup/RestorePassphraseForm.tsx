/** An encrypted file: its passphrase, and after a wrong one, that it was wrong (nothing changed). */
import { useState, type FormEvent } from 'react';
import { useApp } from '../../app/app-context';

export function RestorePassphraseForm({ wrong, onSubmit, onCancel }: { wrong: boolean; onSubmit: (passphrase: string) => void; onCancel: () => void }) {
  const { t } = useApp();
  const [passphrase, setPassphrase] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(passphrase);
  };

  return (
    <form onSubmit={submit}>
      <p>{t('backup.restore.encrypted')}</p>
      <label className="field">
        <span>{t('backup.export.passphrase')}</span>
        <input
          type="password"
          name="restorePassphrase"
          autoComplete="off"
          autoFocus
          value={passphrase}
          aria-invalid={wrong}
          aria-describedby={wrong ? 'restore-wrong' : undefined}
          onChange={(e) => setPassphrase(e.target.value)}
        />
      </label>
      {wrong && (
        <p id="restore-wrong" className="status status--bad" role="alert" data-testid="restore-problem">
          {t('backup.problem.wrong-passphrase')} {t('backup.nothingChanged')}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="btn btn--primary" disabled={passphrase.length === 0}>
          {t('backup.restore.open')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('backup.cancel')}
        </button>
      </div>
    </form>
  );
}
