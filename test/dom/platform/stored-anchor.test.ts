/** The browser keeps the audit trail's anchor in localStorage (apart from IndexedDB), by the rule main's file follows. */
import { describe, expect, it } from 'vitest';
import { browserPlatform } from '../../../renderer/platform/browser-platform';
import { ANCHOR_STORAGE_KEY } from '../../../renderer/platform/stored-anchor';

const hash = (c: string) => c.repeat(64);

describe('browser anchor store', () => {
  it('keeps the first head, then only a further one; a restore replaces it; junk reads as none', async () => {
    localStorage.clear();
    const platform = browserPlatform({
      document,
      open: () => null,
      Notification: undefined,
      navigator,
      createObjectURL: () => 'blob:x',
      revokeObjectURL: () => undefined,
      storage: localStorage,
    });
    expect(await platform.readAnchor()).toEqual({ ok: true, value: null });
    expect(await platform.keepAnchor({ seq: 5, hash: hash('a') }, false)).toEqual({ ok: true, value: { seq: 5, hash: hash('a') } });
    expect(await platform.keepAnchor({ seq: 3, hash: hash('b') }, false)).toEqual({ ok: true, value: { seq: 5, hash: hash('a') } });
    expect(await platform.keepAnchor({ seq: 2, hash: hash('c') }, true)).toEqual({ ok: true, value: { seq: 2, hash: hash('c') } });
    expect(JSON.parse(localStorage.getItem(ANCHOR_STORAGE_KEY) ?? '')).toEqual({ seq: 2, hash: hash('c') });
    localStorage.setItem(ANCHOR_STORAGE_KEY, '{"seq":"x"}');
    expect(await platform.readAnchor()).toEqual({ ok: true, value: null });
  });

  it('without storage says so instead of pretending', async () => {
    const platform = browserPlatform({
      document,
      open: () => null,
      Notification: undefined,
      navigator,
      createObjectURL: () => 'blob:x',
      revokeObjectURL: () => undefined,
      storage: undefined,
    });
    expect(await platform.readAnchor()).toMatchObject({ ok: false, error: 'unsupported' });
  });
});
