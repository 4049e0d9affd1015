/**
 * Where failures nobody handled go: each mounted error boundary listens with its depth in the tree,
 * and a failure is handed to the deepest one — the area the DPO is looking at (the shell's boundary
 * when no area is mounted, the startup screens' boundary before the shell).
 */
import type { Failure } from './failure';

type Listener = (failure: Failure) => void;

interface Registration {
  readonly depth: number;
  readonly listener: Listener;
}

const registrations: Registration[] = [];

export function listenForFailures(depth: number, listener: Listener): () => void {
  const registration: Registration = { depth, listener };
  registrations.push(registration);
  return () => {
    const at = registrations.indexOf(registration);
    if (at >= 0) registrations.splice(at, 1);
  };
}

/** Hands the failure to the deepest mounted boundary (the latest mounted among equals); false when none is mounted. */
export function reportFailure(failure: Failure): boolean {
  let target: Registration | undefined;
  for (const registration of registrations) if (!target || registration.depth >= target.depth) target = registration;
  if (!target) return false;
  target.listener(failure);
  return true;
}
