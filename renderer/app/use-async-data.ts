/**
 * One load that is not a live query (platform answers, storage estimates, a file being read): its
 * state as a union, a result for deps that are no longer current dropped (and any result after
 * unmount), and `reload()` to load again. Changing the deps shows 'loading' at once — unless
 * `keepPrevious` (the same thing refreshed, not another thing); a reload always keeps the last result
 * on screen until the new one arrives (nothing flickers).
 */
import { useCallback, useEffect, useState, type DependencyList } from 'react';

export type AsyncData<T> =
  { readonly status: 'loading' } | { readonly status: 'ready'; readonly value: T } | { readonly status: 'error'; readonly error: unknown };

export type AsyncDataWithReload<T> = AsyncData<T> & { readonly reload: () => void };

type Settled<T> = Exclude<AsyncData<T>, { status: 'loading' }>;

interface Held<T> {
  readonly deps: DependencyList;
  readonly data: Settled<T>;
}

const sameDeps = (a: DependencyList, b: DependencyList): boolean => a.length === b.length && a.every((value, i) => Object.is(value, b[i]));

export interface AsyncDataOptions {
  /** On a change of deps, keep showing the last result until the new one arrives. */
  readonly keepPrevious?: boolean;
}

export function useAsyncData<T>(load: () => Promise<T>, deps: DependencyList, options: AsyncDataOptions = {}): AsyncDataWithReload<T> {
  const [held, setHeld] = useState<Held<T>>();
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let current = true;
    new Promise<T>((resolve) => resolve(load())).then(
      (value) => {
        if (current) setHeld({ deps, data: { status: 'ready', value } });
      },
      (error: unknown) => {
        if (current) setHeld({ deps, data: { status: 'error', error } });
      },
    );
    return () => {
      current = false;
    };
    // The caller's deps say when to load again (as with useEffect); `load` is read from the same render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);

  const data: AsyncData<T> = held && (options.keepPrevious === true || sameDeps(held.deps, deps)) ? held.data : { status: 'loading' };
  return { ...data, reload };
}
