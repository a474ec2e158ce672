// Storage adapters that misbehave on purpose, and a count of what a patient typed that can still be found, for the
// fault suite and the property test of the saving engine (persistence.ts, merge.ts, salvage.ts).
import { createMemoryStorage, type MemoryStorage } from '../memory-storage.js';
import type { PersistenceState, StorageAdapter } from '../types.js';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * One thing the patient typed: found in a copy when `token` (usually a JSON string, quotes included) is in its text,
 * or, with `has`, when `has` holds for the copy's input (the state of a saved envelope).
 */
export interface Entry {
  readonly label: string;
  readonly token: string;
  readonly has?: ((input: unknown) => boolean) | undefined;
}

/** An entry found by its JSON text: `"what the patient typed"`. */
export const words = (text: string, label = text): Entry => ({ label, token: JSON.stringify(text) });

/** What a store offers a fault scenario (every widget store fits). */
export interface Tab {
  getState(): { readonly input: unknown; readonly persistence: PersistenceState };
  hydrate(): Promise<void>;
  flush(): Promise<void>;
  destroy(): void;
  readAside(key: string): Promise<string | null>;
}

export interface FaultyStorage {
  readonly adapter: StorageAdapter;
  /** Change these at any time: delays in ms, and errors thrown (or rejected) by reads, writes, and aside writes. */
  readonly faults: {
    readDelay: number;
    writeDelay: number;
    readError: unknown;
    writeError: unknown;
    /** Thrown when writing a copy aside or the list of copies (keys with `:aside`); else `writeError` applies. */
    asideError: unknown;
  };
}

/** An async adapter (a portal's API) over `backing`, with faults switched on and off by the test. */
export function faultyStorage(backing: MemoryStorage, faults: Partial<FaultyStorage['faults']> = {}): FaultyStorage {
  const f: FaultyStorage['faults'] = {
    readDelay: 0,
    writeDelay: 0,
    readError: null,
    writeError: null,
    asideError: null,
    ...faults,
  };
  const wait = (ms: number) => (ms > 0 ? sleep(ms) : Promise.resolve());
  const adapter: StorageAdapter = {
    async getItem(key) {
      await wait(f.readDelay);
      if (f.readError) throw f.readError;
      return backing.getItem(key);
    },
    async setItem(key, value) {
      await wait(f.writeDelay);
      const error = key.includes(':aside') ? (f.asideError ?? f.writeError) : f.writeError;
      if (error) throw error;
      backing.setItem(key, value);
    },
    async removeItem(key) {
      await wait(f.writeDelay);
      if (f.writeError) throw f.writeError;
      backing.removeItem(key);
    },
  };
  return { adapter, faults: f };
}

export interface SharedStorage {
  readonly backing: MemoryStorage;
  /** A new tab's view of the storage: its writes reach the other tabs a moment later, as `storage` events do. */
  tab(): StorageAdapter;
  /** Everything removed (site data cleared), and every open tab told, key by key. */
  clear(): void;
}

/** One storage shared by tabs of one browser, with `storage` events (through the adapter's `subscribe`). */
export function sharedStorage(): SharedStorage {
  const backing = createMemoryStorage();
  const listeners = new Set<{ readonly tab: number; readonly listener: (key: string, value: string | null) => void }>();
  let tabs = 0;
  const tell = (from: number, key: string, value: string | null) =>
    setTimeout(() => {
      for (const l of listeners) if (l.tab !== from) l.listener(key, value);
    }, 0);
  return {
    backing,
    tab() {
      const tab = ++tabs;
      return {
        getItem: (key) => backing.getItem(key),
        setItem: (key, value) => {
          backing.setItem(key, value);
          tell(tab, key, value);
        },
        removeItem: (key) => {
          backing.removeItem(key);
          tell(tab, key, null);
        },
        subscribe: (listener) => {
          const l = { tab, listener };
          listeners.add(l);
          return () => {
            listeners.delete(l);
          };
        },
      };
    },
    clear() {
      const keys = [...backing.map.keys()];
      backing.map.clear();
      for (const key of keys) tell(0, key, null);
    },
  };
}

export interface Found {
  readonly typed: number;
  /** In the reloaded store's input. */
  readonly draft: number;
  /** Not in the input, but in a copy kept aside (listed in `persistence.asides`, or under `<key>:aside:`). */
  readonly aside: number;
  /** Of those kept aside, how many only a look through storage finds (not offered to the patient). */
  readonly unlisted: number;
  readonly lost: readonly string[];
}

function holds(entry: Entry, input: unknown, text: string): boolean {
  if (entry.has && input !== undefined) {
    try {
      return entry.has(input);
    } catch {
      return false;
    }
  }
  return text.includes(entry.token);
}

/** The input inside a stored copy, if it is a readable envelope. */
function stateOf(text: string): unknown {
  try {
    const parsed = JSON.parse(text) as { state?: unknown } | null;
    return typeof parsed === 'object' && parsed !== null ? parsed.state : undefined;
  } catch {
    return undefined;
  }
}

/** Every copy kept aside for `key`: the ones the store lists (read through it), then any other in storage. */
export async function asideCopies(
  store: Tab,
  backing: MemoryStorage,
  key: string,
): Promise<{ listed: string[]; unlisted: string[] }> {
  const listedKeys = store.getState().persistence.asides.map((a) => a.key);
  const listed: string[] = [];
  for (const k of listedKeys) {
    const text = await store.readAside(k);
    if (text !== null) listed.push(text);
  }
  const unlisted = [...backing.map.entries()]
    .filter(([k]) => k.startsWith(`${key}:aside:`) && !listedKeys.includes(k))
    .map(([, text]) => text);
  return { listed, unlisted };
}

/** Counts which typed entries a reloaded store has, which only a copy kept aside has, and which are gone. */
export async function findEntries(
  entries: readonly Entry[],
  store: Tab,
  backing: MemoryStorage,
  key: string,
): Promise<Found> {
  const input = store.getState().input;
  const inputText = JSON.stringify(input);
  const { listed, unlisted } = await asideCopies(store, backing, key);
  const inCopies = (entry: Entry, copies: readonly string[]) =>
    copies.some((text) => holds(entry, stateOf(text), text));
  let draft = 0;
  let aside = 0;
  let hidden = 0;
  const lost: string[] = [];
  for (const entry of entries) {
    if (holds(entry, input, inputText)) draft++;
    else if (inCopies(entry, listed)) aside++;
    else if (inCopies(entry, unlisted)) {
      aside++;
      hidden++;
    } else lost.push(entry.label);
  }
  return { typed: entries.length, draft, aside, unlisted: hidden, lost };
}
