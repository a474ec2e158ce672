import { asideKey, storageKey } from './keys.js';
import { jsonEqual, merge3 } from './merge.js';
import { salvageInput } from './salvage.js';
import type {
  AsideEntry,
  AsideReason,
  KeptAside,
  PersistConnection,
  PersistedStore,
  Persistence,
  PersistOptions,
  SavedEnvelope,
  StorageAdapter,
  StorageErrorEvent,
  StorageErrorType,
} from './types.js';
import { watchStorage } from './watch.js';

const MAX_RETRY_MS = 30_000;
const MAX_ASIDES_LISTED = 50;
const ASIDE_REASONS: readonly AsideReason[] = ['corrupt', 'newer-version', 'conflict', 'content-changed'];

/** A quota error, also when a portal's adapter wraps it in a plain `Error` (as `cause` or in the message). */
function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const e = error as { name?: unknown; code?: unknown; message?: unknown; cause?: unknown };
  return (
    e.name === 'QuotaExceededError' ||
    e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    e.code === 22 ||
    e.code === 1014 ||
    (typeof e.message === 'string' && /quota/i.test(e.message)) ||
    isQuotaError(e.cause, depth + 1)
  );
}

function isEnvelope(x: unknown): x is SavedEnvelope {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  return e.sdmkit === 1 && typeof e.version === 'number' && Number.isInteger(e.version) && 'state' in e;
}

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every((w) => typeof w === 'string');

/**
 * The list of copies kept aside (offered, and dismissed but still stored), read back from storage: untrusted, so
 * only well-formed rows under this widget's own key are used.
 */
function parseAsideIndex(raw: string | null, key: string): { asides: KeptAside[]; dismissed: string[] } {
  const none = { asides: [], dismissed: [] };
  if (raw === null) return none;
  let index: unknown;
  try {
    index = JSON.parse(raw);
  } catch {
    return none;
  }
  if (typeof index !== 'object' || index === null) return none;
  const { asides, dismissed } = index as { asides?: unknown; dismissed?: unknown };
  const ours = (k: unknown): k is string => typeof k === 'string' && k.startsWith(`${key}:aside:`);
  const valid = (a: unknown): a is KeptAside => {
    if (typeof a !== 'object' || a === null) return false;
    const r = a as Record<string, unknown>;
    return (
      ours(r.key) &&
      ASIDE_REASONS.includes(r.reason as AsideReason) &&
      typeof r.at === 'string' &&
      (r.entries === undefined ||
        (Array.isArray(r.entries) &&
          r.entries.every(
            (e) =>
              typeof e === 'object' && e !== null && typeof e.path === 'string' && isStrings((e as AsideEntry).words),
          )))
    );
  };
  return {
    asides: Array.isArray(asides) ? asides.filter(valid).slice(-MAX_ASIDES_LISTED) : [],
    dismissed: Array.isArray(dismissed) ? dismissed.filter(ours).slice(-MAX_ASIDES_LISTED * 4) : [],
  };
}

type Listener = (text: string | null) => void;

/** What the connections of one `createPersistence` value share: per key, one queue of storage work and the peers. */
interface Shared {
  readonly queues: Map<string, Promise<void>>;
  readonly peers: Map<string, Set<Listener>>;
}

/**
 * Opt-in saving of drafts for a widget's `persist` prop (or a store's `persist` option). A separate import, so a
 * portal that saves nothing downloads none of it. Nothing touches storage until the store hydrates on the client,
 * and saved data is validated before it is used; what cannot be used is copied aside, never destroyed
 * (docs/persistence.md).
 */
export function createPersistence(options: PersistOptions): Persistence {
  const shared: Shared = { queues: new Map(), peers: new Map() };
  return { options, connect: (store) => connect(store, options, shared) };
}

type Decoded<Input> =
  | { readonly ok: true; readonly input: Input; readonly entries: readonly AsideEntry[]; readonly savedAt?: string }
  | { readonly ok: false; readonly reason: 'corrupt' | 'newer-version'; readonly message: string; error?: unknown };

function connect<Input>(store: PersistedStore<Input>, persist: PersistOptions, shared: Shared): PersistConnection {
  const version = persist.version ?? 1;
  const keyFor = (v: number) =>
    storageKey({ widget: store.widget, contentId: store.content.id, version: v, namespace: persist.namespace });
  const key = keyFor(version);
  const indexKey = `${key}:asides`;

  let adapter: StorageAdapter | null = null;
  let writeScheduled = false;
  /** Between `destroy()` and a later `resume()`: no writes, no listening (the widget is unmounted). */
  let detached = false;
  /** While true, an input change comes from storage and is not written back. */
  let quiet = false;
  /** What this instance last read from or wrote to its key (text and input): anything else there is news. */
  let lastSeen: string | null = null;
  let lastSeenInput: Input | null = null;
  let retryDelay = 0;
  /** Storage was full: the widget says so and keeps trying, in case space is freed. */
  let quotaHit = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let unwatch: () => void = () => {};
  /** Copies the patient stopped being offered; still stored, removed when they clear their data. */
  let dismissed: readonly string[] = [];
  /** Set when what was read had to be changed to fit (answers about removed items left out): write it back. */
  let rewrite = false;
  /** When the copy read at hydration was saved (for copies saved later under an older version's key). */
  let readSavedAt: string | undefined;

  /** Runs storage work in order with every other connection to the same key of this persistence. */
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const run = (shared.queues.get(key) ?? Promise.resolve()).then(work);
    shared.queues.set(
      key,
      run.then(
        () => undefined,
        () => undefined,
      ),
    );
    return run;
  };

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

  /** Hands a change of `k` to the other connections of this persistence listening to it. */
  const tell = (k: string, self: Listener, text: string | null) => {
    for (const peer of shared.peers.get(k) ?? []) if (peer !== self) peer(text);
  };

  const setAsides = async (asides: readonly KeptAside[]) => {
    store.setStatus({ asides });
    const text = asides.length + dismissed.length > 0 ? JSON.stringify({ asides, dismissed }) : null;
    try {
      if (text !== null) await adapter?.setItem(indexKey, text);
      else await adapter?.removeItem(indexKey);
    } catch {
      // The copies themselves are kept; only the list of them could not be saved.
    }
    tell(indexKey, receiveIndex, text);
  };

  /** The list of copies kept aside, changed elsewhere (another tab, another widget): offered here too. */
  function receiveIndex(text: string | null) {
    if (detached || !adapter) return;
    const index = parseAsideIndex(text, key);
    dismissed = index.dismissed;
    store.setStatus({ asides: index.asides });
  }

  /**
   * Copies data aside before anything could overwrite it, under a key no other copy has (two copies in the same
   * millisecond, or with a clock that went back, get `-2`, `-3`…), and lists it for the patient. Null if that failed.
   */
  const keepAside = async (raw: string, reason: AsideReason, entries?: readonly AsideEntry[]) => {
    if (!adapter) return null;
    const at = store.now();
    const base = asideKey(key, reason, at);
    try {
      let aside = base;
      for (let n = 2; (await adapter.getItem(aside)) !== null; n++) aside = `${base}-${n}`;
      await adapter.setItem(aside, raw);
      const kept: KeptAside = { key: aside, reason, at: at.toISOString(), ...(entries ? { entries } : {}) };
      await setAsides([...store.getStatus().asides, kept].slice(-MAX_ASIDES_LISTED));
      return aside;
    } catch {
      return null;
    }
  };

  /** Saved text -> input for this content: migrated, validated, and what refers to removed items left out. */
  const decode = (raw: string): Decoded<Input> => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      return { ok: false, reason: 'corrupt', message: 'Saved data is not valid JSON', error };
    }
    if (!isEnvelope(parsed)) return { ok: false, reason: 'corrupt', message: 'Saved data is not an SDM Kit save' };
    if (parsed.version > version)
      return {
        ok: false,
        reason: 'newer-version',
        message: `Saved data is from a newer version (${parsed.version} > ${version})`,
      };
    let state: unknown = parsed.state;
    if (parsed.version < version && persist.migrate) {
      try {
        state = persist.migrate(state, parsed.version);
      } catch (error) {
        return {
          ok: false,
          reason: 'corrupt',
          message: `Migrating saved data from version ${parsed.version} failed`,
          error,
        };
      }
    }
    const savedAt = typeof parsed.savedAt === 'string' ? { savedAt: parsed.savedAt } : {};
    const checked = store.parseInput(state);
    if (checked.ok) return { ok: true, input: checked.value, entries: [], ...savedAt };
    const salvaged = salvageInput(state, store.parseInput, store.emptyInput());
    if (salvaged) return { ok: true, input: salvaged.input, entries: salvaged.entries, ...savedAt };
    const first = checked.issues[0];
    const noMigrate =
      parsed.version < version && !persist.migrate ? ` (saved by version ${parsed.version}; no migrate was given)` : '';
    return {
      ok: false,
      reason: 'corrupt',
      message: `Saved data does not fit this content${first ? ` (${first.path}: ${first.message})` : ''}${noMigrate}`,
    };
  };

  /**
   * `theirs` merged entry by entry over what is on screen, both from `base`: the result if it is valid input, and
   * how many answers both changed differently (then this side's answer is in the result).
   */
  const mergeOver = (base: Input, theirs: Input) => {
    const merged = merge3(base, store.getInput(), theirs);
    const checked = store.parseInput(merged.value);
    return { input: checked.ok ? checked.value : null, conflicts: merged.conflicts };
  };

  const setInputQuietly = (input: Input) => {
    quiet = true;
    try {
      store.setInput(input);
    } finally {
      quiet = false;
    }
  };

  const envelopeText = (input: Input) => {
    const envelope: SavedEnvelope<Input> = {
      sdmkit: 1,
      widget: store.widget,
      contentId: store.content.id,
      contentVersion: store.content.meta.version,
      version,
      savedAt: store.now().toISOString(),
      state: input,
    };
    return { text: JSON.stringify(envelope), savedAt: envelope.savedAt };
  };

  /** Whether a change may be written now: saving is on, or storage was full and may have room again. */
  const writable = () => {
    const { status } = store.getStatus();
    return adapter !== null && !detached && (status === 'ready' || (status === 'memory-only' && quotaHit));
  };

  /** True when what is on screen differs from what this widget last saw in storage. */
  const unsaved = () =>
    lastSeenInput === null ? store.changedSinceCreate() : !jsonEqual(store.getInput(), lastSeenInput);

  /** Tries again after 1, 2, 4 … 30 s: a write by default, or `again` (a failed first read). */
  const retryLater = (again?: () => void) => {
    if (retryTimer !== undefined || detached) return;
    retryDelay = Math.min(Math.max(1000, retryDelay * 2), MAX_RETRY_MS);
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      if (detached) return;
      if (again) again();
      else if (writable()) scheduleWrite();
    }, retryDelay);
  };

  /** The other copy could not be kept safe: nothing is written over it; the patient is told, and it is tried again. */
  const heldBack = () => {
    report(
      'conflict',
      'This widget was also changed elsewhere and that copy could not be kept aside, so nothing was saved over it.',
    );
    retryLater();
  };

  /**
   * Another copy is in storage (another tab, another widget on this page, a late read). Takes it in entry by entry
   * over what this copy has not saved yet. Only when both changed the same thing is the other copy also kept aside.
   * Returns false if the two could not be brought together and the other copy could not be kept safe.
   */
  const takeIn = async (there: string): Promise<boolean> => {
    const theirs = decode(there);
    if (theirs.ok) {
      const merged = mergeOver(lastSeenInput ?? store.initialInput, theirs.input);
      if (merged.input) {
        if (theirs.entries.length > 0 && !(await keepAside(there, 'content-changed', theirs.entries))) return false;
        if (merged.conflicts > 0) {
          const aside = await keepAside(there, 'conflict');
          if (!aside) return false;
          report(
            'conflict',
            'This widget was also changed elsewhere; both changed the same answer, so that copy was kept aside.',
            {
              asideKey: aside,
            },
          );
        }
        lastSeen = there;
        lastSeenInput = theirs.input;
        setInputQuietly(merged.input);
        return true;
      }
    }
    const aside = await keepAside(there, theirs.ok ? 'conflict' : theirs.reason);
    if (!aside) return false;
    report(
      'conflict',
      'This widget was also changed elsewhere and the copies could not be merged; that copy was kept aside.',
      {
        asideKey: aside,
      },
    );
    return true;
  };

  /** Writes what is on screen to `target` (unless it is what was last seen there) and tells the peers. */
  const save = async (target: StorageAdapter) => {
    const input = store.getInput();
    if (lastSeen !== null && lastSeenInput !== null && jsonEqual(input, lastSeenInput)) return;
    const { text, savedAt } = envelopeText(input);
    await target.setItem(key, text);
    lastSeen = text;
    lastSeenInput = input;
    retryDelay = 0;
    quotaHit = false;
    store.setStatus({ status: 'ready', lastSavedAt: savedAt, lastError: null });
    tell(key, receive, text);
  };

  /** What a failed write does: says so, keeps the input in memory and tries again. */
  const writeFailed = (error: unknown) => {
    if (isQuotaError(error)) {
      // Kept on screen, said to be unsaved, and tried again: space may be freed.
      quotaHit = true;
      store.setStatus({ status: 'memory-only' });
      report('quota', 'Storage is full; changes are kept in memory and saved when there is room.', { error });
    } else {
      report('write-failed', 'Saving failed; changes are kept in memory and saved again shortly.', { error });
    }
    retryLater();
  };

  /** Writes what is on screen. `final`: the last attempt of a widget that is going away. */
  const write = (final = false) => {
    if (!adapter || (detached && !final)) return;
    writeScheduled = false;
    const target = adapter;
    void enqueue(async () => {
      try {
        const there = await target.getItem(key);
        if (there !== null && there !== lastSeen && !(await takeIn(there))) {
          heldBack();
          return;
        }
        await save(target);
      } catch (error) {
        writeFailed(error);
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

  /**
   * A copy that changed elsewhere, with the copy both sides started from (`base`), as an adapter that syncs with a
   * server tells it: it is merged over what is on screen from `base` (an answer both changed keeps this side's, and
   * the other copy is kept aside), and the result is written at once, so that the adapter's next read is the merge.
   */
  const receiveWithBase = async (target: StorageAdapter, text: string, base: string | null) => {
    const from = base === null ? null : decode(base);
    lastSeenInput = from?.ok ? from.input : store.emptyInput();
    lastSeen = base;
    if (!(await takeIn(text))) {
      heldBack();
      return;
    }
    lastSeenInput = null; // what was merged is new to storage: always written
    try {
      await save(target);
    } catch (error) {
      writeFailed(error);
    }
  };

  /** A change of this key made elsewhere (another tab, another widget with the same persistence, a server). */
  function receive(text: string | null, base?: string | null) {
    void enqueue(async () => {
      if (detached || !adapter || store.getStatus().status !== 'ready' || text === lastSeen) return;
      if (text !== null && base !== undefined) {
        await receiveWithBase(adapter, text, base);
        return;
      }
      if (text === null) {
        // Removed elsewhere: what is on screen is saved again with the next change.
        lastSeen = null;
        lastSeenInput = null;
        return;
      }
      if (!unsaved()) {
        const theirs = decode(text);
        if (!theirs.ok || theirs.entries.length > 0) return; // left for the next write to keep aside
        lastSeen = text;
        lastSeenInput = theirs.input;
        setInputQuietly(theirs.input);
        if (theirs.savedAt) store.setStatus({ lastSavedAt: theirs.savedAt, lastError: null });
        return;
      }
      if (await takeIn(text)) scheduleWrite();
      else heldBack();
    });
  }

  const watch = (target: StorageAdapter): (() => void) =>
    watchStorage(target, (changed, value, base) => {
      if (changed === key) receive(value, base);
      else if (changed === indexKey) receiveIndex(value);
      else if (changed === null) receive(null);
    });

  store.onInputChange(() => {
    if (!quiet && writable()) scheduleWrite();
  });

  const readSaved = async (): Promise<{ raw: string; fromKey: string } | null> => {
    if (!adapter) return null;
    const raw = await adapter.getItem(key);
    lastSeen = raw;
    if (raw !== null) return { raw, fromKey: key };
    // Data saved under an older version's key is carried over (through `migrate` if given), never lost.
    for (let old = version - 1; old >= 1; old--) {
      const oldKey = keyFor(old);
      const oldRaw = await adapter.getItem(oldKey);
      if (oldRaw !== null) return { raw: oldRaw, fromKey: oldKey };
    }
    return null;
  };

  /** Turns saved text into input, or keeps it aside. `undefined`: start clean; 'stop': memory only. */
  const restore = async (raw: string): Promise<Input | undefined | 'stop'> => {
    const decoded = decode(raw);
    if (!decoded.ok) {
      const message = `${decoded.message}; it was kept aside and the widget started clean.`;
      const aside = await keepAside(raw, decoded.reason);
      if (aside === null) {
        // Could not keep it safe: do not overwrite it either.
        goMemoryOnly(
          decoded.reason,
          `${decoded.message}. It could not be copied aside, so nothing will be saved over it.`,
          decoded.error,
        );
        return 'stop';
      }
      report(decoded.reason, message, { asideKey: aside, error: decoded.error });
      return undefined;
    }
    if (decoded.entries.length > 0) {
      const count = decoded.entries.length;
      const message = `${count} saved answer(s) refer to items this content no longer has; the rest were restored and the whole saved copy was kept aside.`;
      const aside = await keepAside(raw, 'content-changed', decoded.entries);
      if (aside === null) {
        goMemoryOnly(
          'content-changed',
          `${message} The copy could not be kept aside, so nothing will be saved over it.`,
        );
        return 'stop';
      }
      report('content-changed', message, { asideKey: aside });
      rewrite = true;
    }
    readSavedAt = decoded.savedAt;
    return decoded.input;
  };

  /**
   * A portal that went back to an older version and forward again: copies under older keys saved after this one
   * are merged in (from nothing in common: what either added is kept; an answer both set differently keeps this
   * one and the older key's copy is kept aside).
   */
  const takeInRolledBack = async (currentSavedAt: string | undefined) => {
    if (!adapter || !currentSavedAt) return;
    for (let old = version - 1; old >= 1; old--) {
      let oldRaw: string | null;
      try {
        oldRaw = await adapter.getItem(keyFor(old));
      } catch {
        continue;
      }
      if (oldRaw === null) continue;
      const older = decode(oldRaw);
      if (!older.ok || !older.savedAt || older.savedAt <= currentSavedAt) continue;
      const merged = mergeOver(store.emptyInput(), older.input);
      if (!merged.input || merged.conflicts > 0 || older.entries.length > 0) {
        const aside = await keepAside(oldRaw, older.entries.length > 0 ? 'content-changed' : 'conflict', older.entries);
        if (aside) report('conflict', `A copy saved later by version ${old} was kept aside.`, { asideKey: aside });
      }
      if (merged.input) setInputQuietly(merged.input);
      rewrite = true;
    }
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
      const index = parseAsideIndex(await adapter.getItem(indexKey), key);
      dismissed = index.dismissed;
      if (index.asides.length > 0) store.setStatus({ asides: index.asides });
    } catch (error) {
      const unavailable =
        typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'SecurityError';
      if (unavailable) {
        goMemoryOnly('unavailable', 'Storage is not available; changes are kept in memory only.', error);
        return;
      }
      // Nothing is written before the saved copy could be read; reading is tried again, then what was typed
      // meanwhile is merged with it.
      store.setStatus({ status: 'memory-only' });
      report('read-failed', 'Saved data could not be read; changes are kept in memory and reading is tried again.', {
        error,
      });
      retryLater(() => void enqueue(hydrate).catch(() => {}));
      return;
    }
    retryDelay = 0;
    const restored = saved ? await restore(saved.raw) : undefined;
    if (restored === 'stop') return;
    if (restored !== undefined) {
      if (saved?.fromKey === key && !rewrite) lastSeenInput = restored;
      if (store.changedSinceCreate()) {
        // The patient typed before slow storage answered: bring both together entry by entry.
        const merged = mergeOver(store.initialInput, restored);
        if (!merged.input || merged.conflicts > 0) {
          const aside = await keepAside(saved?.raw ?? '', 'conflict');
          if (!aside) {
            // Saving now would write over the only copy of what was saved before: keep both, save neither.
            goMemoryOnly(
              'conflict',
              'Saved data arrived after typing started and could not be copied aside, so nothing will be saved over it.',
            );
            return;
          }
          report(
            'conflict',
            'Saved data arrived after typing started and both changed the same answer; it was kept aside.',
            {
              asideKey: aside,
            },
          );
        }
        if (merged.input) store.setInput(merged.input);
      } else {
        setInputQuietly(restored);
      }
    }
    if (saved?.fromKey === key) await takeInRolledBack(readSavedAt);
    store.setStatus({ status: 'ready' });
    const mustWrite = store.changedSinceCreate() || rewrite || (saved && saved.fromKey !== key);
    if (detached) {
      // Unmounted while reading: what was typed (merged with what was read) is still written once.
      if (mustWrite) write(true);
      return;
    }
    listen();
    if (mustWrite) scheduleWrite();
  };

  /** Listens for this key's changes made elsewhere: other tabs (or the adapter's `subscribe`) and peers. */
  const listen = () => {
    unwatch();
    if (adapter) {
      const stopWatching = watch(adapter);
      const stopRemote = adapter.watchRemote?.((remote) => store.setStatus({ remote })) ?? (() => {});
      unwatch = () => {
        stopWatching();
        stopRemote();
      };
    }
    for (const [k, listener] of [
      [key, receive],
      [indexKey, receiveIndex],
    ] as const) {
      const peers = shared.peers.get(k) ?? new Set<Listener>();
      shared.peers.set(k, peers);
      peers.add(listener);
    }
  };

  return {
    hydrate: () => {
      store.setStatus({ status: 'hydrating' });
      return enqueue(hydrate).catch((error: unknown) => {
        goMemoryOnly('read-failed', 'Saved data could not be read; changes are kept in memory only.', error);
      });
    },
    async flush() {
      if (writeScheduled) write();
      await shared.queues.get(key);
    },
    clear() {
      writeScheduled = false;
      return enqueue(async () => {
        if (!adapter) return;
        try {
          // The patient asked to remove their answers from this device: the copies kept aside go too.
          for (const k of [...store.getStatus().asides.map((a) => a.key), ...dismissed]) await adapter.removeItem(k);
          dismissed = [];
          await setAsides([]);
          await adapter.removeItem(key);
          lastSeen = null;
          lastSeenInput = null;
          tell(key, receive, null);
        } catch (error) {
          report('write-failed', 'Saved data could not be removed.', { error });
        }
      });
    },
    async readAside(asideKeyToRead) {
      if (!adapter || !store.getStatus().asides.some((a) => a.key === asideKeyToRead)) return null;
      try {
        return await adapter.getItem(asideKeyToRead);
      } catch {
        return null;
      }
    },
    restoreAside(asideKeyToUse) {
      return enqueue(async () => {
        const kept = store.getStatus().asides.find((a) => a.key === asideKeyToUse);
        if (!adapter || !kept || store.getStatus().status !== 'ready') return false;
        let raw: string | null;
        try {
          raw = await adapter.getItem(kept.key);
        } catch {
          return false;
        }
        const decoded = raw === null ? null : decode(raw);
        if (!decoded?.ok) return false;
        // What is on screen now is kept aside first, so that using the other copy loses nothing.
        if (!(await keepAside(envelopeText(store.getInput()).text, 'conflict'))) return false;
        dismissed = [...dismissed, kept.key];
        await setAsides(store.getStatus().asides.filter((a) => a.key !== kept.key));
        store.setInput(decoded.input);
        return true;
      });
    },
    async dismissAside(asideKeyToDismiss) {
      await enqueue(() => {
        const asides = store.getStatus().asides;
        if (!asides.some((a) => a.key === asideKeyToDismiss)) return Promise.resolve();
        dismissed = [...dismissed, asideKeyToDismiss];
        return setAsides(asides.filter((a) => a.key !== asideKeyToDismiss));
      });
    },
    resume() {
      if (!detached) return;
      detached = false;
      if (!adapter || store.getStatus().status !== 'ready') return;
      listen();
      // Whatever was saved elsewhere while this widget was away is taken in now.
      const target = adapter;
      void enqueue(async () => target.getItem(key))
        .then((there) => {
          if (there !== lastSeen) receive(there);
        })
        .catch(() => {});
      if (store.changedSinceCreate() && !jsonEqual(store.getInput(), lastSeenInput)) scheduleWrite();
    },
    destroy() {
      // A change made just before unmounting, or one still waiting for a retry, is still written once.
      if (writeScheduled || (retryTimer !== undefined && store.getStatus().status !== 'hydrating' && unsaved()))
        write();
      detached = true;
      unwatch();
      unwatch = () => {};
      shared.peers.get(key)?.delete(receive);
      shared.peers.get(indexKey)?.delete(receiveIndex);
      if (retryTimer !== undefined) clearTimeout(retryTimer);
      retryTimer = undefined;
    },
  };
}
