import type { StorageAdapter } from './types.js';

export interface MemoryStorage extends StorageAdapter {
  readonly map: Map<string, string>;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
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
