/**
 * What the diagnostics report says about the settings: the choices that explain behaviour, never
 * their contents — no organisation profile, grounds texts or commission names, no app-lock verifier
 * or salts, no backup path.
 */
import type { Settings } from '../../db/settings-repository';

export interface SettingsSummary {
  readonly locale: Settings['locale'];
  readonly displayTimeZone: string;
  readonly closeOfBusiness: string;
  readonly deadlineTerms: Readonly<Record<string, number>>;
  readonly orgProfile: 'filled' | 'empty';
  readonly groundsLibrary: { readonly edited: number; readonly added: number };
  readonly actDefaults: 'filled' | 'empty';
  readonly appLock: { readonly idleMinutes: number; readonly encryptBackups: boolean } | 'off';
  readonly lastBackup: { readonly at: string; readonly kind: string; readonly size: number; readonly verified: boolean; readonly encrypted: boolean } | null;
}

export function settingsSummary(settings: Settings): SettingsSummary {
  const { appLock, lastBackup } = settings;
  return {
    locale: settings.locale,
    displayTimeZone: settings.displayTimeZone,
    closeOfBusiness: settings.closeOfBusiness,
    deadlineTerms: { ...settings.deadlineTerms },
    orgProfile: settings.orgProfile ? 'filled' : 'empty',
    groundsLibrary: { edited: Object.keys(settings.groundsLibrary.overrides).length, added: settings.groundsLibrary.custom.length },
    actDefaults: settings.actDefaults ? 'filled' : 'empty',
    appLock: appLock ? { idleMinutes: appLock.idleMinutes, encryptBackups: appLock.encryptBackups } : 'off',
    lastBackup: lastBackup
      ? { at: lastBackup.at, kind: lastBackup.kind, size: lastBackup.size, verified: lastBackup.verified, encrypted: lastBackup.encrypted }
      : null,
  };
}
