import type { ParseResult } from '../errors.js';

/** What every widget's content has, for keys and envelopes. */
export interface ContentIdentity {
  readonly id: string;
  readonly meta: { readonly version: string };
}

/**
 * Anything that stores strings by key. `localStorage`, `sessionStorage` and a portal's own API (returning
 * promises) all fit.
 */
export interface StorageAdapter {
  /** The text stored under `key`, or `null` when there is none; may return a promise. */
  getItem(key: string): string | null | Promise<string | null>;
  /** Stores `value` under `key`, replacing what was there; may return a promise. */
  setItem(key: string, value: string): void | Promise<void>;
  /** Deletes what is stored under `key`; may return a promise. */
  removeItem(key: string): void | Promise<void>;
  /**
   * Optional: tells of changes made elsewhere (another tab, another device), so that a widget takes them in
   * instead of writing over them. Returns an unsubscribe function. `localStorage` and `sessionStorage` need none:
   * they are watched through the browser's `storage` event.
   *
   * An adapter that syncs with a server passes `base` when its own write was refused because the server's copy
   * moved on (HTTP 412): `value` is the server's copy and `base` the copy both started from (`null` if none). The
   * widget merges `value` over what is on screen from `base`, keeps `value` aside if both changed the same answer,
   * and writes the merge with `setItem` at once; until then the adapter should not send its own copy over `value`.
   */
  subscribe?(listener: (key: string, value: string | null, base?: string | null) => void): () => void;
  /**
   * Optional, for an adapter that sends the copy on to a server (e.g. `@sdmkit/smart`'s `serverDrafts`): tells where
   * the copy stands there, so that the widget can say "Saved on this device, not sent yet". Returns an unsubscribe
   * function.
   */
  watchRemote?(listener: (status: RemoteStatus) => void): () => void;
}

/**
 * Where the saved copy stands on a server, for an adapter that sends it on (`PersistenceState.remote`): `sending` (or
 * about to be),
 * `sent`, `pending` (kept on this device, sent when the server can be reached), `conflict` (being merged with a
 * copy changed elsewhere), `failed` (the server refused it; kept on this device).
 */
export type RemoteStatus = 'sending' | 'sent' | 'pending' | 'conflict' | 'failed';

/** What went wrong with storage (`StorageErrorEvent.type`, `PersistenceState.lastError`). */
export type StorageErrorType =
  /** Storage could not be reached (disabled, SecurityError, missing). The widget keeps working in memory. */
  | 'unavailable'
  /** A write failed because storage is full. The widget keeps working in memory. */
  | 'quota'
  /** A write failed for another reason (an async adapter rejected, for example). */
  | 'write-failed'
  /** A read failed (an async adapter rejected, for example). */
  | 'read-failed'
  /** What was stored is not JSON or not a valid saved state; it was kept aside under `asideKey`. */
  | 'corrupt'
  /** What was stored comes from a newer version of the library; it was kept aside under `asideKey`. */
  | 'newer-version'
  /**
   * Two copies met: saved data arrived after the patient had started typing, or another tab or window saved this
   * widget in the meantime, and the two could not be merged entry by entry. The other copy was kept aside under
   * `asideKey`; this one was saved.
   */
  | 'conflict'
  /**
   * The content changed since the answers were saved (a new edition removed a question, a value, an option).
   * Answers about items that still exist were kept; the whole saved copy was kept aside under `asideKey`, and the
   * answers that no longer fit are listed in `PersistenceState.asides`.
   */
  | 'content-changed';

/** Why a copy of the patient's answers was kept aside instead of being used or written over. */
export type AsideReason = 'corrupt' | 'newer-version' | 'conflict' | 'content-changed';

/** One answer that no longer fits the content, with the patient's own words in it, for showing back. */
export interface AsideEntry {
  /** Where it was in the saved input, e.g. `items.3` or `ratings.cost`. */
  readonly path: string;
  /** Every piece of text the patient typed in it (a note, a question's wording); may be empty. */
  readonly words: readonly string[];
}

/** A copy of the patient's answers kept in storage under `key`, offered back to the patient. */
export interface KeptAside {
  readonly key: string;
  readonly reason: AsideReason;
  /** ISO time it was kept aside. */
  readonly at: string;
  /** For `content-changed`: the answers that no longer fit and were left out of the restored input. */
  readonly entries?: readonly AsideEntry[] | undefined;
}

/** A storage problem, as `PersistOptions.onStorageError` is told of it. */
export interface StorageErrorEvent {
  readonly type: StorageErrorType;
  /** The storage key involved. */
  readonly key: string;
  /** Where unreadable data was copied to, so that nothing is destroyed. */
  readonly asideKey?: string;
  /** The underlying error, if any. */
  readonly error?: unknown;
  /** Readable English explanation for logs. */
  readonly message: string;
}

/** Options for `createPersistence`: where to save, the saved shape's version, and who is told about problems. */
export interface PersistOptions {
  /**
   * Where to save. A function is called lazily on the client only (never during server rendering), so
   * `() => window.localStorage` is safe to pass.
   */
  readonly storage: StorageAdapter | (() => StorageAdapter | null | undefined);
  /** Version of the saved shape. Increase it when the shape changes and handle older ones in `migrate`. */
  readonly version?: number;
  /** Turns data saved by an older `version` into the current shape. */
  readonly migrate?: (persisted: unknown, fromVersion: number) => unknown;
  /** Extra namespace (e.g. a hashed patient id) so that two patients on one device never share drafts. */
  readonly namespace?: string;
  /** Told about every storage problem; the widget itself never crashes on one. */
  readonly onStorageError?: (event: StorageErrorEvent) => void;
}

/**
 * Where saving stands: `off` (no `persist`), `idle` (not hydrated yet), `hydrating` (reading saved input), `ready`
 * (saving), `memory-only` (storage cannot be used for now: changes are kept in memory).
 */
export type PersistStatus = 'off' | 'idle' | 'hydrating' | 'ready' | 'memory-only';

/** The envelope written to storage. */
export interface SavedEnvelope<T = unknown> {
  readonly sdmkit: 1;
  readonly widget: string;
  readonly contentId: string;
  readonly contentVersion: string;
  readonly version: number;
  readonly savedAt: string;
  readonly state: T;
}

/** What a store tells its saving: what it saves, and how to read and change the store's state. */
export interface PersistedStore<Input> {
  /** Widget name used in storage keys, e.g. `decision-aid`. */
  readonly widget: string;
  readonly content: ContentIdentity;
  /** The input the store was made with: what typing before the first read started from. */
  readonly initialInput: Input;
  /** A blank input for this content. */
  emptyInput(): Input;
  /** The store's current input. */
  getInput(): Input;
  /** Restores saved input (skips the host's controller, as `replaceInput` does). */
  setInput(input: Input): void;
  /** Validates input read back from storage against this content. */
  parseInput(raw: unknown): ParseResult<Input>;
  /** True once the patient changed something since the store was made. */
  changedSinceCreate(): boolean;
  /** The store's current save state. */
  getStatus(): PersistenceState;
  /** Changes the given fields of the store's save state. */
  setStatus(patch: Partial<PersistenceState>): void;
  /** Called after every change of the input; returns an unsubscribe function. */
  onInputChange(listener: () => void): () => void;
  /** The store's clock (its `now` option), for `savedAt` and other times. */
  now(): Date;
}

/** The save state a store shows (`WidgetState.persistence`). */
export interface PersistenceState {
  readonly status: PersistStatus;
  /** ISO time of the last successful save. */
  readonly lastSavedAt: string | null;
  /** The last storage problem, if any (details went to `onStorageError`). */
  readonly lastError: StorageErrorType | null;
  /** Copies kept aside that the patient has not dismissed yet (newest last). */
  readonly asides: readonly KeptAside[];
  /** Where the copy stands on a server, when the adapter sends it on (`StorageAdapter.watchRemote`). */
  readonly remote?: RemoteStatus | undefined;
}

/** Saving connected to one store. */
export interface PersistConnection {
  /** Reads saved input. Runs on the client after mount. */
  hydrate(): Promise<void>;
  /** Resolves when pending writes have finished. */
  flush(): Promise<void>;
  /** Deletes the saved copy (the store has already reset its input). */
  clear(): Promise<void>;
  /** The stored text of a copy kept aside (for "copy"), or null if it is gone. */
  readAside(key: string): Promise<string | null>;
  /**
   * Uses a copy kept aside as the input: what is on screen now is kept aside first, so nothing is lost. Returns
   * false if the copy is gone or cannot be read for this content.
   */
  restoreAside(key: string): Promise<boolean>;
  /** Stops offering a copy kept aside. The copy itself stays in storage. */
  dismissAside(key: string): Promise<void>;
  /** Stops listening (the widget unmounted); pending writes still finish. `resume()` undoes it. */
  destroy(): void;
  /** Listens again after `destroy()` (a remount, e.g. React's StrictMode) and takes in what changed meanwhile. */
  resume(): void;
}

/**
 * Opt-in saving of drafts, made with `createPersistence(options)` and handed to a widget's `persist` prop (or a
 * store's `persist` option). One value may serve several widgets: each store connects on its own.
 */
export interface Persistence {
  readonly options: PersistOptions;
  /** Connects saving to one store; `createWidgetStore` calls it when it makes a store with `persist`. */
  connect<Input>(store: PersistedStore<Input>): PersistConnection;
}
