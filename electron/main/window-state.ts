/** Remembers the main window's size, position and maximized state between launches. */
import { z } from 'zod';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface WindowState {
  readonly bounds: { readonly x?: number; readonly y?: number; readonly width: number; readonly height: number };
  readonly maximized: boolean;
}

export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 640;
export const DEFAULT_WINDOW_STATE: WindowState = { bounds: { width: 1280, height: 840 }, maximized: false };

const stored = z.object({
  bounds: z.object({
    x: z.number().int().optional(),
    y: z.number().int().optional(),
    width: z.number().int().min(100).max(20000),
    height: z.number().int().min(100).max(20000),
  }),
  maximized: z.boolean(),
});

/** Parses stored JSON; anything malformed falls back to the default (never throws). */
export function parseWindowState(json: string | undefined): WindowState {
  if (!json) return DEFAULT_WINDOW_STATE;
  try {
    const parsed = stored.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
}

/**
 * Keeps the window reachable: a position that is no longer on any display (monitor unplugged)
 * is dropped so the OS centres the window; sizes are clamped to the minimum and to the largest display.
 */
export function fitToDisplays(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const largest = workAreas.reduce<Rect | undefined>((best, area) => (!best || area.width * area.height > best.width * best.height ? area : best), undefined);
  const width = Math.max(MIN_WIDTH, Math.min(state.bounds.width, largest?.width ?? state.bounds.width));
  const height = Math.max(MIN_HEIGHT, Math.min(state.bounds.height, largest?.height ?? state.bounds.height));
  const { x, y } = state.bounds;
  const visible =
    x !== undefined &&
    y !== undefined &&
    workAreas.some((area) => x + 100 > area.x && x < area.x + area.width - 100 && y >= area.y && y < area.y + area.height - 50);
  return { maximized: state.maximized, bounds: visible ? { x, y, width, height } : { width, height } };
}

export interface WindowStateStore {
  load(): Promise<WindowState>;
  save(state: WindowState): Promise<void>;
}

export function createWindowStateStore(io: { read(): Promise<string | undefined>; write(json: string): Promise<void> }): WindowStateStore {
  return {
    load: async () => parseWindowState(await io.read().catch(() => undefined)),
    save: (state) => io.write(JSON.stringify(state)),
  };
}
