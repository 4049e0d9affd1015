/**
 * The daily automatic backup (Electron): at start and then every half hour, asks main whether a
 * backup is due today (no daily or manual one yet, in main's clock and zone) and writes one if so.
 * Nothing is shown; the result is the "last backup" line of Settings → Backups. A browser cannot
 * write files silently, so there it does nothing (the panel says so).
 */
import { useEffect } from 'react';
import { useApp } from '../../app/app-context';
import { runTask } from '../../app/run-task';
import { sessionBackupKey } from './app-lock';
import { writeBackup } from './backup-actions';

const CHECK_EVERY_MS = 30 * 60_000;

export function AutomaticBackups() {
  const { platform, settings, updateSetting } = useApp();
  const lock = settings.appLock;
  const zone = settings.displayTimeZone;

  useEffect(() => {
    if (!platform.automaticBackups) return;
    let running = false;
    let stopped = false;
    const check = async () => {
      if (running || stopped) return;
      running = true;
      try {
        const status = await platform.backupStatus();
        if (!status.ok || !status.value.dailyDue) return;
        const encryptWith = lock?.encryptBackups ? sessionBackupKey() : undefined;
        // Encryption was asked for but this session has no key (should not happen: the lock asks at start).
        if (lock?.encryptBackups && !encryptWith) return;
        const info = await platform.appInfo();
        const written = await writeBackup(platform, 'daily', { appVersion: info.version, timeZone: zone, encryptWith });
        if (written.ok && !stopped) await updateSetting('lastBackup', written.value);
        else if (!written.ok) console.warn(`daily backup failed: ${written.error}`);
      } finally {
        running = false;
      }
    };
    runTask(check);
    const timer = window.setInterval(() => runTask(check), CHECK_EVERY_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [platform, lock, zone, updateSetting]);

  return null;
}
