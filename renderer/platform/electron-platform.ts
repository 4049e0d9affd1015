import type { QorgauBridge } from '../../shared/ipc';
import { ok } from '../../shared/result';
import type { Platform } from './platform';

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
    onMenuCommand: (listener) => bridge.onMenuCommand(listener),
  };
}
