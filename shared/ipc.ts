/**
 * The one contract between the renderer and the Electron main process.
 *
 * `IpcMap` declares every channel the renderer may invoke, with its payload and its Result-typed
 * answer, the way actualbudget/actual declares its server handlers. From this one map:
 *   - main registers exactly one handler per channel and validates each payload with that channel's zod
 *     schema before the handler runs (shared/ipc-schemas.ts `IPC_SCHEMAS`, electron/main/ipc-registration.ts);
 *   - the preload builds `window.qorgau` — one method per channel, named in `BRIDGE_METHODS` — and checks it
 *     with `satisfies QorgauBridge`; there is no generic invoke.
 */
import type { AuditAnchor } from './audit/anchor';
import type { Locale } from './locale';
import type { Theme } from './theme';
import type { Result } from './result';

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

/** A stored attachment or signed scan to open or save: main sniffs its kind and names the file itself. */
export interface AttachmentPayload {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** 'refused': the content is none of the kinds a viewer is given (shared/attachments/viewable.ts); it can only be saved. */
export type OpenAttachmentAnswer = { readonly status: 'opened' } | { readonly status: 'refused' };

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

/** The Appearance setting, for what main draws (menus, dialogs, the window background): Electron's nativeTheme.themeSource. */
export interface SetThemePayload {
  readonly theme: Theme;
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

/**
 * The anchor of the audit trail kept by main (electron/main/anchor-store.ts). `replace`: after a restore,
 * the restored trail's head replaces the kept anchor; otherwise only a further head does.
 */
export interface AnchorKeepPayload {
  readonly anchor: AuditAnchor;
  readonly replace: boolean;
}

export type ChooseFolderOutcome = { readonly status: 'chosen'; readonly folder: string } | { readonly status: 'canceled' };

/** Error codes main may answer with. */
export type IpcError = 'invalid-payload' | 'not-allowed' | 'io-failed' | 'unsupported' | 'verify-failed';

/** Commands the native menu sends to the renderer. */
export const MENU_COMMANDS = [
  'navigate-cases',
  'navigate-deadlines',
  'navigate-documents',
  'navigate-register',
  'navigate-breaches',
  'navigate-settings',
  'new-request',
  'find',
  'help-shortcuts',
  'about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The one channel main sends on (menu commands); the renderer never invokes it. */
export const MENU_COMMAND_CHANNEL = 'qorgau:menu/command';

/** What main answers on every channel: a value, or one of the IpcError codes with a message. */
export type IpcAnswer<T> = Promise<Result<T, IpcError>>;

/** Every channel the renderer may invoke: channel → (payload) → answer. A channel without a payload takes none. */
export interface IpcMap {
  'qorgau:file/save': (payload: SaveFilePayload) => IpcAnswer<SaveFileOutcome>;
  'qorgau:pdf/print': (payload: PdfPayload) => IpcAnswer<void>;
  'qorgau:pdf/open': (payload: PdfPayload) => IpcAnswer<void>;
  'qorgau:attachment/open': (payload: AttachmentPayload) => IpcAnswer<OpenAttachmentAnswer>;
  'qorgau:attachment/save': (payload: AttachmentPayload) => IpcAnswer<SaveFileOutcome>;
  'qorgau:notify/show': (payload: NotifyPayload) => IpcAnswer<void>;
  'qorgau:app/info': () => IpcAnswer<AppInfo>;
  'qorgau:url/open-external': (payload: OpenExternalPayload) => IpcAnswer<void>;
  'qorgau:app/set-locale': (payload: SetLocalePayload) => IpcAnswer<void>;
  'qorgau:app/set-theme': (payload: SetThemePayload) => IpcAnswer<void>;
  'qorgau:backup/status': () => IpcAnswer<BackupFolderStatus>;
  'qorgau:backup/choose-folder': () => IpcAnswer<ChooseFolderOutcome>;
  'qorgau:backup/open-folder': () => IpcAnswer<void>;
  'qorgau:backup/begin': (payload: BackupBeginPayload) => IpcAnswer<BackupBeginOutcome>;
  'qorgau:backup/append': (payload: BackupAppendPayload) => IpcAnswer<void>;
  'qorgau:backup/commit': (payload: BackupCommitPayload) => IpcAnswer<BackupWritten>;
  'qorgau:backup/read': (payload: BackupReadPayload) => IpcAnswer<BackupChunk>;
  'qorgau:anchor/read': () => IpcAnswer<AuditAnchor | null>;
  'qorgau:anchor/keep': (payload: AnchorKeepPayload) => IpcAnswer<AuditAnchor>;
}

export type IpcChannel = keyof IpcMap;

/** The payload of a channel; `undefined` for a channel that takes none. */
export type IpcPayload<K extends IpcChannel> = Parameters<IpcMap[K]> extends [infer P] ? P : undefined;

/** The value of a successful answer on a channel. */
export type IpcValue<K extends IpcChannel> = Awaited<ReturnType<IpcMap[K]>> extends Result<infer T, IpcError> ? T : never;

/**
 * The name of the bridge method that invokes each channel. Every channel has one (a missing or unknown
 * channel does not compile); each name is used once (test/unit/main/preload.test.ts).
 */
export const BRIDGE_METHODS = {
  'qorgau:file/save': 'saveFile',
  'qorgau:pdf/print': 'printPdf',
  'qorgau:pdf/open': 'openPdf',
  'qorgau:attachment/open': 'openAttachment',
  'qorgau:attachment/save': 'saveAttachment',
  'qorgau:notify/show': 'notify',
  'qorgau:app/info': 'appInfo',
  'qorgau:url/open-external': 'openExternal',
  'qorgau:app/set-locale': 'setLocale',
  'qorgau:app/set-theme': 'setTheme',
  'qorgau:backup/status': 'backupStatus',
  'qorgau:backup/choose-folder': 'backupChooseFolder',
  'qorgau:backup/open-folder': 'backupOpenFolder',
  'qorgau:backup/begin': 'backupBegin',
  'qorgau:backup/append': 'backupAppend',
  'qorgau:backup/commit': 'backupCommit',
  'qorgau:backup/read': 'backupRead',
  'qorgau:anchor/read': 'anchorRead',
  'qorgau:anchor/keep': 'anchorKeep',
} as const satisfies { readonly [K in IpcChannel]: string };

/** Every invoke channel, in the order of the map. */
export const INVOKE_CHANNELS = /* @__PURE__ */ Object.keys(BRIDGE_METHODS) as readonly IpcChannel[];

/** One bridge method per channel, typed by the map: `bridge.saveFile(payload)` invokes 'qorgau:file/save'. */
export type BridgeCalls = { readonly [K in IpcChannel as (typeof BRIDGE_METHODS)[K]]: IpcMap[K] };

/** What the preload exposes on `window.qorgau`. */
export interface QorgauBridge extends BridgeCalls {
  readonly kind: 'electron';
  /** Subscribes to native-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
