/** Browser fallback: downloads instead of Save-As, a new tab for PDFs (and PDF/PNG/JPEG attachments), the Notification API. */
import { attachmentSaveName, BROWSER_VIEWABLE, safeAttachmentName, sniffViewableKind, VIEWABLE_MIME } from '../../shared/attachments/viewable';
import type { AppInfo } from '../../shared/ipc';
import { err, ok } from '../../shared/result';
import { isTrustedExternalUrl } from '../../shared/trusted-url';
import type { OpenAttachmentOutcome, Platform } from './platform';
import { keepStoredAnchor, readStoredAnchor, type AnchorStorage } from './stored-anchor';

export interface BrowserEnvironment {
  readonly document: Document;
  readonly open: (url: string, target: string, features: string) => Window | null;
  readonly Notification: typeof Notification | undefined;
  readonly navigator: Navigator;
  readonly createObjectURL: (blob: Blob) => string;
  readonly revokeObjectURL: (url: string) => void;
  /** Where the audit trail's anchor is kept (localStorage: a store apart from IndexedDB). */
  readonly storage: AnchorStorage | undefined;
}

export const APP_VERSION: string = (import.meta.env?.['VITE_APP_VERSION'] as string | undefined) ?? '0.0.0';

const pdfBlob = (bytes: Uint8Array): Blob => new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });

export function browserPlatform(env: BrowserEnvironment): Platform {
  const openBlob = (blob: Blob) => {
    const url = env.createObjectURL(blob);
    const tab = env.open(url, '_blank', '');
    if (!tab) {
      env.revokeObjectURL(url);
      return err('not-allowed' as const, 'the browser blocked the new tab');
    }
    setTimeout(() => env.revokeObjectURL(url), 60_000);
    return ok(undefined);
  };

  /** Prints through a hidden same-origin frame holding the PDF: the browser's own print dialog. */
  const printBlob = (blob: Blob) => {
    const url = env.createObjectURL(blob);
    const frame = env.document.createElement('iframe');
    frame.hidden = true;
    frame.title = 'print';
    frame.src = url;
    frame.addEventListener('load', () => {
      frame.contentWindow?.focus();
      frame.contentWindow?.print();
      setTimeout(() => {
        frame.remove();
        env.revokeObjectURL(url);
      }, 60_000);
    });
    env.document.body.append(frame);
    return ok(undefined);
  };

  const download = (fileName: string, bytes: Uint8Array, type = 'application/octet-stream'): void => {
    const url = env.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
    const link = env.document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    env.document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => env.revokeObjectURL(url), 60_000);
  };
  const noFolder = async () => err('unsupported' as const, 'backup folders need the desktop app');

  return {
    kind: 'browser',
    saveFile: async (fileName, bytes) => {
      download(fileName, bytes);
      return ok({ status: 'downloaded', fileName });
    },
    printPdf: async (_fileName, bytes) => printBlob(pdfBlob(bytes)),
    openPdf: async (_fileName, bytes) => openBlob(pdfBlob(bytes)),
    openAttachment: async (fileName, bytes) => {
      // By content: a PDF or a PNG/JPEG image opens in a new tab as a blob of that type (never HTML or SVG, which
      // would run as a page of the app's origin); TIFF and plain text are downloaded; anything else is refused.
      const kind = sniffViewableKind(bytes);
      if (kind === undefined) return ok<OpenAttachmentOutcome>({ status: 'refused' });
      if (BROWSER_VIEWABLE.includes(kind)) {
        const opened = openBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: VIEWABLE_MIME[kind] }));
        return opened.ok ? ok<OpenAttachmentOutcome>({ status: 'opened' }) : opened;
      }
      const name = safeAttachmentName(fileName, kind);
      download(name, bytes, VIEWABLE_MIME[kind]);
      return ok<OpenAttachmentOutcome>({ status: 'downloaded', fileName: name });
    },
    saveAttachment: async (fileName, bytes) => {
      const name = attachmentSaveName(fileName, sniffViewableKind(bytes));
      download(name, bytes);
      return ok({ status: 'downloaded', fileName: name });
    },
    notify: async (title, body) => {
      const api = env.Notification;
      if (!api) return 'unsupported';
      const permission = api.permission === 'default' ? await api.requestPermission() : api.permission;
      if (permission !== 'granted') return 'denied';
      new api(title, { body });
      return 'shown';
    },
    appInfo: async (): Promise<AppInfo> => ({
      name: 'Qorgau',
      version: APP_VERSION,
      electron: '',
      chrome: /Chrom(?:e|ium)\/([\d.]+)/.exec(env.navigator.userAgent)?.[1] ?? '',
      platform: 'browser',
      systemLocale: env.navigator.language,
    }),
    openExternal: async (url) => {
      if (!isTrustedExternalUrl(url)) return err('not-allowed', `not an allowed address: ${url}`);
      env.open(url, '_blank', 'noopener,noreferrer');
      return ok(undefined);
    },
    setLocale: async () => undefined,
    // Nothing native to repaint in a browser: the stylesheet alone draws the chosen theme (data-theme on <html>).
    setTheme: async () => undefined,
    onMenuCommand: () => () => undefined,
    automaticBackups: false,
    writeBackup: async (kind, fileName, bytes) => {
      if (kind === 'daily') return err('unsupported', 'automatic daily backups need the desktop app');
      download(fileName, bytes, 'application/json');
      return ok({ status: 'downloaded', fileName, size: bytes.length });
    },
    backupStatus: noFolder,
    chooseBackupFolder: noFolder,
    openBackupFolder: noFolder,
    readBackup: noFolder,
    readAnchor: async () => (env.storage ? ok(readStoredAnchor(env.storage)) : err('unsupported', 'no storage for the audit anchor')),
    keepAnchor: async (anchor, replace) =>
      env.storage ? ok(keepStoredAnchor(env.storage, anchor, replace)) : err('unsupported', 'no storage for the audit anchor'),
  };
}
