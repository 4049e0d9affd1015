/**
 * Locks the app after the idle time set in Settings → App lock (and on "Lock now"). While locked the
 * app stays mounted (nothing typed is lost) but hidden, and only the lock screen is shown.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { profilePeople } from '../../../shared/documents/profile-schema';
import { useApp } from '../../app/app-context';
import { resolveActor } from '../../db/actor';
import { automaticBackupKey, setSessionBackupKey } from './app-lock';
import { LockScreen } from './LockScreen';

const ACTIVITY_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 5_000;

const LockNow = createContext<() => void>(() => undefined);
export const useLockNow = (): (() => void) => useContext(LockNow);

export function AppLockGuard({ children }: { children: ReactNode }) {
  const { settings, updateSetting } = useApp();
  const lock = settings.appLock;
  const [locked, setLocked] = useState(false);
  const lastActivity = useRef(0);

  useEffect(() => {
    if (!lock || lock.idleMinutes === 0) return;
    lastActivity.current = Date.now();
    const bump = () => {
      lastActivity.current = Date.now();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, bump, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      if (Date.now() - lastActivity.current >= lock.idleMinutes * 60_000) setLocked(true);
    }, CHECK_EVERY_MS);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, bump, { capture: true });
      window.clearInterval(timer);
    };
  }, [lock]);

  const lockNow = useCallback(() => {
    if (lock) setLocked(true);
  }, [lock]);

  const unlocked = async (passphrase: string, actor: string | undefined) => {
    if (lock?.encryptBackups) setSessionBackupKey(await automaticBackupKey(lock, passphrase));
    if (actor !== undefined && actor !== resolveActor(settings.actor, settings.orgProfile)) await updateSetting('actor', actor);
    lastActivity.current = Date.now();
    setLocked(false);
  };

  return (
    <LockNow.Provider value={lockNow}>
      {locked && lock && (
        <LockScreen
          locale={settings.locale}
          lock={lock}
          people={profilePeople(settings.orgProfile)}
          actor={resolveActor(settings.actor, settings.orgProfile)}
          onUnlocked={unlocked}
        />
      )}
      <div className={locked && lock ? 'lock-hidden' : 'lock-contents'} aria-hidden={locked && lock ? true : undefined}>
        {children}
      </div>
    </LockNow.Provider>
  );
}
