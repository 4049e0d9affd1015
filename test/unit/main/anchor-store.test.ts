/** Main keeps the audit trail's anchor in a file of the user-data folder: only a further head replaces it, or a restore. */
import { describe, expect, it, vi } from 'vitest';
import { createAnchorStore } from '../../../electron/main/anchor-store';
import { createIpcHandlers } from '../../../electron/main/ipc-handlers';
import { IPC_SCHEMAS } from '../../../shared/ipc-schemas';
import { fakeDeps } from './fake-native-deps';

vi.mock('electron', () => ({}));

const hash = (c: string) => c.repeat(64);

function memoryFile(initial?: string) {
  let json = initial;
  return {
    read: vi.fn(async () => json),
    write: vi.fn(async (next: string) => {
      json = next;
    }),
    get json() {
      return json;
    },
  };
}

describe('anchor store (main)', () => {
  it('keeps the first anchor, then only a further one; a restore replaces it', async () => {
    const file = memoryFile();
    const store = createAnchorStore(file, () => new Date('2026-11-30T10:00:00.000Z'));
    expect(await store.read()).toBeNull();
    expect(await store.keep({ seq: 4, hash: hash('a') }, false)).toEqual({ seq: 4, hash: hash('a') });
    expect(JSON.parse(file.json!)).toEqual({ seq: 4, hash: hash('a'), keptAt: '2026-11-30T10:00:00.000Z' });
    // A shorter trail (entries removed) does not move it back.
    expect(await store.keep({ seq: 2, hash: hash('b') }, false)).toEqual({ seq: 4, hash: hash('a') });
    expect(file.write).toHaveBeenCalledTimes(1);
    expect(await store.keep({ seq: 7, hash: hash('c') }, false)).toEqual({ seq: 7, hash: hash('c') });
    expect(await store.keep({ seq: 3, hash: hash('d') }, true)).toEqual({ seq: 3, hash: hash('d') });
    expect(await store.read()).toEqual({ seq: 3, hash: hash('d') });
  });

  it('reads a damaged or foreign file as no anchor', async () => {
    expect(await createAnchorStore(memoryFile('{not json')).read()).toBeNull();
    expect(await createAnchorStore(memoryFile('{"seq":-1,"hash":"x","keptAt":""}')).read()).toBeNull();
  });

  it('answers on its IPC channels; a malformed anchor is refused by the channel schema', async () => {
    const store = createAnchorStore(memoryFile());
    const handlers = createIpcHandlers(fakeDeps({ anchorStore: store }));
    expect(await handlers['qorgau:anchor/keep']({ anchor: { seq: 5, hash: hash('e') }, replace: false })).toEqual({
      ok: true,
      value: { seq: 5, hash: hash('e') },
    });
    expect(await handlers['qorgau:anchor/read'](undefined)).toEqual({ ok: true, value: { seq: 5, hash: hash('e') } });
    const schema = IPC_SCHEMAS['qorgau:anchor/keep'];
    expect(schema.safeParse({ anchor: { seq: 5, hash: 'ABC' }, replace: false }).success).toBe(false);
    expect(schema.safeParse({ anchor: { seq: 1.5, hash: hash('e') }, replace: false }).success).toBe(false);
    expect(schema.safeParse({ anchor: { seq: 5, hash: hash('e') } }).success).toBe(false);
    expect(IPC_SCHEMAS['qorgau:anchor/read'].safeParse({ anything: 1 }).success).toBe(false);
  });
});
