/** Settings → App lock: turn on (passphrase twice, idle time, encrypt automatic backups), change the idle time, lock now, turn off. */
import { useState, type FormEvent } from 'react';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { IDLE_CHOICES } from '../../db/backup-settings';
import { automaticBackupKey, checkPassphrase, createAppLock, setSessionBackupKey } from './app-lock';
import { useLockNow } from './AppLockGuard';
import { PassphrasePair, passphraseAcceptable } from './PassphrasePair';
import './backup.css';

type LockFormState = 'idle' | 'working' | 'wrong' | 'saved';

export function AppLockSection() {
  const { t, settings, updateSetting } = useApp();
  const lockNow = useLockNow();
  const lock = settings.appLock;
  const [pair, setPair] = useState({ value: '', repeat: '' });
  const [idleMinutes, setIdleMinutes] = useState<number>(lock?.idleMinutes ?? 15);
  const [encryptBackups, setEncryptBackups] = useState(false);
  const [current, setCurrent] = useState('');
  const [state, setState] = useState<LockFormState>('idle');

  /** Runs one change of the lock; whatever happens, the form does not stay 'working' (a failure is shown on the area). */
  const working = (change: () => Promise<LockFormState>) => {
    setState('working');
    runTask(async () => {
      let next: LockFormState = 'idle';
      try {
        next = await change();
      } finally {
        setState(next);
      }
    });
  };

  const turnOn = (event: FormEvent) => {
    event.preventDefault();
    if (!passphraseAcceptable(pair.value, pair.repeat)) return;
    working(async () => {
      const setting = await createAppLock(pair.value, { idleMinutes, encryptBackups });
      setSessionBackupKey(encryptBackups ? await automaticBackupKey(setting, pair.value) : undefined);
      await updateSetting('appLock', setting);
      setPair({ value: '', repeat: '' });
      return 'saved';
    });
  };

  const turnOff = (event: FormEvent) => {
    event.preventDefault();
    if (!lock) return;
    working(async () => {
      if (!(await checkPassphrase(lock, current))) {
        setCurrent('');
        return 'wrong';
      }
      setSessionBackupKey(undefined);
      await updateSetting('appLock', null);
      setCurrent('');
      return 'saved';
    });
  };

  const changeIdle = async (minutes: number) => {
    setIdleMinutes(minutes);
    if (lock) {
      await updateSetting('appLock', { ...lock, idleMinutes: minutes });
      setState('saved');
    }
  };

  const idleSelect = (
    <label className="field">
      <span>{t('lock.settings.idle')}</span>
      <select name="lockIdle" value={lock?.idleMinutes ?? idleMinutes} onChange={(e) => runTask(changeIdle(Number(e.target.value)))}>
        {IDLE_CHOICES.map((minutes) => (
          <option key={minutes} value={minutes}>
            {minutes === 0 ? t('lock.settings.idle.0') : t('lock.settings.idle.n', { count: minutes })}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="card" aria-labelledby="lock-settings-title" data-testid="app-lock-section">
      <h2 id="lock-settings-title">{t('lock.settings.title')}</h2>
      <p className={lock ? 'status status--ok' : 'status status--warn'} data-testid="app-lock-state">
        {!lock ? t('lock.settings.off') : lock.idleMinutes === 0 ? t('lock.settings.on') : t('lock.settings.onIdle', { count: lock.idleMinutes })}
        {lock?.encryptBackups ? ` ${t('lock.settings.encrypt')}.` : ''}
      </p>
      {!lock ? (
        <form onSubmit={turnOn}>
          <PassphrasePair idPrefix="lock" value={pair.value} repeat={pair.repeat} onChange={(value, repeat) => setPair({ value, repeat })} />
          {idleSelect}
          <label className="check">
            <input type="checkbox" name="lockEncryptBackups" checked={encryptBackups} onChange={(e) => setEncryptBackups(e.target.checked)} />{' '}
            {t('lock.settings.encrypt')}
          </label>
          {encryptBackups && (
            <p>
              <small>{t('lock.settings.encryptHint')}</small>
            </p>
          )}
          <p>
            <small>{t('lock.settings.hint')}</small>
          </p>
          <div className="button-row">
            <button type="submit" className="btn btn--primary" disabled={state === 'working' || !passphraseAcceptable(pair.value, pair.repeat)}>
              {t('lock.settings.turnOn')}
            </button>
          </div>
        </form>
      ) : (
        <form onSubmit={turnOff}>
          {idleSelect}
          <div className="button-row">
            <button type="button" className="btn" onClick={lockNow}>
              {t('lock.settings.lockNow')}
            </button>
          </div>
          <div className="field">
            <label htmlFor="lock-current">{t('lock.settings.current')}</label>
            <input
              id="lock-current"
              type="password"
              name="lockCurrent"
              autoComplete="current-password"
              value={current}
              aria-invalid={state === 'wrong'}
              aria-describedby={state === 'wrong' ? 'lock-off-wrong' : undefined}
              onChange={(e) => setCurrent(e.target.value)}
            />
            {state === 'wrong' && (
              <small id="lock-off-wrong" className="field-error" role="alert">
                {t('lock.wrong')}
              </small>
            )}
          </div>
          <div className="button-row">
            <button type="submit" className="btn" disabled={state === 'working' || current.length === 0}>
              {t('lock.settings.turnOff')}
            </button>
          </div>
        </form>
      )}
      {state === 'saved' && (
        <p className="status-line" role="status">
          {t('lock.settings.saved')}
        </p>
      )}
    </section>
  );
}
