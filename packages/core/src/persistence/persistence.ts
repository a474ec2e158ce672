import { asideKey, storageKey } from './keys.js';
import type {
  PersistConnection,
  PersistedStore,
  Persistence,
  PersistOptions,
  SavedEnvelope,
  StorageAdapter,
  StorageErrorEvent,
  StorageErrorType,
} from './types.js';

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
 * Opt-in saving of drafts for a widget's `persist` prop (or a store's `persist` option). A separate import, so a
 * portal that saves nothing downloads none of it. Nothing touches storage until the store hydrates on the client,
 * and saved data is validated before it is used; what cannot be used is copied aside, never destroyed
 * (docs/persistence.md).
 */
export function createPersistence(options: PersistOptions): Persistence {
  return { options, connect: (store) => connect(store, options) };
}

function connect<Input>(store: PersistedStore<Input>, persist: PersistOptions): PersistConnection {
  const version = persist.version ?? 1;
  const keyFor = (v: number) =>
    storageKey({ widget: store.widget, contentId: store.content.id, version: v, namespace: persist.namespace });
  const key = keyFor(version);

  let adapter: StorageAdapter | null = null;
  let writeChain: Promise<void> = Promise.resolve();
  let writeScheduled = false;
  let destroyed = false;
  /** What this instance last read from or wrote to its key: anything else there came from another tab. */
  let lastSeen: string | null = null;

  const report = (type: StorageErrorType, message: string, extra: Partial<StorageErrorEvent> = {}) => {
    store.setStatus({ lastError: type });
    const event: StorageErrorEvent = { type, key, message, ...extra };
    try {
      persist.onStorageError?.(event);
    } catch {
      // A host handler that throws must not break the widget.
    }
  };

  const goMemoryOnly = (type: StorageErrorType, message: string, error?: unknown) => {
    adapter = null;
    store.setStatus({ status: 'memory-only' });
    report(type, message, { error });
  };

  /** Copies unreadable data aside before anything could overwrite it. Returns null if that failed. */
  const keepAside = async (raw: string, reason: string): Promise<string | null> => {
    if (!adapter) return null;
    const aside = asideKey(key, reason, store.now());
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
      widget: store.widget,
      contentId: store.content.id,
      contentVersion: store.content.meta.version,
      version,
      savedAt: store.now().toISOString(),
      state: store.getInput(),
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
        store.setStatus({ lastSavedAt: envelope.savedAt, lastError: null });
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

  const unsubscribe = store.onInputChange(() => {
    if (store.getStatus().status === 'ready') scheduleWrite();
  });

  const readSaved = async (): Promise<{ raw: string; fromKey: string } | null> => {
    if (!adapter) return null;
    const raw = await adapter.getItem(key);
    lastSeen = raw;
    if (raw !== null) return { raw, fromKey: key };
    // Data saved under an older version's key is migrated, never lost.
    for (let old = version - 1; old >= 1 && persist.migrate; old--) {
      const oldKey = keyFor(old);
      const oldRaw = await adapter.getItem(oldKey);
      if (oldRaw !== null) return { raw: oldRaw, fromKey: oldKey };
    }
    return null;
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
        state = persist.migrate ? persist.migrate(state, parsed.version) : state;
      } catch (error) {
        return setAside(
          'corrupt',
          `Migrating saved data from version ${parsed.version} failed; it was kept aside.`,
          error,
        );
      }
    }
    const checked = store.parseInput(state);
    if (!checked.ok) {
      const where = checked.issues[0] ? ` (${checked.issues[0].path}: ${checked.issues[0].message})` : '';
      return setAside('corrupt', `Saved data does not fit this content${where}; it was kept aside.`);
    }
    return checked.value;
  };

  const hydrate = async () => {
    store.setStatus({ status: 'hydrating' });
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
      if (store.changedSinceCreate()) {
        const aside = await keepAside(saved?.raw ?? '', 'conflict');
        if (!aside) {
          // Saving now would write over the only copy of what was saved before: keep both, save neither.
          goMemoryOnly(
            'conflict',
            'Saved data arrived after typing started and could not be copied aside, so nothing will be saved over it.',
          );
          return;
        }
        report('conflict', 'Saved data arrived after typing started; it was kept aside.', { asideKey: aside });
      } else {
        store.setInput(restored);
      }
    }
    store.setStatus({ status: 'ready' });
    if (store.changedSinceCreate() || (saved && saved.fromKey !== key)) scheduleWrite();
  };

  return {
    hydrate: () =>
      hydrate().catch((error: unknown) => {
        goMemoryOnly('read-failed', 'Saved data could not be read; changes are kept in memory only.', error);
      }),
    async flush() {
      if (writeScheduled) write();
      await writeChain;
    },
    async clear() {
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
  };
}
