/**
 * What happens before the database is opened with the app's schema:
 * 1. The stored database is inspected without a schema (never upgrades): version, language, app lock.
 * 2. With the app lock on, the lock screen asks for the passphrase (and, when automatic backups are
 *    encrypted, derives this session's backup key from it).
 * 3. If the stored version is older than the app's, a backup of the old data is written first —
 *    Electron: into the backup folder, read back and verified by main; browser: kept in a separate
 *    IndexedDB database (renderer/db/pre-upgrade-keep.ts), read back — and only then may the app open
 *    the database, which runs the upgrade. If the backup cannot be written, the app stops here with a
 *    message and the data stays at its old version, untouched.
 */
import type { ReactNode } from 'react';
import type { Root } from 'react-dom/client';
import type { BackupManifest } from '../../shared/backup/format';
import type { Locale } from '../../shared/locale';
import { DATABASE_NAME } from '../db/database-name';
import { keepPreUpgradeCopy } from '../db/pre-upgrade-keep';
import { CURRENT_SCHEMA_VERSION } from '../db/schema';
import { backupBeforeUpgrade, eraseStoredDatabase, inspectStoredDatabase, isNewerThanApp, needsUpgrade } from '../db/upgrade-guard';
import { DamagedLock } from './DamagedLock';
import { exportFileName } from '../db/backup-snapshot';
import { DEFAULT_SETTINGS } from '../db/settings-repository';
import { automaticBackupKey, sessionBackupKey, setSessionBackupKey } from '../features/backup/app-lock';
import { LockScreen } from '../features/backup/LockScreen';
import { translate } from '../i18n/messages';
import type { Platform } from '../platform/platform';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorSurface } from './ErrorSurface';
import { reloadAt } from './routes';
import { runTask } from './run-task';

/** Before the shell there is no case list to go back to: start again there. */
const reloadAtCases = (reload: () => void) => () => reloadAt('cases', reload);

/** The screens before the shell (lock, pre-upgrade backup) inside a boundary of their own. */
function StartupBoundary(props: { locale: Locale; platform: Platform; reload: () => void; children: ReactNode }) {
  return (
    <ErrorBoundary area="startup" variant="screen" locale={props.locale} platform={props.platform} resetKey="" onBack={reloadAtCases(props.reload)}>
      {props.children}
    </ErrorBoundary>
  );
}

/** The app could not start (settings unreadable, the database would not open): said, not a blank window. */
export function renderStartupFailure(
  root: Root,
  platform: Platform,
  locale: Locale,
  error: unknown,
  reload: () => void = () => window.location.reload(),
): void {
  root.render(
    <ErrorSurface failure={{ error, source: 'startup' }} area="startup" locale={locale} platform={platform} variant="screen" onBack={reloadAtCases(reload)} />,
  );
}

/**
 * The app stops before opening the database, so Settings cannot be reached: in Electron the backup
 * folder (an unplugged drive, a full disk) can be changed right here, and the backup is tried again.
 */
function UpgradeBackupFailed({ locale, detail, platform, reload }: { locale: Locale; detail: string; platform: Platform; reload: () => void }) {
  const chooseFolder = async () => {
    const chosen = await platform.chooseBackupFolder();
    if (chosen.ok && chosen.value.status === 'chosen') reload();
  };
  return (
    <div className="lock-screen" role="alertdialog" aria-labelledby="upgrade-failed-title" data-testid="upgrade-backup-failed" lang={locale}>
      <div className="lock-screen__card">
        <h1 id="upgrade-failed-title">{translate(locale, 'backup.upgrade.failedTitle')}</h1>
        <p>{translate(locale, 'backup.upgrade.failed', { detail })}</p>
        <div className="button-row">
          <button type="button" className="btn btn--primary" onClick={() => reload()}>
            {translate(locale, 'backup.upgrade.retry')}
          </button>
          {platform.automaticBackups && (
            <button type="button" className="btn" onClick={() => runTask(chooseFolder)}>
              {translate(locale, 'backup.folder.choose')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}

/** Writes the pre-upgrade backup where the platform can; rejects unless it is safely stored. */
export function preUpgradeWriter(platform: Platform): (bytes: Uint8Array, manifest: BackupManifest) => Promise<void> {
  return async (bytes, manifest) => {
    if (platform.automaticBackups) {
      const written = await platform.writeBackup('pre-upgrade', 'pre-upgrade.json', bytes);
      if (!written.ok) throw new Error(`${written.error}: ${written.message}`);
      if (written.value.status !== 'written' || !written.value.written.verified) throw new Error('the backup was not verified');
      return;
    }
    const name = exportFileName(new Date(manifest.createdAt), 'UTC', `qorgau-pre-upgrade-v${manifest.schemaVersion}`);
    await keepPreUpgradeCopy(name, bytes, manifest);
  };
}

/** Resolves true when the app may open the database; false when it must stop (a screen says why). */
export async function prepareDatabase(platform: Platform, root: Root, reload: () => void = () => window.location.reload()): Promise<boolean> {
  const stored = await inspectStoredDatabase({ name: DATABASE_NAME });
  const locale = stored.locale ?? DEFAULT_SETTINGS.locale;
  document.documentElement.lang = locale;
  if (isNewerThanApp(stored)) {
    // An older build never opens a newer database: it would not know its records (and Dexie would open it anyway).
    root.render(
      <StartupBoundary locale={locale} platform={platform} reload={reload}>
        <div className="lock-screen" role="alertdialog" aria-labelledby="db-newer-title" data-testid="database-newer" lang={locale}>
          <div className="lock-screen__card">
            <h1 id="db-newer-title">{translate(locale, 'startup.newer.title')}</h1>
            <p>{translate(locale, 'startup.newer.body', { version: stored.version, current: CURRENT_SCHEMA_VERSION })}</p>
          </div>
        </div>
      </StartupBoundary>,
    );
    return false;
  }
  const lock = stored.appLock;
  if (lock === 'damaged') {
    // Fail closed: a lock that cannot be checked keeps the app shut; the way out is to start over from a backup.
    root.render(
      <StartupBoundary locale={locale} platform={platform} reload={reload}>
        <DamagedLock locale={locale} erase={() => eraseStoredDatabase({ name: DATABASE_NAME })} reload={reload} />
      </StartupBoundary>,
    );
    return false;
  }
  if (lock) {
    await new Promise<void>((resolve) => {
      root.render(
        <StartupBoundary locale={locale} platform={platform} reload={reload}>
          <LockScreen
            locale={locale}
            lock={lock}
            onUnlocked={async (passphrase) => {
              if (lock.encryptBackups) setSessionBackupKey(await automaticBackupKey(lock, passphrase));
              resolve();
            }}
          />
        </StartupBoundary>,
      );
    });
  }
  if (!needsUpgrade(stored)) return true;
  try {
    const info = await platform.appInfo();
    await backupBeforeUpgrade({ name: DATABASE_NAME }, { appVersion: info.version, encryptWith: sessionBackupKey(), write: preUpgradeWriter(platform) });
    return true;
  } catch (error) {
    root.render(
      <StartupBoundary locale={locale} platform={platform} reload={reload}>
        <UpgradeBackupFailed locale={locale} platform={platform} reload={reload} detail={error instanceof Error ? error.message : String(error)} />
      </StartupBoundary>,
    );
    return false;
  }
}
