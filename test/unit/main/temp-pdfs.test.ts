/**
 * Issue 16 finding 1: the PDF channels named the file after the renderer's word (`invoice.bat`, `.html`, a
 * U+202E name) and never deleted it. Main now names the file itself — always `.pdf` — and deletes it when the
 * viewer closes and at quit. Runs the real handlers over the real temp store on a real temporary folder.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIpcHandlers } from '../../../electron/main/ipc-handlers';
import { registerIpcHandlers, type IpcMainLike } from '../../../electron/main/ipc-registration';
import { createTempPdfStore, safePdfFileName, type TempPdfStore } from '../../../electron/main/temp-pdfs';
import { PDF, fakeDeps } from './fake-native-deps';

vi.mock('electron', () => ({}));

let root = '';
let store: TempPdfStore;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'qorgau-temp-pdfs-test-'));
  store = createTempPdfStore({ mkdtemp, writeFile, rm }, root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function mainWith(overrides: Parameters<typeof fakeDeps>[0]) {
  const deps = fakeDeps({ tempPdfs: store, ...overrides });
  const listeners = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
  registerIpcHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, createIpcHandlers(deps), () => true);
  const frame = { senderFrame: { url: 'app://qorgau/index.html' } };
  return { deps, call: (channel: string, payload: unknown) => listeners.get(channel)!(frame, payload) };
}

describe('main names every PDF it writes', () => {
  it.each([
    ['invoice.bat', 'invoice_bat.pdf'],
    ['invoice.hta', 'invoice_hta.pdf'],
    ['run.desktop', 'run_desktop.pdf'],
    ['page.html', 'page_html.pdf'],
    ['act\u202Efdp.exe', 'actfdp_exe.pdf'],
    ['Акт жою № 5.pdf', 'Акт жою _ 5.pdf'],
    ['act.PDF', 'act.pdf'],
    ['...', 'document.pdf'],
    ['a\u200Bb\u2066c\u2069.pdf', 'abc.pdf'],
  ])('%j → %j', (requested, named) => {
    expect(safePdfFileName(requested)).toBe(named);
  });

  it('a long name is cut, and still ends in .pdf', () => {
    expect(safePdfFileName('x'.repeat(500) + '.bat')).toMatch(/^x{80}\.pdf$/);
  });

  it.each(['invoice.bat', 'page.html', 'x\u202Elmth.pdf', 'run.desktop'])('opening %j hands the system viewer a .pdf', async (fileName) => {
    const { deps, call } = mainWith({});
    expect(await call('qorgau:pdf/open', { fileName, bytes: PDF })).toEqual({ ok: true, value: undefined });
    const opened = vi.mocked(deps.openPath).mock.calls[0]![0];
    expect(opened.endsWith('.pdf')).toBe(true);
    expect(path.basename(opened)).toMatch(/^[\p{L}\p{N} _()-]+\.pdf$/u);
    expect(existsSync(opened)).toBe(true);
  });

  it("prints under main's name and deletes the file when the viewer closes", async () => {
    let closeViewer: () => void = () => undefined;
    const printPdf = vi.fn(async (_file: string, _title: string, onClosed: () => void) => {
      closeViewer = onClosed;
    });
    const { call } = mainWith({ printPdf });
    expect(await call('qorgau:pdf/print', { fileName: 'letter.html', bytes: PDF })).toEqual({ ok: true, value: undefined });
    const printed = printPdf.mock.calls[0]![0];
    expect(path.basename(printed)).toBe('letter_html.pdf');
    expect(existsSync(printed)).toBe(true);
    closeViewer();
    await vi.waitFor(() => expect(existsSync(printed)).toBe(false));
  });

  it('deletes a file the system viewer could not open, and every other one at quit', async () => {
    const failing = mainWith({ openPath: vi.fn(async () => 'no application') });
    await failing.call('qorgau:pdf/open', { fileName: 'a.pdf', bytes: PDF });
    expect(await readdir(root)).toEqual([]);

    const { call } = mainWith({});
    await call('qorgau:pdf/open', { fileName: 'a.pdf', bytes: PDF });
    await call('qorgau:pdf/open', { fileName: 'b.pdf', bytes: PDF });
    expect(await readdir(root)).toHaveLength(2);
    await store.removeAll();
    expect(await readdir(root)).toEqual([]);
  });

  it('removes only files it wrote', async () => {
    const outside = path.join(root, 'keep.txt');
    await writeFile(outside, 'x');
    await store.remove(outside);
    expect(existsSync(outside)).toBe(true);
  });
});
