/** Asks the browser to keep Qorgau's storage from eviction and reports quota use. */
export type PersistenceState = 'persisted' | 'not-persisted' | 'unsupported';

export async function requestPersistentStorage(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<PersistenceState> {
  if (!storage?.persist || !storage.persisted) return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not-persisted';
  } catch {
    return 'not-persisted';
  }
}

export interface StorageUse {
  readonly usage: number;
  readonly quota: number;
}

export async function storageUse(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<StorageUse | undefined> {
  if (!storage?.estimate) return undefined;
  const { usage = 0, quota = 0 } = await storage.estimate();
  return { usage, quota };
}
