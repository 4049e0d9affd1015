/** What went wrong and where, as the error surface and the diagnostic report see it. */
import type { Area } from './routes';

/** How the failure reached the surface: a throw while rendering, a failed task, a promise nobody handled, the start of the app. */
export type FailureSource = 'render' | 'task' | 'unhandled-rejection' | 'startup';

/** Where it happened: an area of the shell, the shell itself, or the screens before it (lock, pre-upgrade backup). */
export type FailureArea = Area | 'app' | 'startup';

export interface Failure {
  readonly error: unknown;
  readonly source: FailureSource;
  /** React's component stack (render failures only): component names, no props. */
  readonly componentStack?: string | undefined;
}

/** The message of anything thrown; a thrown non-Error is named by its type only (it may be a record). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return `a thrown ${error === null ? 'null' : typeof error}`;
}
