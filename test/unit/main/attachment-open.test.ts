/**
 * Issue 13 item 3: every attachment and signed scan can be opened in the system viewer and saved. Main decides:
 * it sniffs the CONTENT (a PDF, PNG, JPEG, TIFF or plain text), names the file itself with that kind's extension
 * in a private temp folder it deletes later, and refuses anything else (an executable renamed `.pdf`, HTML, SVG).
 * Runs the real handlers (registered with their zod schemas) over the real temp store on a real temporary folder.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIpcHandlers } from '../../../electron/main/ipc-handlers';
import { registerIpcHandlers, type IpcMainLike } from '../../../electron/main/ipc-registration';
import { createTempPdfStore, type TempPdfStore } from '../../../electron/main/temp-pdfs';
import { MAX_VIEWABLE_BYTES } from '../../../shared/attachments/viewable';
import { fakeDeps } from './fake-native-deps';

vi.mock('electron', () => ({}));

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (s: string) => new TextEncoder().encode(s);
const PDF = text('%PDF-1.7\n%âãÏÓ\n1 0 obj\n');
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46);
const TIFF = bytes(0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0);
const EXE = bytes(0x4d, 0x5a, 0x90, 0x00, 0x03, 0, 0, 0, 0x04, 0, 0, 0, 0xff, 0xff);

let root = '';
let store: TempPdfStore;
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'qorgau-attachment-open-test-'));
  store = createTempPdfStore({ mkdtemp, writeFile, rm }, root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function mainWith(overrides: Parameters<typeof fakeDeps>[0] = {}) {
  const deps = fakeDeps({ tempPdfs: store, ...overrides });
  const listeners = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
  registerIpcHandlers({ handle: (channel, listener) => listeners.set(channel, listener) }, createIpcHandlers(deps), () => true);
  const frame = { senderFrame: { url: 'app://qorgau/index.html' } };
  return { deps, call: (channel: string, payload: unknown) => listeners.get(channel)!(frame, payload) };
}

const openedPath = (deps: ReturnType<typeof mainWith>['deps']): string => String(vi.mocked(deps.openPath).mock.calls[0]?.[0]);

describe('opening an attachment: main sniffs the content and names the file', () => {
  it.each([
    ['scan.pdf', PDF, 'scan.pdf'],
    ['Акт № 5 (подписан).PDF', PDF, 'Акт _ 5 (подписан).pdf'],
    ['photo.png', PNG, 'photo.png'],
    ['photo.jpeg', JPEG, 'photo.jpg'],
    ['scan.tiff', TIFF, 'scan.tif'],
    ['письмо.txt', text('Прошу предоставить сведения.\r\n'), 'письмо.txt'],
    ['Обращение.eml', text('From: subject@example.kz\r\n\r\nText'), 'Обращение.txt'],
    // The name says PNG, the content is a PDF: the file on disk is what the content is.
    ['picture.png', PDF, 'picture.pdf'],
    // A bidi override cannot make "…fdp.exe" look like a PDF, and no second extension survives.
    ['invoice\u202Efdp.exe', PDF, 'invoicefdp.pdf'],
    ['report.exe.pdf', PDF, 'report_exe.pdf'],
    ['../../etc/passwd', text('root:x:0:0\n'), 'etc_passwd.txt'],
  ])('%s is opened with the system viewer from a private folder under the name main gives it', async (name, content, expected) => {
    const { deps, call } = mainWith();
    expect(await call('qorgau:attachment/open', { fileName: name, bytes: content })).toEqual({ ok: true, value: { status: 'opened' } });
    const filePath = openedPath(deps);
    expect(path.basename(filePath)).toBe(expected);
    expect(path.dirname(path.dirname(filePath))).toBe(root);
    expect(await readFile(filePath)).toEqual(Buffer.from(content));
    if (process.platform !== 'win32') expect((await stat(filePath)).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['an executable renamed .pdf', 'scan.pdf', EXE],
    ['an ELF binary named .png', 'photo.png', bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0)],
    ['HTML named .pdf', 'letter.pdf', text('<!doctype html><script>alert(1)</script>')],
    ['SVG', 'logo.svg', text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['HTML after a BOM and spaces', 'note.txt', text('\uFEFF  <html><body>x</body></html>')],
    ['a Word file (ZIP)', 'letter.docx', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0)],
    ['text with control characters', 'x.txt', bytes(0x41, 0x00, 0x42, 0x1b)],
    ['bytes that are not UTF-8', 'x.txt', bytes(0xc3, 0x28, 0xa0, 0xa1)],
  ])('refuses %s: nothing is written, nothing is opened', async (_label, name, content) => {
    const { deps, call } = mainWith();
    expect(await call('qorgau:attachment/open', { fileName: name, bytes: content })).toEqual({ ok: true, value: { status: 'refused' } });
    expect(deps.openPath).not.toHaveBeenCalled();
    expect(await readdir(root)).toEqual([]);
  });

  it.each([
    ['no bytes', { fileName: 'a.pdf', bytes: new Uint8Array() }],
    ['bytes as an array', { fileName: 'a.pdf', bytes: [0x25, 0x50] }],
    ['no name', { fileName: '', bytes: PDF }],
    ['a file over the size cap', { fileName: 'big.pdf', bytes: new Uint8Array(MAX_VIEWABLE_BYTES + 1) }],
  ])('refuses a payload with %s before acting', async (_label, payload) => {
    const { deps, call } = mainWith();
    const result = await call('qorgau:attachment/open', payload);
    expect(result).toMatchObject({ ok: false, error: 'invalid-payload' });
    expect(deps.openPath).not.toHaveBeenCalled();
    expect(await readdir(root)).toEqual([]);
  });

  it('deletes the file at once when the viewer cannot open it, and every opened file at quit', async () => {
    const failing = mainWith({ openPath: vi.fn(async () => 'no application for this file') });
    expect(await failing.call('qorgau:attachment/open', { fileName: 'a.png', bytes: PNG })).toMatchObject({ ok: false, error: 'io-failed' });
    expect(await readdir(root)).toEqual([]);

    const { deps, call } = mainWith();
    await call('qorgau:attachment/open', { fileName: 'a.pdf', bytes: PDF });
    await call('qorgau:attachment/open', { fileName: 'a.pdf', bytes: PDF });
    const paths = vi.mocked(deps.openPath).mock.calls.map((c) => String(c[0]));
    // The same name twice: two folders, neither overwrites the other's open copy.
    expect(new Set(paths).size).toBe(2);
    expect(paths.every((p) => existsSync(p))).toBe(true);
    await store.removeAll();
    expect(await readdir(root)).toEqual([]);
  });
});

describe('saving an attachment: the name and filter follow the content', () => {
  it.each([
    ['scan.pdf', PDF, 'scan.pdf', ['pdf']],
    ['photo.JPEG', JPEG, 'photo.jpg', ['jpg']],
    ['invoice\u202Efdp.exe', PDF, 'invoicefdp.pdf', ['pdf']],
    // Not a viewable kind: saved all the same (the DPO may need it), under a harmless name.
    ['letter.docx', bytes(0x50, 0x4b, 0x03, 0x04), 'letter.docx', ['docx']],
    // An e-mail is plain text: saved it stays an e-mail (opened, it is shown as text).
    ['Обращение.eml', text('From: subject@example.kz\r\nSubject: request\r\n\r\nText'), 'Обращение.eml', ['eml']],
    ['notes.txt', text('plain'), 'notes.txt', ['txt']],
    ['scan.pdf', EXE, 'scan.bin', ['bin']],
    ['tool.exe', EXE, 'tool.bin', ['bin']],
  ])('%s is offered under a name and filter of its content', async (name, content, offered, extensions) => {
    const { deps, call } = mainWith({ showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/dpo/chosen' })) });
    expect(await call('qorgau:attachment/save', { fileName: name, bytes: content })).toEqual({
      ok: true,
      value: { status: 'saved', path: '/home/dpo/chosen' },
    });
    expect(deps.showSaveDialog).toHaveBeenCalledWith({ defaultPath: offered, filters: [{ name: extensions[0]!.toUpperCase(), extensions }] });
    expect(deps.writeFile).toHaveBeenCalledWith('/home/dpo/chosen', content);
    expect(deps.openPath).not.toHaveBeenCalled();
  });

  it('writes nothing when the dialog is canceled', async () => {
    const { deps, call } = mainWith({ showSaveDialog: vi.fn(async () => ({ canceled: true })) });
    expect(await call('qorgau:attachment/save', { fileName: 'a.pdf', bytes: PDF })).toEqual({ ok: true, value: { status: 'canceled' } });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });
});
