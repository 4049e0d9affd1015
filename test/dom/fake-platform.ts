/**
 * One fake platform for the jsdom tests: every method is a vi.fn (assert calls, or override one with
 * mockResolvedValueOnce), what the app hands it is recorded (saved files, notifications, opened and
 * printed PDFs, external links, backups, locales), and the answers can be configured. Defaults answer
 * like a cooperative browser ('browser') or desktop app ('electron', with an empty backup folder).
 */
import type { AuditAnchor } from '../../shared/audit/anchor';
import { vi, type Mock } from 'vitest';
import type { AppInfo, BackupFolderStatus, BackupWriteKind, MenuCommand } from '../../shared/ipc';
import type { Locale } from '../../shared/locale';
import type { Theme } from '../../shared/theme';
import { err, ok, type Result } from '../../shared/result';
import { attachmentSaveName, sniffViewableKind } from '../../shared/attachments/viewable';
import type { FileFilter, NotifyOutcome, Platform, PlatformError, PlatformKind, SaveOutcome } from '../../renderer/platform/platform';

export interface SavedFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly filters: readonly FileFilter[];
  /** The bytes as UTF-8 text. */
  readonly text: string;
}

export interface PdfCall {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface BackupCall {
  readonly kind: BackupWriteKind;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface FakePlatformOptions {
  readonly kind?: PlatformKind;
  /** Defaults to true for 'electron', false for 'browser'. */
  readonly automaticBackups?: boolean;
  /** Merged over the default answer; an Error makes appInfo() reject with it. */
  readonly appInfo?: Partial<AppInfo> | Error;
  /** What saveFile answers (default: 'saved' to /home/dpo/<name> in Electron, 'downloaded' in a browser). */
  readonly saveResult?: Result<SaveOutcome, PlatformError>;
  readonly notifyOutcome?: NotifyOutcome;
  readonly writeBackup?: Platform['writeBackup'];
  readonly backupStatus?: Platform['backupStatus'];
  readonly chooseBackupFolder?: Platform['chooseBackupFolder'];
  readonly readBackup?: Platform['readBackup'];
}

type Fake<K extends keyof Platform> = Platform[K] extends (...args: infer A) => infer R ? Mock<(...args: A) => R> : never;

export interface FakePlatform extends Platform {
  readonly saveFile: Fake<'saveFile'>;
  readonly printPdf: Fake<'printPdf'>;
  readonly openPdf: Fake<'openPdf'>;
  readonly openAttachment: Fake<'openAttachment'>;
  readonly saveAttachment: Fake<'saveAttachment'>;
  readonly notify: Fake<'notify'>;
  readonly appInfo: Fake<'appInfo'>;
  readonly openExternal: Fake<'openExternal'>;
  readonly setLocale: Fake<'setLocale'>;
  readonly setTheme: Fake<'setTheme'>;
  readonly onMenuCommand: Fake<'onMenuCommand'>;
  readonly writeBackup: Fake<'writeBackup'>;
  readonly backupStatus: Fake<'backupStatus'>;
  readonly chooseBackupFolder: Fake<'chooseBackupFolder'>;
  readonly openBackupFolder: Fake<'openBackupFolder'>;
  readonly readBackup: Fake<'readBackup'>;
  readonly readAnchor: Fake<'readAnchor'>;
  readonly keepAnchor: Fake<'keepAnchor'>;
  /** The anchor kept (as main's file or localStorage would keep it). */
  readonly anchor: { current: AuditAnchor | null };

  readonly saved: SavedFile[];
  readonly notifications: { readonly title: string; readonly body: string }[];
  readonly openedPdfs: PdfCall[];
  readonly printedPdfs: PdfCall[];
  /** Attachments handed to openAttachment / saveAttachment. */
  readonly openedAttachments: PdfCall[];
  readonly savedAttachments: PdfCall[];
  readonly openedExternal: string[];
  readonly backups: BackupCall[];
  readonly locales: Locale[];
  /** Every Appearance setting told to the native side, in order. */
  readonly themes: Theme[];
  /** Sends a native-menu command to the app's listeners. */
  menu(command: MenuCommand): void;
}

export const DEFAULT_BACKUP_FOLDER = '/home/dpo/.config/Qorgau/backups';

export const emptyFolder = (): BackupFolderStatus => ({
  folder: DEFAULT_BACKUP_FOLDER,
  isDefaultFolder: true,
  entries: [],
  dailyDue: false,
  keep: { daily: 14, monthly: 6, preUpgrade: 6 },
});

export function fakePlatform(options: FakePlatformOptions = {}): FakePlatform {
  const kind = options.kind ?? 'browser';
  const desktop = kind === 'electron';
  const saved: SavedFile[] = [];
  const notifications: { title: string; body: string }[] = [];
  const openedPdfs: PdfCall[] = [];
  const printedPdfs: PdfCall[] = [];
  const openedAttachments: PdfCall[] = [];
  const savedAttachments: PdfCall[] = [];
  const openedExternal: string[] = [];
  const backups: BackupCall[] = [];
  const locales: Locale[] = [];
  const themes: Theme[] = [];
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const unsupported = async () => err('unsupported' as const, 'backup folders need the desktop app');

  const info: AppInfo = {
    name: 'Qorgau',
    version: '0.1.0',
    electron: desktop ? '45.4.1' : '',
    chrome: '142.0',
    platform: desktop ? 'linux' : 'browser',
    systemLocale: 'kk-KZ',
    ...(options.appInfo instanceof Error ? {} : options.appInfo),
  };

  const writeBackup: Platform['writeBackup'] =
    options.writeBackup ??
    (async (backupKind, fileName, bytes) => {
      if (!desktop && backupKind === 'daily') return err('unsupported', 'automatic daily backups need the desktop app');
      return desktop
        ? ok({
            status: 'written',
            written: { fileName, path: `${DEFAULT_BACKUP_FOLDER}/${fileName}`, size: bytes.length, createdAt: new Date().toISOString(), verified: true },
          })
        : ok({ status: 'downloaded', fileName, size: bytes.length });
    });

  const anchor: { current: AuditAnchor | null } = { current: null };
  return {
    kind,
    automaticBackups: options.automaticBackups ?? desktop,
    saveFile: vi.fn<Platform['saveFile']>(async (fileName, bytes, filters) => {
      saved.push({ fileName, bytes, filters, text: new TextDecoder().decode(bytes) });
      return options.saveResult ?? (desktop ? ok({ status: 'saved', path: `/home/dpo/${fileName}` }) : ok({ status: 'downloaded', fileName }));
    }),
    printPdf: vi.fn<Platform['printPdf']>(async (fileName, bytes) => {
      printedPdfs.push({ fileName, bytes });
      return ok(undefined);
    }),
    openPdf: vi.fn<Platform['openPdf']>(async (fileName, bytes) => {
      openedPdfs.push({ fileName, bytes });
      return ok(undefined);
    }),
    // Like main: by content, refused when none of the viewable kinds, named for the content.
    openAttachment: vi.fn<Platform['openAttachment']>(async (fileName, bytes) => {
      openedAttachments.push({ fileName, bytes });
      return ok(sniffViewableKind(bytes) === undefined ? { status: 'refused' } : { status: 'opened' });
    }),
    saveAttachment: vi.fn<Platform['saveAttachment']>(async (fileName, bytes) => {
      savedAttachments.push({ fileName, bytes });
      const name = attachmentSaveName(fileName, sniffViewableKind(bytes));
      return desktop ? ok({ status: 'saved', path: `/home/dpo/${name}` }) : ok({ status: 'downloaded', fileName: name });
    }),
    notify: vi.fn<Platform['notify']>(async (title, body) => {
      notifications.push({ title, body });
      return options.notifyOutcome ?? 'shown';
    }),
    appInfo: vi.fn<Platform['appInfo']>(async () => {
      if (options.appInfo instanceof Error) throw options.appInfo;
      return info;
    }),
    openExternal: vi.fn<Platform['openExternal']>(async (url) => {
      openedExternal.push(url);
      return ok(undefined);
    }),
    setLocale: vi.fn<Platform['setLocale']>(async (locale) => {
      locales.push(locale);
    }),
    setTheme: vi.fn<Platform['setTheme']>(async (theme) => {
      themes.push(theme);
    }),
    onMenuCommand: vi.fn<Platform['onMenuCommand']>((listener) => {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    }),
    writeBackup: vi.fn<Platform['writeBackup']>(async (backupKind, fileName, bytes) => {
      backups.push({ kind: backupKind, fileName, bytes });
      return writeBackup(backupKind, fileName, bytes);
    }),
    backupStatus: vi.fn<Platform['backupStatus']>(options.backupStatus ?? (desktop ? async () => ok(emptyFolder()) : unsupported)),
    chooseBackupFolder: vi.fn<Platform['chooseBackupFolder']>(
      options.chooseBackupFolder ?? (desktop ? async () => ok({ status: 'chosen', folder: '/media/usb/Qorgau' }) : unsupported),
    ),
    openBackupFolder: vi.fn<Platform['openBackupFolder']>(desktop ? async () => ok(undefined) : unsupported),
    readBackup: vi.fn<Platform['readBackup']>(options.readBackup ?? (desktop ? async () => err('not-allowed', 'not a backup in the folder') : unsupported)),
    readAnchor: vi.fn<Platform['readAnchor']>(async () => ok(anchor.current)),
    keepAnchor: vi.fn<Platform['keepAnchor']>(async (next, replace) => {
      if (replace || anchor.current === null || next.seq > anchor.current.seq) anchor.current = { seq: next.seq, hash: next.hash };
      return ok(anchor.current);
    }),
    anchor,

    saved,
    notifications,
    openedPdfs,
    printedPdfs,
    openedAttachments,
    savedAttachments,
    openedExternal,
    backups,
    locales,
    themes,
    menu: (command) => {
      for (const listener of menuListeners) listener(command);
    },
  };
}
