/**
 * The one contract between the renderer and the Electron main process.
 *
 * Each capability has a channel name, a payload type (validated in main by the zod schema of
 * the same name in ipc-schemas.ts before anything happens) and a Result-typed answer. The preload exposes exactly
 * `QorgauBridge` (checked with `satisfies`); there is no generic invoke.
 */
import type { Locale } from './locale';
import type { Result } from './result';

export const IPC_CHANNELS = {
  saveFile: 'qorgau:file/save',
  printPdf: 'qorgau:pdf/print',
  openPdf: 'qorgau:pdf/open',
  notify: 'qorgau:notify/show',
  appInfo: 'qorgau:app/info',
  openExternal: 'qorgau:url/open-external',
  setLocale: 'qorgau:app/set-locale',
  menuCommand: 'qorgau:menu/command',
  backupStatus: 'qorgau:backup/status',
  backupChooseFolder: 'qorgau:backup/choose-folder',
  backupOpenFolder: 'qorgau:backup/open-folder',
  backupBegin: 'qorgau:backup/begin',
  backupAppend: 'qorgau:backup/append',
  backupCommit: 'qorgau:backup/commit',
  backupRead: 'qorgau:backup/read',
} as const;

export type IpcChannel = (typeof IPC_CHANNELS)[keyof typeof IPC_CHANNELS];

/** Largest file the renderer may hand to main in one call (a 1 000-subject act is far below). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export interface FileFilterPayload {
  readonly name: string;
  readonly extensions: string[];
}

export interface SaveFilePayload {
  readonly suggestedName: string;
  readonly bytes: Uint8Array;
  readonly filters: FileFilterPayload[];
}

export interface PdfPayload {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface NotifyPayload {
  readonly title: string;
  readonly body: string;
}

export interface OpenExternalPayload {
  readonly url: string;
}

export interface SetLocalePayload {
  readonly locale: Locale;
}

export type SaveFileOutcome = { readonly status: 'saved'; readonly path: string } | { readonly status: 'canceled' };

export interface AppInfo {
  readonly name: string;
  readonly version: string;
  readonly electron: string;
  readonly chrome: string;
  readonly platform: string;
  readonly systemLocale: string;
}

/**
 * Backups. The renderer takes the snapshot (it owns IndexedDB) and hands the file to main in
 * chunks: begin → append… → commit. Main writes a temporary file, flushes it, reads it back and
 * checks its checksum, and only then gives it its name (and rotates the automatic ones), so a
 * file with a backup's name has always been verified. Exports go to a path the DPO picks in the
 * native Save dialog at begin.
 */
export const BACKUP_WRITE_KINDS = ['daily', 'manual', 'pre-upgrade', 'pre-restore', 'export'] as const;
export type BackupWriteKind = (typeof BACKUP_WRITE_KINDS)[number];

/** Bytes per append / read call: well below Chromium's IPC message limit. */
export const BACKUP_CHUNK_BYTES = 16 * 1024 * 1024;

export interface BackupBeginPayload {
  readonly kind: BackupWriteKind;
  readonly totalBytes: number;
  /** File name offered in the Save dialog (exports only). */
  readonly suggestedName?: string | undefined;
}

export type BackupBeginOutcome = { readonly status: 'ready'; readonly token: string } | { readonly status: 'canceled' };

export interface BackupAppendPayload {
  readonly token: string;
  readonly bytes: Uint8Array;
}

export interface BackupCommitPayload {
  readonly token: string;
}

export interface BackupReadPayload {
  readonly fileName: string;
  readonly offset: number;
}

export interface BackupChunk {
  readonly bytes: Uint8Array;
  readonly totalBytes: number;
}

/** One file in the backup folder (written and verified by main). */
export interface BackupEntry {
  readonly fileName: string;
  readonly kind: 'daily' | 'manual' | 'pre-upgrade' | 'pre-restore';
  readonly createdAt: string;
  readonly size: number;
}

export interface BackupWritten {
  readonly fileName: string;
  readonly path: string;
  readonly size: number;
  readonly createdAt: string;
  /** Read back from disk and its checksum matched. */
  readonly verified: boolean;
}

export interface BackupFolderStatus {
  readonly folder: string;
  readonly isDefaultFolder: boolean;
  /** Newest first. */
  readonly entries: readonly BackupEntry[];
  /** No daily or manual backup yet today (main's clock and zone). */
  readonly dailyDue: boolean;
  readonly keep: { readonly daily: number; readonly monthly: number; readonly preUpgrade: number };
}

export type ChooseFolderOutcome = { readonly status: 'chosen'; readonly folder: string } | { readonly status: 'canceled' };

/** Error codes main may answer with. */
export type IpcError = 'invalid-payload' | 'not-allowed' | 'io-failed' | 'unsupported' | 'verify-failed';

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = ['navigate-cases', 'navigate-deadlines', 'navigate-documents', 'navigate-register', 'navigate-settings', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** What the preload exposes on `window.qorgau`. */
export interface QorgauBridge {
  readonly kind: 'electron';
  saveFile(payload: SaveFilePayload): Promise<Result<SaveFileOutcome, IpcError>>;
  printPdf(payload: PdfPayload): Promise<Result<void, IpcError>>;
  openPdf(payload: PdfPayload): Promise<Result<void, IpcError>>;
  notify(payload: NotifyPayload): Promise<Result<void, IpcError>>;
  appInfo(): Promise<Result<AppInfo, IpcError>>;
  openExternal(payload: OpenExternalPayload): Promise<Result<void, IpcError>>;
  setLocale(payload: SetLocalePayload): Promise<Result<void, IpcError>>;
  backupStatus(): Promise<Result<BackupFolderStatus, IpcError>>;
  backupChooseFolder(): Promise<Result<ChooseFolderOutcome, IpcError>>;
  backupOpenFolder(): Promise<Result<void, IpcError>>;
  backupBegin(payload: BackupBeginPayload): Promise<Result<BackupBeginOutcome, IpcError>>;
  backupAppend(payload: BackupAppendPayload): Promise<Result<void, IpcError>>;
  backupCommit(payload: BackupCommitPayload): Promise<Result<BackupWritten, IpcError>>;
  backupRead(payload: BackupReadPayload): Promise<Result<BackupChunk, IpcError>>;
  /** Subscribes to native-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
