/** The one line under the Backups buttons, and the notice a restore leaves for after the reload. */
import type { Translate } from '../../app/app-context';
import { RESTORED_FLASH_KEY, type RestoredFlash } from './backup-actions';

export type Notice = { readonly tone: 'ok' | 'warn' | 'bad'; readonly text: string } | undefined;

/** The restore's notice, shown once: read and removed. */
export function takeRestoredNotice(t: Translate): Notice {
  const raw = sessionStorage.getItem(RESTORED_FLASH_KEY);
  if (!raw) return undefined;
  sessionStorage.removeItem(RESTORED_FLASH_KEY);
  try {
    const flash = JSON.parse(raw) as RestoredFlash;
    return { tone: 'ok', text: t('backup.restore.done', { ...flash }) };
  } catch {
    return undefined;
  }
}
