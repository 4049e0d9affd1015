/**
 * Starts work nobody waits for (a click handler, an effect) without leaving a promise unhandled: a
 * failure goes to `onError` when given, otherwise to the error surface of the area on screen
 * (failure-sink.ts), and is logged.
 */
import { reportFailure } from './failure-sink';

export type Task<T> = Promise<T> | (() => Promise<T> | T);

export function runTask<T>(task: Task<T>, onError?: (error: unknown) => void): void {
  let running: Promise<T>;
  try {
    running = Promise.resolve(typeof task === 'function' ? task() : task);
  } catch (error) {
    running = Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  running.then(undefined, (error: unknown) => {
    if (onError) {
      try {
        onError(error);
        return;
      } catch (thrown) {
        surface(thrown);
        return;
      }
    }
    surface(error);
  });
}

function surface(error: unknown): void {
  console.error('A task failed:', error);
  reportFailure({ error, source: 'task' });
}
