import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, MIN_HEIGHT, MIN_WIDTH, createWindowStateStore, fitToDisplays, parseWindowState } from '../../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const external = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('window state', () => {
  it('falls back to the default on missing or broken files', () => {
    expect(parseWindowState(undefined)).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('{not json')).toEqual(DEFAULT_WINDOW_STATE);
    expect(parseWindowState('{"bounds":{"width":"wide"},"maximized":false}')).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('restores a position that is still on a display', () => {
    const state = { bounds: { x: 2000, y: 100, width: 1400, height: 900 }, maximized: true };
    expect(fitToDisplays(state, [laptop, external])).toEqual(state);
  });

  it('drops a position on a display that is gone, so the window is not lost off-screen', () => {
    const state = { bounds: { x: 2000, y: 100, width: 1400, height: 900 }, maximized: false };
    expect(fitToDisplays(state, [laptop])).toEqual({ bounds: { width: 1400, height: 900 }, maximized: false });
  });

  it('clamps sizes between the minimum and the largest display', () => {
    expect(fitToDisplays({ bounds: { width: 300, height: 200 }, maximized: false }, [laptop]).bounds).toEqual({ width: MIN_WIDTH, height: MIN_HEIGHT });
    expect(fitToDisplays({ bounds: { width: 5000, height: 3000 }, maximized: false }, [laptop]).bounds).toEqual({ width: 1920, height: 1040 });
  });

  it('round-trips through the store', async () => {
    let file: string | undefined;
    const store = createWindowStateStore({ read: async () => file, write: async (json) => void (file = json) });
    expect(await store.load()).toEqual(DEFAULT_WINDOW_STATE);
    const state = { bounds: { x: 10, y: 20, width: 1300, height: 850 }, maximized: false };
    await store.save(state);
    expect(await store.load()).toEqual(state);
    const failing = createWindowStateStore({ read: () => Promise.reject(new Error('ENOENT')), write: async () => undefined });
    expect(await failing.load()).toEqual(DEFAULT_WINDOW_STATE);
  });
});
