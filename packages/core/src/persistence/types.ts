/**
 * Anything that stores strings by key. `localStorage`, `sessionStorage` and a portal's own API (returning
 * promises) all fit.
 */
export interface StorageAdapter {
  getItem(key: string): string | null | Promise<string | null>;
  setItem(key: string, value: string): void | Promise<void>;
  removeItem(key: string): void | Promise<void>;
}

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
   * widget in the meantime. The other copy was kept aside under `asideKey`; this one was saved.
   */
  | 'conflict';

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
