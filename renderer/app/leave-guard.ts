/**
 * Forms never lose input (issue 13 item 4): a form with unsaved input registers a guard. Every way of
 * leaving the screen changes the hash route (a sidebar link, Ctrl+N, a row click, the back button), so one
 * hashchange listener — registered first and in the capture phase — holds the change back, puts the old
 * route back and asks the Shell's confirmation; the route changes only when the user chooses to leave.
 */
import { useCallback, useEffect, useRef } from 'react';

/** True while the form holds input that would be lost. */
type DirtyCheck = () => boolean;
/** Shows the confirmation; calls `go` if the user leaves. */
export type LeaveAsker = (go: () => void) => void;

const checks = new Set<DirtyCheck>();
let asker: LeaveAsker | undefined;
/** The route the user agreed to leave for: its hashchange passes. */
let allowed: string | undefined;

export function hasUnsavedInput(): boolean {
  for (const check of checks) if (check()) return true;
  return false;
}

/** The Shell installs its confirmation; returns the uninstall. */
export function setLeaveAsker(next: LeaveAsker): () => void {
  asker = next;
  return () => {
    if (asker === next) asker = undefined;
  };
}

function hashOf(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? '' : url.slice(at);
}

function onHashChange(event: HashChangeEvent): void {
  const target = hashOf(event.newURL);
  if (allowed !== undefined) {
    const passes = allowed === target;
    allowed = undefined;
    if (passes) return;
  }
  const ask = asker;
  if (!ask || !hasUnsavedInput()) return;
  // Nobody else hears of this change: the screen (and the form's input) stays as it is.
  event.stopImmediatePropagation();
  window.history.replaceState(window.history.state, '', hashOf(event.oldURL) || '#/');
  ask(() => {
    allowed = target;
    window.location.hash = target;
  });
}

/** Installed once, before any screen listens to the route (boot imports the Shell, which imports this). */
if (typeof window !== 'undefined') window.addEventListener('hashchange', onHashChange, { capture: true });

/**
 * Registers the form's guard while it is mounted; `check` is asked at the moment of leaving. Returns
 * `release`: a form that lets go of its input on purpose (saved, or discarded after asking) calls
 * `release(true)` before it navigates, and `release(false)` if the save failed after all.
 */
export function useLeaveGuard(check: DirtyCheck): (released: boolean) => void {
  const current = useRef(check);
  const released = useRef(false);
  useEffect(() => {
    current.current = check;
  });
  useEffect(() => {
    const wrapper: DirtyCheck = () => !released.current && current.current();
    checks.add(wrapper);
    return () => {
      checks.delete(wrapper);
    };
  }, []);
  return useCallback((on: boolean) => {
    released.current = on;
  }, []);
}
