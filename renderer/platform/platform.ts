/**
 * The narrow interface through which the renderer reaches anything native. Two implementations:
 * the Electron preload bridge (electron-platform.ts) and a browser fallback (browser-platform.ts),
 * so the very same renderer runs in Electron, in `npm run dev:web` and in the Chromium e2e suite.
 */
import type { AppInfo, BackupFolderStatus, BackupWriteKind, BackupWritten, ChooseFolderOutcome, MenuCommand } from '../../shared/ipc';
import type { AuditAnchor } from '../../shared/audit/anchor';
import type { Locale } from '../../shared/locale';
import type { Theme } from '../../shared/theme';
import type { Result } from '../../shared/result';

export type PlatformKind = 'electron' | 'browser';

export type SaveOutcome =
  { readonly status: 'saved'; readonly path: string } | { readonly status: 'downloaded'; readonly fileName: string } | { readonly status: 'canceled' };

/**
 * Opening a stored attachment or signed scan. 'opened': in the system viewer (Electron) or a new tab (browser:
 * PDFs and PNG/JPEG images); 'downloaded': a viewable kind a browser tab does not show (TIFF, plain text);
 * 'refused': by its content none of the kinds a viewer is given — it can only be saved.
 */
export type OpenAttachmentOutcome =
  { readonly status: 'opened' } | { readonly status: 'downloaded'; readonly fileName: string } | { readonly status: 'refused' };

export type NotifyOutcome = 'shown' | 'denied' | 'unsupported';

export type PlatformError = 'invalid-payload' | 'not-allowed' | 'io-failed' | 'unsupported' | 'verify-failed';

export type BackupWriteOutcome =
  | { readonly status: 'written'; readonly written: BackupWritten }
  | { readonly status: 'downloaded'; readonly fileName: string; readonly size: number }
  | { readonly status: 'canceled' };

export interface FileFilter {
  readonly name: string;
  readonly extensions: readonly string[];
}

export interface Platform {
  readonly kind: PlatformKind;
  /** Native Save-As in Electron; a download in the browser. */
  saveFile(fileName: string, bytes: Uint8Array, filters: readonly FileFilter[]): Promise<Result<SaveOutcome, PlatformError>>;
  /** Opens the PDF for printing (Electron viewer window; browser: new tab with its print dialog). */
  printPdf(fileName: string, bytes: Uint8Array): Promise<Result<void, PlatformError>>;
  /** Opens the PDF in the system viewer (browser: a new tab). */
  openPdf(fileName: string, bytes: Uint8Array): Promise<Result<void, PlatformError>>;
  /**
   * Opens a stored attachment or signed scan: the kind is decided by its content (a PDF, PNG, JPEG, TIFF or plain
   * text) and the file named for it, never by the name it came with (main decides in Electron).
   */
  openAttachment(fileName: string, bytes: Uint8Array): Promise<Result<OpenAttachmentOutcome, PlatformError>>;
  /** Saves a stored attachment or signed scan (Save-As / download) under a name and filter of its content. */
  saveAttachment(fileName: string, bytes: Uint8Array): Promise<Result<SaveOutcome, PlatformError>>;
  notify(title: string, body: string): Promise<NotifyOutcome>;
  appInfo(): Promise<AppInfo>;
  /** Opens an allow-listed legal source in the system browser. */
  openExternal(url: string): Promise<Result<void, PlatformError>>;
  /** Tells the native side the interface language (menu labels). */
  setLocale(locale: Locale): Promise<void>;
  /**
   * Tells the native side the Appearance setting, so native menus, dialogs and the window background follow the
   * in-app choice (Electron: nativeTheme.themeSource). The browser has nothing native to tell: it does nothing.
   */
  setTheme(theme: Theme): Promise<void>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;

  /** Electron: backups go to a folder main keeps, daily and before upgrades. Browser: downloads only. */
  readonly automaticBackups: boolean;
  /**
   * Writes a backup file. Electron: automatic kinds into the backup folder, 'export' where the DPO
   * picks in the Save dialog; each read back and verified by main. Browser: a download (not 'daily').
   */
  writeBackup(kind: BackupWriteKind, fileName: string, bytes: Uint8Array): Promise<Result<BackupWriteOutcome, PlatformError>>;
  /** The backup folder and its files (Electron only; the browser answers 'unsupported'). */
  backupStatus(): Promise<Result<BackupFolderStatus, PlatformError>>;
  chooseBackupFolder(): Promise<Result<ChooseFolderOutcome, PlatformError>>;
  openBackupFolder(): Promise<Result<void, PlatformError>>;
  /** Reads one file of the backup folder (Electron only). */
  readBackup(fileName: string): Promise<Result<Uint8Array, PlatformError>>;

  /** The audit trail's anchor kept outside IndexedDB (Electron: a file main writes; browser: localStorage); null: none yet. */
  readAnchor(): Promise<Result<AuditAnchor | null, PlatformError>>;
  /** Keeps a further head (or, `replace`, the head of a restored trail); resolves to the anchor kept now. */
  keepAnchor(anchor: AuditAnchor, replace: boolean): Promise<Result<AuditAnchor, PlatformError>>;
}
