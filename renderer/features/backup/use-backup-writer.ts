/**
 * Back up now and export: one write at a time (both buttons wait while one runs), the outcome said
 * in the notice, the last backup recorded. The busy flag is cleared however the write ends.
 */
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { errorMessage } from '../../app/failure';
import type { MessageKey } from '../../i18n/messages';
import { BackupKeyMissingError, requiredBackupKey } from './app-lock';
import { exportKey, writeBackup } from './backup-actions';
import type { Notice } from './backup-notice';

export type BackupRequest = { readonly kind: 'manual' } | { readonly kind: 'export'; readonly passphrase: string | undefined };

export interface BackupWriter {
  readonly busy: boolean;
  /** Resolves true when the backup was written (never rejects: a failure is said in the notice). */
  readonly write: (request: BackupRequest) => Promise<boolean>;
}

export function useBackupWriter(onNotice: (notice: Notice) => void): BackupWriter {
  const { t, settings, platform, updateSetting } = useApp();
  const [busy, setBusy] = useState(false);

  const write = async (request: BackupRequest): Promise<boolean> => {
    setBusy(true);
    onNotice(undefined);
    try {
      const info = await platform.appInfo();
      const encryptWith =
        request.kind === 'export' ? (request.passphrase !== undefined ? await exportKey(request.passphrase) : undefined) : requiredBackupKey(settings.appLock);
      const written = await writeBackup(platform, request.kind, { appVersion: info.version, timeZone: settings.displayTimeZone, encryptWith });
      if (!written.ok) {
        onNotice(
          written.error === 'canceled'
            ? { tone: 'warn', text: t('backup.canceled') }
            : { tone: 'bad', text: t('backup.writeFailed', { detail: written.message }) },
        );
        return false;
      }
      await updateSetting('lastBackup', written.value);
      const key: MessageKey = request.kind === 'export' ? 'backup.exported' : written.value.verified ? 'backup.written' : 'backup.downloaded';
      onNotice({ tone: 'ok', text: t(key, { where: written.value.where }) });
      return true;
    } catch (error) {
      if (error instanceof BackupKeyMissingError) onNotice({ tone: 'bad', text: t('backup.needsKey') });
      else onNotice({ tone: 'bad', text: t('backup.writeFailed', { detail: errorMessage(error) }) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { busy, write };
}
