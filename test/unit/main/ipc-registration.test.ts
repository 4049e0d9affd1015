/**
 * Typed registration of the IPC map in main (electron/main/ipc-registration.ts): every channel of the map
 * has exactly one handler and one schema, and `handle` checks the frame, then the payload, before the
 * handler runs. The `@ts-expect-error` lines are checked by `tsc`: a schema or handler of the wrong channel
 * does not compile.
 */
import type { z } from 'zod';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { BackupStoreError } from '../../../electron/main/backup-store';
import { createIpcHandlers } from '../../../electron/main/ipc-handlers';
import { ipcRegistrar, registerIpcHandlers, type IpcMainLike, type IpcSchemas } from '../../../electron/main/ipc-registration';
import { BRIDGE_METHODS, INVOKE_CHANNELS, MENU_COMMAND_CHANNEL, type IpcChannel, type IpcPayload } from '../../../shared/ipc';
import { IPC_SCHEMAS, noPayload, notifyPayload, pdfPayload, saveFilePayload } from '../../../shared/ipc-schemas';
import { ok } from '../../../shared/result';
import { fakeDeps } from './fake-native-deps';

vi.mock('electron', () => ({}));

type Listener = Parameters<IpcMainLike['handle']>[1];

/** Records registrations and, like Electron's ipcMain, refuses a second handler for a channel. */
function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const order: string[] = [];
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      if (listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      listeners.set(channel, listener);
      order.push(channel);
    },
  };
  return { ipcMain, listeners, order };
}

const APP = { senderFrame: { url: 'app://qorgau/index.html' } };
const isApp = (url: string) => url.startsWith('app://qorgau/');
const sorted = (values: Iterable<string>) => [...values].sort();

describe('the IPC map has one handler and one schema per channel', () => {
  it('lists each invoke channel once, and not the channel main sends menu commands on', () => {
    expect(new Set(INVOKE_CHANNELS).size).toBe(INVOKE_CHANNELS.length);
    expect(INVOKE_CHANNELS).not.toContain(MENU_COMMAND_CHANNEL);
    expect(INVOKE_CHANNELS.length).toBeGreaterThan(0);
  });

  it('has exactly one handler and one schema for every channel, and nothing else', () => {
    expect(sorted(Object.keys(createIpcHandlers(fakeDeps())))).toEqual(sorted(INVOKE_CHANNELS));
    expect(sorted(Object.keys(IPC_SCHEMAS))).toEqual(sorted(INVOKE_CHANNELS));
    expect(sorted(Object.keys(BRIDGE_METHODS))).toEqual(sorted(INVOKE_CHANNELS));
  });

  it('registers every channel of the map exactly once', () => {
    const { ipcMain, order } = fakeIpcMain();
    registerIpcHandlers(ipcMain, createIpcHandlers(fakeDeps()), isApp);
    expect(sorted(order)).toEqual(sorted(INVOKE_CHANNELS));
  });

  it('refuses to register a channel twice', () => {
    const registrar = ipcRegistrar(fakeIpcMain().ipcMain, isApp);
    registrar.handle('qorgau:app/info', noPayload, async () => ok(fakeDeps().appInfo()));
    expect(() => registrar.handle('qorgau:app/info', noPayload, async () => ok(fakeDeps().appInfo()))).toThrow(/second handler/);
  });

  it('types the schema and the handler by the channel (checked by tsc)', () => {
    const registrar = ipcRegistrar(fakeIpcMain().ipcMain, isApp);
    // @ts-expect-error — the schema of another channel: its output is not a SaveFilePayload
    registrar.handle('qorgau:file/save', pdfPayload, async () => ok({ status: 'canceled' as const }));
    // @ts-expect-error — the answer is not the channel's (AppInfo expected)
    registrar.handle('qorgau:app/info', noPayload, async () => ok('Qorgau'));
    // @ts-expect-error — not a channel of the map
    registrar.handle('qorgau:shell/exec', noPayload, async () => ok(undefined));
    // @ts-expect-error — a schema record must name every channel
    const partial: IpcSchemas = { 'qorgau:file/save': saveFilePayload };
    expect(partial).toBeDefined();
  });

  it('parses each payload into exactly its contract type, neither narrower nor wider (checked by tsc)', () => {
    type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
    type SchemaMatches = { [K in IpcChannel]: Same<z.output<(typeof IPC_SCHEMAS)[K]>, IpcPayload<K>> };
    expectTypeOf<SchemaMatches>().toEqualTypeOf<{ [K in IpcChannel]: true }>();
  });
});

describe('handle: frame, then payload, then the handler', () => {
  function registered<K extends IpcChannel>(channel: K, register: (registrar: ReturnType<typeof ipcRegistrar>) => void): Listener {
    const { ipcMain, listeners } = fakeIpcMain();
    register(ipcRegistrar(ipcMain, isApp));
    return listeners.get(channel)!;
  }

  it('refuses a frame that is not the app before looking at the payload', async () => {
    const fn = vi.fn(async () => ok(undefined));
    const safeParse = vi.spyOn(notifyPayload, 'safeParse');
    const notify = registered('qorgau:notify/show', (r) => r.handle('qorgau:notify/show', notifyPayload, fn));
    const payload = { title: 'x', body: '' };
    expect(await notify({ senderFrame: { url: 'https://evil.example/' } }, payload)).toMatchObject({ ok: false, error: 'not-allowed' });
    expect(await notify({ senderFrame: null }, payload)).toMatchObject({ ok: false, error: 'not-allowed' });
    expect(await notify({ senderFrame: { url: 'http://127.0.0.1:5173/' } }, payload)).toMatchObject({ ok: false, error: 'not-allowed' });
    expect(safeParse).not.toHaveBeenCalled();
    expect(fn).not.toHaveBeenCalled();
    expect(await notify(APP, payload)).toEqual({ ok: true, value: undefined });
    expect(fn).toHaveBeenCalledTimes(1);
    safeParse.mockRestore();
  });

  it('answers invalid-payload, naming the field, and never calls the handler', async () => {
    const fn = vi.fn(async () => ok(undefined));
    const notify = registered('qorgau:notify/show', (r) => r.handle('qorgau:notify/show', notifyPayload, fn));
    expect(await notify(APP, { title: '', body: '' })).toMatchObject({ ok: false, error: 'invalid-payload', message: expect.stringMatching(/^title: /) });
    expect(await notify(APP, undefined)).toMatchObject({ ok: false, error: 'invalid-payload' });
    expect(await notify(APP, 'notify me')).toMatchObject({ ok: false, error: 'invalid-payload' });
    expect(fn).not.toHaveBeenCalled();
  });

  it('hands the handler the parsed payload: keys outside the schema do not reach it', async () => {
    const fn = vi.fn(async () => ok(undefined));
    const notify = registered('qorgau:notify/show', (r) => r.handle('qorgau:notify/show', notifyPayload, fn));
    await notify(APP, { title: 'Срок', body: 'DSR-2026-000001', path: '/etc/passwd' });
    expect(fn).toHaveBeenCalledWith({ title: 'Срок', body: 'DSR-2026-000001' });
  });

  it('a channel without a payload refuses one', async () => {
    const fn = vi.fn(async () => ok(fakeDeps().appInfo()));
    const appInfo = registered('qorgau:app/info', (r) => r.handle('qorgau:app/info', noPayload, fn));
    expect(await appInfo(APP, { anything: 1 })).toMatchObject({ ok: false, error: 'invalid-payload' });
    expect(fn).not.toHaveBeenCalled();
    expect(await appInfo(APP, undefined)).toMatchObject({ ok: true, value: { name: 'Qorgau' } });
  });

  it('turns a thrown error into an answer: verify-failed for a failed read-back, else io-failed', async () => {
    const failing = (cause: unknown) =>
      registered('qorgau:backup/status', (r) =>
        r.handle('qorgau:backup/status', noPayload, async () => {
          throw cause;
        }),
      );
    expect(await failing(new BackupStoreError('verify-failed', 'checksum-mismatch'))(APP, undefined)).toEqual({
      ok: false,
      error: 'verify-failed',
      message: 'checksum-mismatch',
    });
    expect(await failing(new Error('EACCES'))(APP, undefined)).toEqual({ ok: false, error: 'io-failed', message: 'EACCES' });
    expect(await failing('disk gone')(APP, undefined)).toEqual({ ok: false, error: 'io-failed', message: 'disk gone' });
  });

  it('registerIpcHandlers validates with IPC_SCHEMAS: a PDF channel refuses bytes that are not a PDF', async () => {
    const { ipcMain, listeners } = fakeIpcMain();
    const deps = fakeDeps();
    registerIpcHandlers(ipcMain, createIpcHandlers(deps), isApp);
    expect(await listeners.get('qorgau:pdf/print')!(APP, { fileName: 'x.pdf', bytes: new Uint8Array([1, 2, 3, 4]) })).toMatchObject({
      error: 'invalid-payload',
    });
    expect(deps.tempPdfs.write).not.toHaveBeenCalled();
  });
});
