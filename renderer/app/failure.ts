/** What went wrong and where, as the error surface and the diagnostic report see it. */
import type { Translate } from './app-context';
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

/**
 * The browser refused to store more (IndexedDB's QuotaExceededError: the disk, or the share of it the browser
 * allows, is full) — directly, or wrapped by Dexie (`inner`) or as a `cause`.
 */
export function isQuotaExceeded(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  if ((error as { name?: unknown }).name === 'QuotaExceededError') return true;
  const { inner, cause } = error as { inner?: unknown; cause?: unknown };
  return isQuotaExceeded(inner, depth + 1) || isQuotaExceeded(cause, depth + 1);
}

/** What to tell the DPO about a failed step: what to do when the disk is full, otherwise the error's message. */
export function failureText(t: Translate, error: unknown): string {
  return isQuotaExceeded(error) ? t('errors.quota') : errorMessage(error);
}

/** The message of anything thrown; a thrown non-Error is named by its type only (it may be a record). */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return `a thrown ${error === null ? 'null' : typeof error}`;
}
