import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useAsyncData } from '../../../renderer/app/use-async-data';

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useAsyncData', () => {
  it('is loading, then ready with the value', async () => {
    const load = deferred<string>();
    const { result } = renderHook(() => useAsyncData(() => load.promise, []));
    expect(result.current.status).toBe('loading');
    await act(async () => load.resolve('0.1.0'));
    expect(result.current).toMatchObject({ status: 'ready', value: '0.1.0' });
  });

  it('drops the result of deps that are no longer current, whichever settles first', async () => {
    const loads = new Map([
      ['a', deferred<string>()],
      ['b', deferred<string>()],
    ]);
    const { result, rerender } = renderHook(({ id }) => useAsyncData(() => loads.get(id)!.promise, [id]), { initialProps: { id: 'a' } });
    rerender({ id: 'b' });
    expect(result.current.status).toBe('loading');
    await act(async () => loads.get('b')!.resolve('file b'));
    expect(result.current).toMatchObject({ status: 'ready', value: 'file b' });
    await act(async () => loads.get('a')!.resolve('file a'));
    expect(result.current).toMatchObject({ status: 'ready', value: 'file b' });
  });

  it('shows loading at once when the deps change, not the value of the old ones', async () => {
    const { result, rerender } = renderHook(({ id }) => useAsyncData(async () => `value ${id}`, [id]), { initialProps: { id: 1 } });
    await vi.waitFor(() => expect(result.current).toMatchObject({ status: 'ready', value: 'value 1' }));
    rerender({ id: 2 });
    expect(result.current.status).toBe('loading');
    await vi.waitFor(() => expect(result.current).toMatchObject({ status: 'ready', value: 'value 2' }));
  });

  it("with keepPrevious, shows the last result while the deps' load is under way", async () => {
    const second = deferred<string>();
    const { result, rerender } = renderHook(
      ({ id }) => useAsyncData(() => (id === 1 ? Promise.resolve('folder, 1 file') : second.promise), [id], { keepPrevious: true }),
      {
        initialProps: { id: 1 },
      },
    );
    await vi.waitFor(() => expect(result.current).toMatchObject({ status: 'ready', value: 'folder, 1 file' }));
    rerender({ id: 2 });
    expect(result.current).toMatchObject({ status: 'ready', value: 'folder, 1 file' });
    await act(async () => second.resolve('folder, 2 files'));
    expect(result.current).toMatchObject({ status: 'ready', value: 'folder, 2 files' });
  });

  it('gives the error of a failed load (also one thrown before a promise is returned)', async () => {
    const { result } = renderHook(() => useAsyncData(() => Promise.reject(new Error('estimate failed')), []));
    await vi.waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current).toMatchObject({ status: 'error', error: new Error('estimate failed') });

    const thrown = renderHook(() =>
      useAsyncData((): Promise<number> => {
        throw new TypeError('no storage');
      }, []),
    );
    await vi.waitFor(() => expect(thrown.result.current).toMatchObject({ status: 'error', error: new TypeError('no storage') }));
  });

  it('reload() loads again, keeping the last result until the new one arrives', async () => {
    const loads = [deferred<number>(), deferred<number>()];
    let call = 0;
    const { result } = renderHook(() => useAsyncData(() => loads[call++]!.promise, []));
    await act(async () => loads[0]!.reject(new Error('offline')));
    expect(result.current.status).toBe('error');
    act(() => result.current.reload());
    expect(call).toBe(2);
    expect(result.current.status).toBe('error');
    await act(async () => loads[1]!.resolve(42));
    expect(result.current).toMatchObject({ status: 'ready', value: 42 });
  });

  it('sets nothing after unmount', async () => {
    const load = deferred<string>();
    const errors = vi.spyOn(console, 'error');
    const { result, unmount } = renderHook(() => useAsyncData(() => load.promise, []));
    unmount();
    await act(async () => load.resolve('late'));
    expect(result.current.status).toBe('loading');
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
