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

/** Error codes main may answer with. */
export type IpcError = 'invalid-payload' | 'not-allowed' | 'io-failed' | 'unsupported';

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
  /** Subscribes to native-menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
