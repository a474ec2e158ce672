import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ParseResult } from '../errors.js';
import { asideKey, storageKey } from '../persistence/keys.js';
import type {
  PersistOptions,
  PersistStatus,
  SavedEnvelope,
  StorageAdapter,
  StorageErrorEvent,
  StorageErrorType,
} from '../persistence/types.js';

/** What every widget's content has, for keys and envelopes. */
export interface ContentIdentity {
  readonly id: string;
  readonly meta: { readonly version: string };
}

export interface PersistenceState {
  readonly status: PersistStatus;
  /** ISO time of the last successful save. */
  readonly lastSavedAt: string | null;
  /** The last storage problem, if any (details went to `onStorageError`). */
  readonly lastError: StorageErrorType | null;
}

export interface WidgetState<Input, Actions> {
  /** The patient's input: plain JSON, the only thing that changes. */
  readonly input: Input;
  readonly actions: Actions;
  readonly persistence: PersistenceState;
}

export type Commit<Input> = (recipe: (input: Input) => Input) => void;

export interface WidgetDefinition<Doc extends ContentIdentity, Input, Actions> {
  /** Widget name used in storage keys, e.g. `decision-aid`. */
  readonly widget: string;
  readonly emptyInput: (content: Doc) => Input;
  /** Validates input read back from storage or handed in by the host, against this content. */
  readonly parseInput: (raw: unknown, content: Doc) => ParseResult<Input>;
  readonly actions: (commit: Commit<Input>, get: () => Input, content: Doc, now: () => Date) => Actions;
}

export interface WidgetStoreOptions<Input> {
  /** Starting input (a host's `defaultValue`, or its `value` in controlled mode). */
  readonly initialInput?: Input | undefined;
  /** Opt-in persistence. Without it nothing is written anywhere. */
  readonly persist?: PersistOptions | undefined;
  /** Clock, for tests. */
  readonly now?: (() => Date) | undefined;
}

export interface WidgetStore<Doc extends ContentIdentity, Input, Actions>
  extends StoreApi<WidgetState<Input, Actions>> {
  readonly widget: string;
  readonly content: Doc;
  /** Replaces all input at once (controlled `value`, a reset, a restore). Skips the controller. */
  replaceInput(input: Input): void;
  /**
   * In controlled mode the host owns the value: actions hand the proposed input to `propose` and the store
   * changes only when the host passes it back through `replaceInput`.
   */
  setController(propose: ((next: Input) => void) | null): void;
  /** Reads saved input. Call on the client after mount; safe to call twice. */
  hydrate(): Promise<void>;
  /** Resolves when pending writes have finished. */
  flush(): Promise<void>;
  /** Deletes this widget's saved data (ask the patient first). Input in memory is reset. */
  clearSaved(): Promise<void>;
  /** Stops listening; pending writes still finish. */
  destroy(): void;
}

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; code?: unknown };
  return e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014;
}

function isEnvelope(x: unknown): x is SavedEnvelope {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  return e.sdmkit === 1 && typeof e.version === 'number' && Number.isInteger(e.version) && 'state' in e;
}

/**
 * Creates one store for one widget instance. Nothing here is shared between instances, and nothing touches
 * storage until `hydrate()` is called (so server rendering never does).
 */
export function createWidgetStore<Doc extends ContentIdentity, Input, Actions>(
  def: WidgetDefinition<Doc, Input, Actions>,
  content: Doc,
  options: WidgetStoreOptions<Input> = {},
): WidgetStore<Doc, Input, Actions> {
  const now = options.now ?? (() => new Date());
  const persist = options.persist;
  const version = persist?.version ?? 1;
  const key = storageKey({
    widget: def.widget,
    contentId: content.id,
    version,
    namespace: persist?.namespace,
  });

  let controller: ((next: Input) => void) | null = null;
  let dirtySinceCreate = false;
  let hydration: Promise<void> | null = null;
  let adapter: StorageAdapter | null = null;
  let writeChain: Promise<void> = Promise.resolve();
  let writeScheduled = false;
  let destroyed = false;
  /** What this instance last read from or wrote to its key: anything else there came from another tab. */
  let lastSeen: string | null = null;

  const initialInput = options.initialInput ?? def.emptyInput(content);

  const store = createStore<WidgetState<Input, Actions>>()((set, get) => {
    const commit: Commit<Input> = (recipe) => {
      const current = get().input;
      const next = recipe(current);
      if (Object.is(next, current)) return;
      if (controller) {
        controller(next);
        return;
      }
      dirtySinceCreate = true;
      set({ input: next });
    };
    return {
      input: initialInput,
      actions: def.actions(commit, () => get().input, content, now),
      persistence: { status: persist ? 'idle' : 'off', lastSavedAt: null, lastError: null },
    };
  });

  const setPersistence = (patch: Partial<PersistenceState>) =>
    store.setState({ persistence: { ...store.getState().persistence, ...patch } });

  const report = (type: StorageErrorType, message: string, extra: Partial<StorageErrorEvent> = {}) => {
    setPersistence({ lastError: type });
    const event: StorageErrorEvent = { type, key, message, ...extra };
    try {
      persist?.onStorageError?.(event);
    } catch {
      // A host handler that throws must not break the widget.
    }
  };

  const goMemoryOnly = (type: StorageErrorType, message: string, error?: unknown) => {
    adapter = null;
    setPersistence({ status: 'memory-only' });
    report(type, message, { error });
  };

  /** Copies unreadable data aside before anything could overwrite it. Returns false if that failed. */
  const keepAside = async (raw: string, reason: string): Promise<string | null> => {
    if (!adapter) return null;
    const aside = asideKey(key, reason, now());
    try {
      await adapter.setItem(aside, raw);
      return aside;
    } catch {
      return null;
    }
  };

  const write = () => {
    if (!adapter || destroyed) return;
    writeScheduled = false;
    const target = adapter;
    const envelope: SavedEnvelope<Input> = {
      sdmkit: 1,
      widget: def.widget,
      contentId: content.id,
      contentVersion: content.meta.version,
      version,
      savedAt: now().toISOString(),
      state: store.getState().input,
    };
    const text = JSON.stringify(envelope);
    writeChain = writeChain.then(async () => {
      try {
        // Another tab (or window) saved this widget since we last looked: keep its copy, never write over it.
        const there = await target.getItem(key);
        if (there !== null && there !== lastSeen) {
          const aside = await keepAside(there, 'other-tab');
          report('conflict', 'This widget was also changed in another tab or window; that copy was kept aside.', {
            ...(aside ? { asideKey: aside } : {}),
          });
          if (!aside) return;
        }
        await target.setItem(key, text);
        lastSeen = text;
        setPersistence({ lastSavedAt: envelope.savedAt, lastError: null });
      } catch (error) {
        if (isQuotaError(error)) goMemoryOnly('quota', 'Storage is full; changes are kept in memory only.', error);
        else
          report('write-failed', 'Saving failed; changes are kept in memory and saved again on the next change.', {
            error,
          });
      }
    });
  };

  const scheduleWrite = () => {
    if (writeScheduled) return;
    writeScheduled = true;
    queueMicrotask(() => {
      if (writeScheduled) write();
    });
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (state.input !== prev.input && store.getState().persistence.status === 'ready') scheduleWrite();
  });

  const readSaved = async (): Promise<{ raw: string; fromKey: string } | null> => {
    if (!adapter) return null;
    const raw = await adapter.getItem(key);
    lastSeen = raw;
    if (raw !== null) return { raw, fromKey: key };
    // Data saved under an older version's key is migrated, never lost.
    for (let old = version - 1; old >= 1 && persist?.migrate; old--) {
      const oldKey = storageKey({
        widget: def.widget,
        contentId: content.id,
        version: old,
        namespace: persist.namespace,
      });
      const oldRaw = await adapter.getItem(oldKey);
      if (oldRaw !== null) return { raw: oldRaw, fromKey: oldKey };
    }
    return null;
  };

  const doHydrate = async () => {
    if (!persist) return;
    setPersistence({ status: 'hydrating' });
    try {
      adapter = typeof persist.storage === 'function' ? (persist.storage() ?? null) : persist.storage;
    } catch (error) {
      adapter = null;
      goMemoryOnly('unavailable', 'Storage is not available; changes are kept in memory only.', error);
      return;
    }
    if (!adapter) {
      goMemoryOnly('unavailable', 'No storage was given; changes are kept in memory only.');
      return;
    }
    let saved: { raw: string; fromKey: string } | null;
    try {
      saved = await readSaved();
    } catch (error) {
      const unavailable =
        typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'SecurityError';
      goMemoryOnly(
        unavailable ? 'unavailable' : 'read-failed',
        'Saved data could not be read; changes are kept in memory only.',
        error,
      );
      return;
    }
    const restored = saved ? await restore(saved.raw) : undefined;
    if (destroyed) return;
    if (restored === 'stop') return;
    if (restored !== undefined) {
      if (dirtySinceCreate) {
        const aside = await keepAside(saved?.raw ?? '', 'conflict');
        report(
          'conflict',
          'Saved data arrived after typing started; it was kept aside.',
          aside ? { asideKey: aside } : {},
        );
      } else {
        store.setState({ input: restored });
      }
    }
    setPersistence({ status: 'ready' });
    if (dirtySinceCreate || (saved && saved.fromKey !== key)) scheduleWrite();
  };

  /** Turns saved text into input, or keeps it aside. `undefined`: start clean; 'stop': memory only. */
  const restore = async (raw: string): Promise<Input | undefined | 'stop'> => {
    const setAside = async (reason: StorageErrorType, message: string, error?: unknown) => {
      const aside = await keepAside(raw, reason);
      if (aside === null) {
        // Could not keep it safe: do not overwrite it either.
        goMemoryOnly(reason, `${message} It could not be copied aside, so nothing will be saved over it.`, error);
        return 'stop' as const;
      }
      report(reason, message, { asideKey: aside, error });
      return undefined;
    };
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      return setAside(
        'corrupt',
        'Saved data is not valid JSON; it was kept aside and the widget started clean.',
        error,
      );
    }
    if (!isEnvelope(parsed))
      return setAside('corrupt', 'Saved data is not an SDM Kit save; it was kept aside and the widget started clean.');
    if (parsed.version > version)
      return setAside(
        'newer-version',
        `Saved data is from a newer version (${parsed.version} > ${version}); it was kept aside.`,
      );
    let state: unknown = parsed.state;
    if (parsed.version < version) {
      try {
        state = persist?.migrate ? persist.migrate(state, parsed.version) : state;
      } catch (error) {
        return setAside(
          'corrupt',
          `Migrating saved data from version ${parsed.version} failed; it was kept aside.`,
          error,
        );
      }
    }
    const checked = def.parseInput(state, content);
    if (!checked.ok) {
      const where = checked.issues[0] ? ` (${checked.issues[0].path}: ${checked.issues[0].message})` : '';
      return setAside('corrupt', `Saved data does not fit this content${where}; it was kept aside.`);
    }
    return checked.value;
  };

  return Object.assign(store, {
    widget: def.widget,
    content,
    replaceInput(input: Input) {
      if (!Object.is(input, store.getState().input)) store.setState({ input });
    },
    setController(propose: ((next: Input) => void) | null) {
      controller = propose;
    },
    hydrate() {
      hydration ??= doHydrate().catch((error: unknown) => {
        goMemoryOnly('read-failed', 'Saved data could not be read; changes are kept in memory only.', error);
      });
      return hydration;
    },
    async flush() {
      if (writeScheduled) write();
      await writeChain;
    },
    async clearSaved() {
      store.setState({ input: def.emptyInput(content) });
      writeScheduled = false;
      await writeChain;
      if (adapter) {
        try {
          await adapter.removeItem(key);
          lastSeen = null;
        } catch (error) {
          report('write-failed', 'Saved data could not be removed.', { error });
        }
      }
    },
    destroy() {
      destroyed = true;
      unsubscribe();
    },
  });
}
