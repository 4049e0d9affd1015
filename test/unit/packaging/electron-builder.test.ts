import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const config = JSON.parse(readFileSync('electron-builder.json', 'utf8')) as {
  electronFuses: Record<string, boolean>;
  win: { target: { target: string }[] };
  mac: { target: { target: string }[] };
  linux: { target: string[]; icon: string };
  asar: boolean;
  deleteAppDataOnUninstall?: boolean;
  nsis: { deleteAppDataOnUninstall: boolean };
};

describe('packaging configuration', () => {
  it('targets NSIS, dmg, AppImage and deb', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(existsSync(config.linux.icon)).toBe(true);
  });

  it('flips the Electron fuses after pack', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('never deletes the cases when the app is uninstalled', () => {
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });
});
