/** Stand-ins for the native capabilities main's IPC handlers are given (electron/main/native-deps.ts in the app). */
import { vi } from 'vitest';
import type { BackupStore } from '../../../electron/main/backup-store';
import type { NativeDeps } from '../../../electron/main/ipc-handlers';
import { safePdfFileName } from '../../../electron/main/temp-pdfs';
import { safeAttachmentName, type ViewableKind } from '../../../shared/attachments/viewable';

export const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);

export function fakeDeps(overrides: Partial<NativeDeps> = {}): NativeDeps {
  return {
    showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/dpo/letter.pdf' })),
    writeFile: vi.fn(async () => undefined),
    tempPdfs: {
      write: vi.fn(async (name: string) => `/tmp/qorgau-pdf-1/${safePdfFileName(name)}`),
      writeViewable: vi.fn(async (name: string, _bytes: Uint8Array, kind: ViewableKind) => `/tmp/qorgau-pdf-2/${safeAttachmentName(name, kind)}`),
      remove: vi.fn(async () => undefined),
      removeAll: vi.fn(async () => undefined),
    },
    openPath: vi.fn(async () => ''),
    printPdf: vi.fn(async () => undefined),
    notificationsSupported: () => true,
    showNotification: vi.fn(),
    openExternal: vi.fn(async () => undefined),
    appInfo: () => ({ name: 'Qorgau', version: '0.1.0', electron: '45.4.1', chrome: '142', platform: 'linux', systemLocale: 'kk-KZ' }),
    setLocale: vi.fn(),
    setTheme: vi.fn(() => 'applied' as const),
    backupStore: fakeBackupStore(),
    anchorStore: { read: vi.fn(async () => null), keep: vi.fn(async (anchor) => anchor) },
    showFolderDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/media/usb/qorgau'] })),
    ...overrides,
  };
}

export const TOKEN = '0b6f1a52-8c1e-4a43-9d1f-3f7e2b9a6c10';

export function fakeBackupStore(overrides: Partial<BackupStore> = {}): BackupStore {
  return {
    folder: vi.fn(async () => '/home/dpo/.config/Qorgau/backups'),
    setFolder: vi.fn(async () => undefined),
    status: vi.fn(async () => ({
      folder: '/home/dpo/.config/Qorgau/backups',
      isDefaultFolder: true,
      entries: [],
      dailyDue: true,
      keep: { daily: 14, monthly: 6, preUpgrade: 6 },
    })),
    list: vi.fn(async () => []),
    begin: vi.fn(async () => TOKEN),
    append: vi.fn(async () => undefined),
    commit: vi.fn(async () => ({ fileName: 'f.json', path: '/b/f.json', size: 10, createdAt: '2026-05-26T05:00:00.000Z', verified: true })),
    read: vi.fn(async () => ({ bytes: new Uint8Array([1]), totalBytes: 1 })),
    ...overrides,
  };
}
