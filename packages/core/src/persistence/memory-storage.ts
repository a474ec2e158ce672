import type { StorageAdapter } from './types.js';

/** What `createMemoryStorage` returns: a synchronous `StorageAdapter` whose `map` holds everything stored. */
export interface MemoryStorage extends StorageAdapter {
  readonly map: Map<string, string>;
  /** The text stored under `key`, or `null`. */
  getItem(key: string): string | null;
  /** Stores `value` (as a string) under `key`. */
  setItem(key: string, value: string): void;
  /** Deletes what is stored under `key`, if anything. */
  removeItem(key: string): void;
}

/** A synchronous in-memory storage, for tests, demos and hosts that want to read what would be saved. */
export function createMemoryStorage(initial?: Record<string, string>): MemoryStorage {
  const map = new Map(Object.entries(initial ?? {}));
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      map.set(key, String(value));
    },
    removeItem: (key) => {
      map.delete(key);
    },
  };
}
