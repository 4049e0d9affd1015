/**
 * The lock screen: asked at start (before the database is opened) and after idle time. Rendered
 * outside the app context too, so it takes its language as a prop (the stored interface language)
 * and lets the DPO switch it for this screen only.
 */
import { useState, type FormEvent } from 'react';
import { LOCALES, type Locale } from '../../../shared/locale';
import type { ProfilePerson } from '../../../shared/documents/profile-schema';
import type { AppLockSetting } from '../../db/backup-settings';
import { runTask } from '../../app/run-task';
import { translate, type MessageKey } from '../../i18n/messages';
import { checkPassphrase } from './app-lock';
import './backup.css';

type LockState = 'idle' | 'checking' | 'wrong';

export function LockScreen(props: {
  locale: Locale;
  lock: AppLockSetting;
  /** The people who may act (a shared computer): who unlocks is chosen here. */
  people?: readonly ProfilePerson[] | undefined;
  actor?: string | undefined;
  onUnlocked: (passphrase: string, actor: string | undefined) => void | Promise<void>;
}) {
  const [locale, setLocale] = useState(props.locale);
  const [actor, setActor] = useState(props.actor);
  const [passphrase, setPassphrase] = useState('');
  const [state, setState] = useState<LockState>('idle');
  const t = (key: MessageKey) => translate(locale, key);

  const check = async () => {
    let next: LockState = 'idle';
    try {
      if (await checkPassphrase(props.lock, passphrase)) {
        await props.onUnlocked(passphrase, actor);
      } else {
        next = 'wrong';
      }
    } finally {
      // Never left 'checking' (the button disabled for good) when checking or unlocking throws.
      setPassphrase('');
      setState(next);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setState('checking');
    runTask(check);
  };

  return (
    <div className="lock-screen" role="dialog" aria-modal="true" aria-labelledby="lock-title" data-testid="lock-screen" lang={locale}>
      <form className="lock-screen__card" onSubmit={submit}>
        <div className="lock-screen__langs" role="group">
          {LOCALES.map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={l === locale} onClick={() => setLocale(l)}>
              {l === 'kk' ? 'ҚАЗ' : l === 'ru' ? 'РУС' : 'ENG'}
            </button>
          ))}
        </div>
        <h1 id="lock-title">{t('lock.title')}</h1>
        <p>{t('lock.hint')}</p>
        <label className="field">
          <span>{t('lock.passphrase')}</span>
          <input
            type="password"
            name="lockPassphrase"
            autoComplete="current-password"
            autoFocus
            value={passphrase}
            aria-invalid={state === 'wrong'}
            aria-describedby={state === 'wrong' ? 'lock-wrong' : undefined}
            onChange={(e) => setPassphrase(e.target.value)}
          />
        </label>
        {props.people && props.people.length > 1 && (
          <label className="field">
            <span>{t('actor.label')}</span>
            <select name="lockActor" value={actor} onChange={(e) => setActor(e.target.value)}>
              {props.people.map((person) => (
                <option key={`${person.role}-${person.name}`} value={person.name}>
                  {person.name} — {t(`actor.role.${person.role}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        {state === 'wrong' && (
          <p id="lock-wrong" className="status status--bad" role="alert">
            {t('lock.wrong')}
          </p>
        )}
        <div className="button-row">
          <button type="submit" className="btn btn--primary" disabled={state === 'checking' || passphrase.length === 0}>
            {state === 'checking' ? t('lock.checking') : t('lock.unlock')}
          </button>
        </div>
      </form>
    </div>
  );
}
