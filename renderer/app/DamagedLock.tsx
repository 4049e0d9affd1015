/**
 * The app lock stored on this computer does not validate, so the passphrase cannot be checked: the app stays
 * shut (fail closed). The way out is to start over — delete the data on this computer, after typing a word to
 * confirm — and restore a backup (Settings → Backups and restore), which the backup folder still holds.
 */
import { useState } from 'react';
import type { Locale } from '../../shared/locale';
import { translate } from '../i18n/messages';
import { runTask } from './run-task';

export function DamagedLock({ locale, erase, reload }: { locale: Locale; erase: () => Promise<void>; reload: () => void }) {
  const word = translate(locale, 'lock.damaged.word');
  const [typed, setTyped] = useState('');
  const start = async () => {
    await erase();
    reload();
  };
  return (
    <div className="lock-screen" role="alertdialog" aria-labelledby="lock-damaged-title" data-testid="lock-damaged" lang={locale}>
      <div className="lock-screen__card">
        <h1 id="lock-damaged-title">{translate(locale, 'lock.damaged.title')}</h1>
        <p>{translate(locale, 'lock.damaged.body')}</p>
        <p>{translate(locale, 'lock.damaged.recovery')}</p>
        <label>
          {translate(locale, 'lock.damaged.confirm', { word })}{' '}
          <input value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" data-testid="lock-damaged-word" />
        </label>
        <div className="button-row">
          <button type="button" className="btn btn--danger" disabled={typed.trim() !== word} onClick={() => runTask(start)}>
            {translate(locale, 'lock.damaged.erase')}
          </button>
        </div>
      </div>
    </div>
  );
}
