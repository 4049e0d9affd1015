import { BACKUP_CHUNK_BYTES, type QorgauBridge } from '../../shared/ipc';
import { err, ok, type Result } from '../../shared/result';
import type { BackupWriteOutcome, Platform, PlatformError } from './platform';

export function electronPlatform(bridge: QorgauBridge): Platform {
  return {
    kind: 'electron',
    saveFile: async (fileName, bytes, filters) => {
      const result = await bridge.saveFile({
        suggestedName: fileName,
        bytes,
        filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
      });
      return result.ok ? ok(result.value) : result;
    },
    printPdf: (fileName, bytes) => bridge.printPdf({ fileName, bytes }),
    openPdf: (fileName, bytes) => bridge.openPdf({ fileName, bytes }),
    openAttachment: (fileName, bytes) => bridge.openAttachment({ fileName, bytes }),
    saveAttachment: (fileName, bytes) => bridge.saveAttachment({ fileName, bytes }),
    notify: async (title, body) => {
      const result = await bridge.notify({ title, body });
      return result.ok ? 'shown' : 'unsupported';
    },
    appInfo: async () => {
      const result = await bridge.appInfo();
      if (!result.ok) throw new Error(result.message);
      return result.value;
    },
    openExternal: (url) => bridge.openExternal({ url }),
    setLocale: async (locale) => {
      await bridge.setLocale({ locale });
    },
    setTheme: async (theme) => {
      const result = await bridge.setTheme({ theme });
      if (!result.ok) throw new Error(result.message);
    },
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
    automaticBackups: true,
    writeBackup: async (kind, fileName, bytes): Promise<Result<BackupWriteOutcome, PlatformError>> => {
      const begun = await bridge.backupBegin({ kind, totalBytes: bytes.length, ...(kind === 'export' ? { suggestedName: fileName } : {}) });
      if (!begun.ok) return begun;
      if (begun.value.status === 'canceled') return ok({ status: 'canceled' });
      const { token } = begun.value;
      for (let offset = 0; offset < bytes.length; offset += BACKUP_CHUNK_BYTES) {
        // slice, not subarray: IPC would copy a view's whole underlying buffer with every chunk.
        const appended = await bridge.backupAppend({ token, bytes: bytes.slice(offset, offset + BACKUP_CHUNK_BYTES) });
        if (!appended.ok) return appended;
      }
      const committed = await bridge.backupCommit({ token });
      return committed.ok ? ok({ status: 'written', written: committed.value }) : committed;
    },
    backupStatus: () => bridge.backupStatus(),
    readAnchor: () => bridge.anchorRead(),
    keepAnchor: (anchor, replace) => bridge.anchorKeep({ anchor, replace }),
    chooseBackupFolder: () => bridge.backupChooseFolder(),
    openBackupFolder: () => bridge.backupOpenFolder(),
    readBackup: async (fileName) => {
      const parts: Uint8Array[] = [];
      let offset = 0;
      let total: number;
      do {
        const chunk = await bridge.backupRead({ fileName, offset });
        if (!chunk.ok) return chunk;
        total = chunk.value.totalBytes;
        if (chunk.value.bytes.length === 0) break;
        parts.push(chunk.value.bytes);
        offset += chunk.value.bytes.length;
      } while (offset < total);
      if (offset !== total) return err('io-failed', `read ${offset} of ${total} bytes`);
      const whole = new Uint8Array(total);
      let at = 0;
      for (const part of parts) {
        whole.set(part, at);
        at += part.length;
      }
      return ok(whole);
    },
  };
}
