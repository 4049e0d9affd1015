/**
 * Typed registration of the IPC map (shared/ipc.ts `IpcMap`) in main. `handle(channel, schema, fn)` takes
 * the schema and the handler of that very channel — their types come from the map — and answers every call
 * in this order: a frame that is not the app is refused, the payload must pass the channel's zod schema,
 * only then does the handler run, and an error it throws becomes an answer. `registerIpcHandlers`
 * registers every channel of the map, each exactly once.
 */
import type { ZodType } from 'zod';
import { INVOKE_CHANNELS, type IpcChannel, type IpcError, type IpcPayload, type IpcValue } from '../../shared/ipc';
import { IPC_SCHEMAS } from '../../shared/ipc-schemas';
import { err, type Result } from '../../shared/result';
import { BackupStoreError } from './backup-store';

/** The handler of one channel: it receives the payload already validated. */
export type IpcHandler<K extends IpcChannel> = (payload: IpcPayload<K>) => Promise<Result<IpcValue<K>, IpcError>>;

/** One handler per channel of the map. */
export type IpcHandlers = { readonly [K in IpcChannel]: IpcHandler<K> };

/** One schema per channel of the map (shared/ipc-schemas.ts `IPC_SCHEMAS` is checked against it). */
export type IpcSchemas = { readonly [K in IpcChannel]: ZodType<IpcPayload<K>> };

export interface IpcSenderEvent {
  readonly senderFrame: { readonly url: string } | null;
}

/** The part of Electron's `ipcMain` used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderEvent, payload: unknown) => Promise<Result<unknown, IpcError>>): void;
}

export interface IpcRegistrar {
  /** Registers the handler of `channel`; a second registration of the same channel throws. */
  handle<K extends IpcChannel>(channel: K, schema: ZodType<IpcPayload<K>>, fn: IpcHandler<K>): void;
}

/** Runs a handler; a thrown error becomes an answer (a failed read-back check: verify-failed). */
async function guarded<T>(run: () => Promise<Result<T, IpcError>>): Promise<Result<T, IpcError>> {
  try {
    return await run();
  } catch (cause) {
    if (cause instanceof BackupStoreError && cause.code === 'verify-failed') return err('verify-failed', cause.message);
    return err('io-failed', cause instanceof Error ? cause.message : String(cause));
  }
}

export function ipcRegistrar(ipcMain: IpcMainLike, isTrustedSender: (url: string) => boolean): IpcRegistrar {
  const registered = new Set<IpcChannel>();
  return {
    handle(channel, schema, fn) {
      if (registered.has(channel)) throw new Error(`a second handler for ${channel}`);
      registered.add(channel);
      ipcMain.handle(channel, async (event, payload) => {
        if (!isTrustedSender(event.senderFrame?.url ?? '')) return err('not-allowed', 'IPC from an untrusted frame');
        const parsed = schema.safeParse(payload);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          return err('invalid-payload', `${issue?.path.join('.') || 'payload'}: ${issue?.message ?? 'invalid'}`);
        }
        return guarded(() => fn(parsed.data));
      });
    },
  };
}

const SCHEMAS: IpcSchemas = IPC_SCHEMAS;

/** Registers every channel of the map with its schema and its handler; calls from any frame that is not the app are refused. */
export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: IpcHandlers, isTrustedSender: (url: string) => boolean): void {
  const registrar = ipcRegistrar(ipcMain, isTrustedSender);
  const register = <K extends IpcChannel>(channel: K): void => registrar.handle(channel, SCHEMAS[channel], handlers[channel]);
  for (const channel of INVOKE_CHANNELS) register(channel);
}
