import { describe, expect, it, vi } from 'vitest';
import { browserPlatform, type BrowserEnvironment } from '../../../renderer/platform/browser-platform';
import { electronPlatform } from '../../../renderer/platform/electron-platform';
import type { QorgauBridge } from '../../../shared/ipc';

function env(overrides: Partial<BrowserEnvironment> = {}): BrowserEnvironment {
  return {
    document,
    open: vi.fn(() => ({}) as Window),
    Notification: undefined,
    navigator,
    createObjectURL: vi.fn(() => 'blob:qorgau/1'),
    revokeObjectURL: vi.fn(),
    storage: undefined,
    ...overrides,
  };
}

describe('browser fallback platform', () => {
  it('saves by downloading a file with the given name', async () => {
    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const result = await browserPlatform(env()).saveFile('report.json', new Uint8Array([1]), []);
    expect(result).toEqual({ ok: true, value: { status: 'downloaded', fileName: 'report.json' } });
    expect(clicks).toEqual(['report.json']);
    click.mockRestore();
  });

  it('opens PDFs in a new tab and says so when the tab is blocked', async () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    expect(await browserPlatform(env()).openPdf('a.pdf', pdf)).toEqual({ ok: true, value: undefined });
    expect(await browserPlatform(env({ open: () => null })).openPdf('a.pdf', pdf)).toMatchObject({ ok: false, error: 'not-allowed' });
  });

  it('opens an attachment by its content: a new tab of the sniffed type for PDF/PNG/JPEG, a download for TIFF and text, refused otherwise', async () => {
    const blobs: Blob[] = [];
    const environment = env({ createObjectURL: vi.fn((blob: Blob) => (blobs.push(blob), 'blob:qorgau/2')) });
    const platform = browserPlatform(environment);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
    // Named and typed as a PDF by whoever sent it: the tab is told what the content is.
    expect(await platform.openAttachment('scan.pdf', png)).toEqual({ ok: true, value: { status: 'opened' } });
    expect(environment.open).toHaveBeenCalledWith('blob:qorgau/2', '_blank', '');
    expect(blobs.map((b) => b.type)).toEqual(['image/png']);

    const clicks: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const tiff = new Uint8Array([0x49, 0x49, 0x2a, 0x00, 8]);
    expect(await platform.openAttachment('скан.tiff', tiff)).toEqual({ ok: true, value: { status: 'downloaded', fileName: 'скан.tif' } });
    // HTML, SVG and executables never reach a tab, whatever their name.
    for (const content of ['<svg onload="alert(1)"/>', '<!doctype html><p>x']) {
      expect(await platform.openAttachment('photo.png', new TextEncoder().encode(content))).toEqual({ ok: true, value: { status: 'refused' } });
    }
    expect(await platform.openAttachment('invoice.pdf', new Uint8Array([0x4d, 0x5a, 0x90, 0]))).toEqual({ ok: true, value: { status: 'refused' } });
    expect(environment.open).toHaveBeenCalledTimes(1);
    // Save: a download under a name of the content.
    expect(await platform.saveAttachment('invoice.pdf', new Uint8Array([0x4d, 0x5a, 0x90, 0]))).toEqual({
      ok: true,
      value: { status: 'downloaded', fileName: 'invoice.bin' },
    });
    expect(clicks).toEqual(['скан.tif', 'invoice.bin']);
    click.mockRestore();
  });

  it('prints through a hidden frame', async () => {
    await browserPlatform(env()).printPdf('a.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    const frame = document.querySelector('iframe[title="print"]');
    expect(frame?.getAttribute('src')).toBe('blob:qorgau/1');
    frame?.remove();
  });

  it('uses the Notification API and respects a refusal', async () => {
    const shown: string[] = [];
    class Granted {
      static permission = 'granted';
      static requestPermission = async () => 'granted';
      constructor(title: string) {
        shown.push(title);
      }
    }
    class Refused {
      static permission = 'default';
      static requestPermission = async () => 'denied';
    }
    expect(await browserPlatform(env({ Notification: Granted as never })).notify('Срок', 'x')).toBe('shown');
    expect(shown).toEqual(['Срок']);
    expect(await browserPlatform(env({ Notification: Refused as never })).notify('Срок', 'x')).toBe('denied');
    expect(await browserPlatform(env()).notify('Срок', 'x')).toBe('unsupported');
  });

  it('opens only allow-listed addresses', async () => {
    const open = vi.fn(() => null);
    const platform = browserPlatform(env({ open }));
    expect(await platform.openExternal('https://evil.example/')).toMatchObject({ ok: false, error: 'not-allowed' });
    expect(open).not.toHaveBeenCalled();
    expect(await platform.openExternal('https://adilet.zan.kz/rus/docs/Z1300000094')).toEqual({ ok: true, value: undefined });
    expect(open).toHaveBeenCalledWith('https://adilet.zan.kz/rus/docs/Z1300000094', '_blank', 'noopener,noreferrer');
  });
});

describe('electron platform', () => {
  it('passes calls through the bridge', async () => {
    const bridge = {
      kind: 'electron',
      saveFile: vi.fn(async () => ({ ok: true as const, value: { status: 'saved' as const, path: '/x/a.pdf' } })),
      printPdf: vi.fn(),
      openPdf: vi.fn(),
      openAttachment: vi.fn(async () => ({ ok: true as const, value: { status: 'refused' as const } })),
      saveAttachment: vi.fn(async () => ({ ok: true as const, value: { status: 'canceled' as const } })),
      notify: vi.fn(async () => ({ ok: false as const, error: 'unsupported' as const, message: '' })),
      appInfo: vi.fn(),
      openExternal: vi.fn(),
      setLocale: vi.fn(async () => ({ ok: true as const, value: undefined })),
      onMenuCommand: vi.fn(() => () => undefined),
    } satisfies Partial<QorgauBridge> as unknown as QorgauBridge;
    const platform = electronPlatform(bridge);
    expect(await platform.saveFile('a.pdf', new Uint8Array([1]), [{ name: 'PDF', extensions: ['pdf'] }])).toEqual({
      ok: true,
      value: { status: 'saved', path: '/x/a.pdf' },
    });
    expect(bridge.saveFile).toHaveBeenCalledWith({ suggestedName: 'a.pdf', bytes: new Uint8Array([1]), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    expect(await platform.notify('t', 'b')).toBe('unsupported');
    // Attachments go to main as they are: main sniffs, names and decides.
    expect(await platform.openAttachment('scan.pdf', new Uint8Array([0x4d, 0x5a]))).toEqual({ ok: true, value: { status: 'refused' } });
    expect(bridge.openAttachment).toHaveBeenCalledWith({ fileName: 'scan.pdf', bytes: new Uint8Array([0x4d, 0x5a]) });
    expect(await platform.saveAttachment('scan.pdf', new Uint8Array([1]))).toEqual({ ok: true, value: { status: 'canceled' } });
    expect(bridge.saveAttachment).toHaveBeenCalledWith({ fileName: 'scan.pdf', bytes: new Uint8Array([1]) });
    await platform.setLocale('kk');
    expect(bridge.setLocale).toHaveBeenCalledWith({ locale: 'kk' });
  });
});
