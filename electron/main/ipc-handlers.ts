/**
 * Main-process handlers of the IPC map: one per channel of shared/ipc.ts `IpcMap` (a missing or mistyped
 * handler does not compile). Each receives its payload already validated by ipc-registration.ts, which also
 * checks the calling frame and turns thrown errors into answers. Native capabilities are injected
 * (`NativeDeps`), so the handlers are tested in Node without Electron. Main decides file names and kinds.
 */
import path from 'node:path';
import { attachmentFilter, attachmentSaveName, sniffViewableKind } from '../../shared/attachments/viewable';
import type { AppInfo, BackupBeginOutcome, ChooseFolderOutcome, OpenAttachmentAnswer, SaveFileOutcome } from '../../shared/ipc';
import type { Locale } from '../../shared/locale';
import type { Theme } from '../../shared/theme';
import { err, ok } from '../../shared/result';
import type { AnchorStore } from './anchor-store';
import type { BackupStore } from './backup-store';
import type { IpcHandlers } from './ipc-registration';
import { trustedExternalHref } from './security';
import type { TempPdfStore } from './temp-pdfs';

export interface NativeDeps {
  showSaveDialog(options: {
    defaultPath: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  writeFile(filePath: string, bytes: Uint8Array): Promise<void>;
  /** PDFs written for opening or printing: main names them (always `.pdf`) and deletes them (temp-pdfs.ts). */
  tempPdfs: TempPdfStore;
  /** Opens a file with the system's default application; resolves to '' on success or an error text. */
  openPath(filePath: string): Promise<string>;
  /** Shows the PDF in a sandboxed viewer window with the print dialog; `onClosed` runs when that window closes. */
  printPdf(filePath: string, title: string, onClosed: () => void): Promise<void>;
  notificationsSupported(): boolean;
  showNotification(title: string, body: string): void;
  openExternal(url: string): Promise<void>;
  appInfo(): AppInfo;
  setLocale(locale: Locale): void;
  /** The Appearance setting for native menus, dialogs and the window background (native-theme.ts); 'refused': not a theme. */
  setTheme(theme: Theme): 'applied' | 'refused';
  /** The backup folder (electron/main/backup-store.ts). */
  backupStore: BackupStore;
  /** The audit trail's anchor, kept in the user-data folder (anchor-store.ts). */
  anchorStore: AnchorStore;
  /** Native folder picker. */
  showFolderDialog(options: { defaultPath: string }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export function createIpcHandlers(deps: NativeDeps): IpcHandlers {
  return {
    'qorgau:file/save': async ({ suggestedName, bytes, filters }) => {
      const choice = await deps.showSaveDialog({ defaultPath: suggestedName, filters });
      if (choice.canceled || !choice.filePath) return ok<SaveFileOutcome>({ status: 'canceled' });
      await deps.writeFile(choice.filePath, bytes);
      return ok<SaveFileOutcome>({ status: 'saved', path: choice.filePath });
    },
    'qorgau:pdf/open': async ({ fileName, bytes }) => {
      // The system viewer reads the file after openPath returns: it is deleted at quit (or now, if it failed).
      const filePath = await deps.tempPdfs.write(fileName, bytes);
      const failure = await deps.openPath(filePath);
      if (failure === '') return ok(undefined);
      await deps.tempPdfs.remove(filePath);
      return err('io-failed', failure);
    },
    'qorgau:attachment/open': async ({ fileName, bytes }) => {
      // Only a PDF, PNG, JPEG, TIFF or plain text BY CONTENT reaches the system viewer, under a name main gives it
      // with that kind's extension; anything else (an executable renamed .pdf, HTML, SVG) is refused: it can only be saved.
      const kind = sniffViewableKind(bytes);
      if (kind === undefined) return ok<OpenAttachmentAnswer>({ status: 'refused' });
      const filePath = await deps.tempPdfs.writeViewable(fileName, bytes, kind);
      const failure = await deps.openPath(filePath);
      if (failure === '') return ok<OpenAttachmentAnswer>({ status: 'opened' });
      await deps.tempPdfs.remove(filePath);
      return err('io-failed', failure);
    },
    'qorgau:attachment/save': async ({ fileName, bytes }) => {
      // The name offered and its filter follow the content, not the name the file came with.
      const suggestedName = attachmentSaveName(fileName, sniffViewableKind(bytes));
      const filter = attachmentFilter(suggestedName);
      const choice = await deps.showSaveDialog({ defaultPath: suggestedName, filters: [{ name: filter.name, extensions: filter.extensions }] });
      if (choice.canceled || !choice.filePath) return ok<SaveFileOutcome>({ status: 'canceled' });
      await deps.writeFile(choice.filePath, bytes);
      return ok<SaveFileOutcome>({ status: 'saved', path: choice.filePath });
    },
    'qorgau:pdf/print': async ({ fileName, bytes }) => {
      const filePath = await deps.tempPdfs.write(fileName, bytes);
      const removeFile = (): void => void deps.tempPdfs.remove(filePath).catch(() => undefined);
      try {
        await deps.printPdf(filePath, path.basename(filePath), removeFile);
      } catch (error) {
        removeFile();
        throw error;
      }
      return ok(undefined);
    },
    'qorgau:notify/show': async ({ title, body }) => {
      if (!deps.notificationsSupported()) return err('unsupported', 'notifications are not supported here');
      deps.showNotification(title, body);
      return ok(undefined);
    },
    'qorgau:app/info': async () => ok(deps.appInfo()),
    'qorgau:url/open-external': async ({ url }) => {
      const href = trustedExternalHref(url);
      if (!href) return err('not-allowed', `not an allowed address: ${url}`);
      await deps.openExternal(href);
      return ok(undefined);
    },
    'qorgau:app/set-locale': async ({ locale }) => {
      deps.setLocale(locale);
      return ok(undefined);
    },
    'qorgau:app/set-theme': async ({ theme }) => (deps.setTheme(theme) === 'applied' ? ok(undefined) : err('invalid-payload', `not a theme: ${String(theme)}`)),
    'qorgau:backup/status': async () => ok(await deps.backupStore.status()),
    'qorgau:backup/choose-folder': async () => {
      const choice = await deps.showFolderDialog({ defaultPath: await deps.backupStore.folder() });
      const folder = choice.filePaths[0];
      if (choice.canceled || !folder) return ok<ChooseFolderOutcome>({ status: 'canceled' });
      await deps.backupStore.setFolder(folder);
      return ok<ChooseFolderOutcome>({ status: 'chosen', folder });
    },
    'qorgau:backup/open-folder': async () => {
      const failure = await deps.openPath(await deps.backupStore.folder());
      return failure === '' ? ok(undefined) : err('io-failed', failure);
    },
    'qorgau:backup/begin': async ({ kind, totalBytes, suggestedName }) => {
      if (kind !== 'export') return ok<BackupBeginOutcome>({ status: 'ready', token: await deps.backupStore.begin(kind, totalBytes) });
      const choice = await deps.showSaveDialog({
        defaultPath: suggestedName ?? 'qorgau-export.json',
        filters: [{ name: 'Qorgau', extensions: ['json'] }],
      });
      if (choice.canceled || !choice.filePath) return ok<BackupBeginOutcome>({ status: 'canceled' });
      return ok<BackupBeginOutcome>({ status: 'ready', token: await deps.backupStore.begin('export', totalBytes, choice.filePath) });
    },
    'qorgau:backup/append': async ({ token, bytes }) => {
      await deps.backupStore.append(token, bytes);
      return ok(undefined);
    },
    'qorgau:backup/commit': async ({ token }) => ok(await deps.backupStore.commit(token)),
    'qorgau:backup/read': async ({ fileName, offset }) => ok(await deps.backupStore.read(fileName, offset)),
    'qorgau:anchor/read': async () => ok(await deps.anchorStore.read()),
    'qorgau:anchor/keep': async ({ anchor, replace }) => ok(await deps.anchorStore.keep(anchor, replace)),
  };
}
