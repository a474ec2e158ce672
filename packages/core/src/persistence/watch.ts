import type { StorageAdapter } from './types.js';

/**
 * Listens for changes an adapter's storage tells of: through its `subscribe`, or, for `localStorage` and
 * `sessionStorage`, through the browser's `storage` event (`key` is null when the storage was cleared elsewhere).
 * Returns an unsubscribe function; storage that tells of nothing gives one that does nothing. Used by
 * `createPersistence`, and by adapters that wrap another storage (`@sdmkit/smart`'s `serverDrafts`).
 */
export function watchStorage(
  target: StorageAdapter,
  listener: (key: string | null, value: string | null, base?: string | null) => void,
): () => void {
  if (typeof target.subscribe === 'function') return target.subscribe(listener);
  const w = typeof window === 'undefined' ? undefined : window;
  if (!w?.addEventListener) return () => {};
  let browserStorage = false;
  try {
    browserStorage = target === w.localStorage || target === w.sessionStorage;
  } catch {
    browserStorage = false;
  }
  if (!browserStorage) return () => {};
  const onStorage = (event: StorageEvent) => {
    if (event.storageArea === target) listener(event.key, event.newValue);
  };
  w.addEventListener('storage', onStorage);
  return () => w.removeEventListener('storage', onStorage);
}
