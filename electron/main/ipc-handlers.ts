/**
 * Main-process side of the IPC contract. Every payload is validated with its zod schema before
 * anything happens; every answer is a Result. Native capabilities are injected (`NativeDeps`), so
 * the handlers are tested in Node without Electron.
 */
import type { ZodType } from 'zod';
import {
  IPC_CHANNELS,
  type AppInfo,
  type BackupBeginOutcome,
  type ChooseFolderOutcome,
  type IpcError,
  type SaveFileOutcome,
} from '../../shared/ipc';
import {
  backupAppendPayload,
  backupBeginPayload,
  backupCommitPayload,
  backupReadPayload,
  notifyPayload,
  openExternalPayload,
  pdfPayload,
  saveFilePayload,
  setLocalePayload,
} from '../../shared/ipc-schemas';
import type { Locale } from '../../shared/locale';
import { err, ok, type Result } from '../../shared/result';
import { isTrustedExternalUrl } from '../../shared/trusted-url';
import { BackupStoreError, type BackupStore } from './backup-store';

export interface NativeDeps {
  showSaveDialog(options: {
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
  /** Writes bytes to a fresh private temp file and returns its path. */
  writeTempFile(fileName: string, bytes: Uint8Array): Promise<string>;
  /** Opens a file with the system's default application; resolves to '' on success or an error text. */
  openPath(filePath: string): Promise<string>;
  /** Shows the PDF in a sandboxed viewer window with the print dialog. */
  printPdf(filePath: string, title: string): Promise<void>;
  notificationsSupported(): boolean;
  showNotification(title: string, body: string): void;
  openExternal(url: string): Promise<void>;
  appInfo(): AppInfo;
  setLocale(locale: Locale): void;
  /** The backup folder (electron/main/backup-store.ts). */
  backupStore: BackupStore;
  /** Native folder picker. */
  showFolderDialog(options: { defaultPath: string }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

type Handler = (payload: unknown) => Promise<Result<unknown, IpcError>>;

function validated<T, R>(
  schema: ZodType<T>,
  run: (payload: T) => Promise<Result<R, IpcError>>,
): (payload: unknown) => Promise<Result<R, IpcError>> {
  return async (payload) => {
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return err('invalid-payload', `${issue?.path.join('.') || 'payload'}: ${issue?.message ?? 'invalid'}`);
    }
    return guarded(() => run(parsed.data));
  };
}

/** Runs a handler; a thrown error becomes an answer (a failed read-back check: verify-failed). */
async function guarded<R>(run: () => Promise<Result<R, IpcError>>): Promise<Result<R, IpcError>> {
  try {
    return await run();
  } catch (cause) {
    if (cause instanceof BackupStoreError && cause.code === 'verify-failed') return err('verify-failed', cause.message);
    return err('io-failed', cause instanceof Error ? cause.message : String(cause));
  }
}

export function createIpcHandlers(deps: NativeDeps): Readonly<Record<string, Handler>> {
  return {
    [IPC_CHANNELS.saveFile]: validated(saveFilePayload, async ({ suggestedName, bytes, filters }) => {
      const choice = await deps.showSaveDialog({ defaultPath: suggestedName, filters });
      if (choice.canceled || !choice.filePath) return ok<SaveFileOutcome>({ status: 'canceled' });
      await deps.writeFile(choice.filePath, bytes);
      return ok<SaveFileOutcome>({ status: 'saved', path: choice.filePath });
    }),
    [IPC_CHANNELS.openPdf]: validated(pdfPayload, async ({ fileName, bytes }) => {
      const filePath = await deps.writeTempFile(fileName, bytes);
      const failure = await deps.openPath(filePath);
      return failure === '' ? ok(undefined) : err('io-failed', failure);
    }),
    [IPC_CHANNELS.printPdf]: validated(pdfPayload, async ({ fileName, bytes }) => {
      const filePath = await deps.writeTempFile(fileName, bytes);
      await deps.printPdf(filePath, fileName);
      return ok(undefined);
    }),
    [IPC_CHANNELS.notify]: validated(notifyPayload, async ({ title, body }) => {
      if (!deps.notificationsSupported()) return err('unsupported', 'notifications are not supported here');
      deps.showNotification(title, body);
      return ok(undefined);
    }),
    [IPC_CHANNELS.appInfo]: async () => ok(deps.appInfo()),
    [IPC_CHANNELS.openExternal]: validated(openExternalPayload, async ({ url }) => {
      if (!isTrustedExternalUrl(url)) return err('not-allowed', `not an allowed address: ${url}`);
      await deps.openExternal(url);
      return ok(undefined);
    }),
    [IPC_CHANNELS.setLocale]: validated(setLocalePayload, async ({ locale }) => {
      deps.setLocale(locale);
      return ok(undefined);
    }),
    [IPC_CHANNELS.backupStatus]: () => guarded(async () => ok(await deps.backupStore.status())),
    [IPC_CHANNELS.backupChooseFolder]: () =>
      guarded(async () => {
        const choice = await deps.showFolderDialog({ defaultPath: await deps.backupStore.folder() });
        const folder = choice.filePaths[0];
        if (choice.canceled || !folder) return ok<ChooseFolderOutcome>({ status: 'canceled' });
        await deps.backupStore.setFolder(folder);
        return ok<ChooseFolderOutcome>({ status: 'chosen', folder });
      }),
    [IPC_CHANNELS.backupOpenFolder]: () =>
      guarded(async () => {
        const failure = await deps.openPath(await deps.backupStore.folder());
        return failure === '' ? ok(undefined) : err('io-failed', failure);
      }),
    [IPC_CHANNELS.backupBegin]: validated(backupBeginPayload, async ({ kind, totalBytes, suggestedName }) => {
      if (kind !== 'export') return ok<BackupBeginOutcome>({ status: 'ready', token: await deps.backupStore.begin(kind, totalBytes) });
      const choice = await deps.showSaveDialog({
        defaultPath: suggestedName ?? 'qorgau-export.json',
        filters: [{ name: 'Qorgau', extensions: ['json'] }],
      });
      if (choice.canceled || !choice.filePath) return ok<BackupBeginOutcome>({ status: 'canceled' });
      return ok<BackupBeginOutcome>({ status: 'ready', token: await deps.backupStore.begin('export', totalBytes, choice.filePath) });
    }),
    [IPC_CHANNELS.backupAppend]: validated(backupAppendPayload, async ({ token, bytes }) => {
      await deps.backupStore.append(token, bytes);
      return ok(undefined);
    }),
    [IPC_CHANNELS.backupCommit]: validated(backupCommitPayload, async ({ token }) => ok(await deps.backupStore.commit(token))),
    [IPC_CHANNELS.backupRead]: validated(backupReadPayload, async ({ fileName, offset }) => ok(await deps.backupStore.read(fileName, offset))),
  };
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string } | null }, payload: unknown) => unknown): void;
}

/** Registers the handlers; calls from any frame that is not the app itself are refused. */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: Readonly<Record<string, Handler>>,
  isTrustedSender: (url: string) => boolean,
): void {
  for (const [channel, handler] of Object.entries(handlers)) {
    ipcMain.handle(channel, (event, payload) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url)) return err('not-allowed', 'IPC from an untrusted frame');
      return handler(payload);
    });
  }
}
