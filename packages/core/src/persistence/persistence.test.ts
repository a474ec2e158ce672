import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQuestionListStore } from '../question-list/store.js';
import { tinyList } from '../question-list/test-utils/fixture.js';
import { createWidgetStore } from '../store/create-widget-store.js';
import { notesDoc, notesWidget } from '../test-utils/notes-widget.js';
import { createMemoryStorage } from './memory-storage.js';
import { createPersistence } from './persistence.js';
import type { StorageAdapter, StorageErrorEvent } from './types.js';

const KEY = 'sdmkit:notes:notes-1:v1';
const fixedNow = () => new Date('2026-01-02T03:04:05.000Z');
const savedNotes = (storage: StorageAdapter, key = KEY) =>
  JSON.parse((storage.getItem(key) as string | null) ?? '{}').state?.notes;

function envelope(state: unknown, version = 1) {
  return JSON.stringify({
    sdmkit: 1,
    widget: 'notes',
    contentId: 'notes-1',
    contentVersion: '1',
    version,
    savedAt: 'x',
    state,
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('a new edition of the content', () => {
  const QL_KEY = 'sdmkit:question-list:tiny-list:v1';

  it('keeps the answers about questions still in the list, offers the rest back, and does not ask twice', async () => {
    const storage = createMemoryStorage();
    const errors = vi.fn<(e: StorageErrorEvent) => void>();
    const persist = createPersistence({ storage, onStorageError: errors });
    const before = createQuestionListStore(tinyList, { persist });
    await before.hydrate();
    for (const id of ['q1', 'q2', 'q3']) before.getState().actions.pick(id);
    before.getState().actions.setNote('q:q2', 'Two weeks, then a check-up');
    before.getState().actions.addOwn('Can I drive?');
    await before.flush();
    before.destroy();

    const edition2 = {
      ...tinyList,
      meta: { ...tinyList.meta, version: '2.0.0' },
      questions: tinyList.questions.filter((q) => q.id !== 'q2'),
    };
    const after = createQuestionListStore(edition2, {
      persist: createPersistence({ storage, onStorageError: errors }),
    });
    await after.hydrate();
    await after.flush();
    expect(after.getState().input.items.map((i) => i.key)).toEqual(['q:q1', 'q:q3', 'own:1']);
    expect(errors.mock.calls.map((c) => c[0].type)).toEqual(['content-changed']);
    const [aside] = after.getState().persistence.asides;
    expect(aside).toMatchObject({
      reason: 'content-changed',
      entries: [{ path: 'items.1', words: ['Two weeks, then a check-up'] }],
    });
    // The whole earlier copy is kept, readable for "copy".
    expect(JSON.parse((await after.readAside(aside?.key ?? '')) ?? '{}').state.items).toHaveLength(4);
    // What fits was written back, so the next load restores it without a second notice; the offer stays listed.
    expect(JSON.parse(storage.getItem(QL_KEY) ?? '{}').state.items).toHaveLength(3);
    after.destroy();
    const again = createQuestionListStore(edition2, {
      persist: createPersistence({ storage, onStorageError: errors }),
    });
    await again.hydrate();
    expect(errors).toHaveBeenCalledTimes(1);
    expect(again.getState().persistence.asides).toHaveLength(1);
    await again.dismissAside(aside?.key ?? '');
    expect(again.getState().persistence.asides).toEqual([]);
    // Dismissing stops the offer; the copy itself stays until the patient clears their data.
    expect(storage.getItem(aside?.key ?? '')).not.toBeNull();
    await again.clearSaved();
    expect([...storage.map.keys()]).toEqual([]);
  });
});

describe('copies of one draft meeting', () => {
  it('two widgets sharing one persistence value stay in step, without conflicts', async () => {
    const storage = createMemoryStorage();
    const errors = vi.fn<(e: StorageErrorEvent) => void>();
    const persist = createPersistence({ storage, onStorageError: errors });
    const a = createWidgetStore(notesWidget, notesDoc, { persist });
    const b = createWidgetStore(notesWidget, notesDoc, { persist });
    await Promise.all([a.hydrate(), b.hydrate()]);
    for (let i = 0; i < 10; i++) {
      (i % 2 ? b : a).getState().actions.add(`note ${i}`);
      await Promise.all([a.flush(), b.flush()]);
    }
    const all = Array.from({ length: 10 }, (_, i) => `note ${i}`);
    expect(a.getState().input.notes).toEqual(all);
    expect(b.getState().input.notes).toEqual(all);
    expect(savedNotes(storage)).toEqual(all);
    expect(errors).not.toHaveBeenCalled();
  });

  it('takes in changes an adapter reports from elsewhere (subscribe), merging with what is not saved yet', async () => {
    const backing = createMemoryStorage();
    const listeners = new Set<(key: string, value: string | null) => void>();
    const storage: StorageAdapter = {
      getItem: (k) => backing.getItem(k),
      setItem: (k, v) => backing.setItem(k, v),
      removeItem: (k) => backing.removeItem(k),
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    const s = createWidgetStore(notesWidget, notesDoc, { persist: createPersistence({ storage }) });
    await s.hydrate();
    s.getState().actions.add('here');
    await s.flush();
    // Another device saved the draft with one more note.
    const other = envelope({ notes: ['here', 'from the phone'] });
    backing.setItem(KEY, other);
    for (const l of listeners) l(KEY, other);
    await s.flush();
    expect(s.getState().input.notes).toEqual(['here', 'from the phone']);
    s.destroy();
    expect(listeners.size).toBe(0);
  });

  describe('a copy changed elsewhere with the copy both started from (a server refused a write: 412)', () => {
    /** An adapter whose stored copy is this device's own; the server's copy only arrives through `subscribe`. */
    function syncing(initial: Record<string, string> = {}) {
      const backing = createMemoryStorage(initial);
      const listeners = new Set<(key: string, value: string | null, base?: string | null) => void>();
      const writes: string[] = [];
      const storage: StorageAdapter = {
        getItem: (k) => backing.getItem(k),
        setItem: (k, v) => {
          if (k === KEY) writes.push(v);
          backing.setItem(k, v);
        },
        removeItem: (k) => backing.removeItem(k),
        subscribe: (listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      };
      const offer = (theirs: string, base: string | null) => {
        for (const l of listeners) l(KEY, theirs, base);
      };
      return { storage, writes, offer, backing };
    }

    it('merges over what is on screen from the base and writes the merge at once', async () => {
      const base = envelope({ notes: ['a'] });
      const { storage, writes, offer } = syncing({ [KEY]: base });
      const errors = vi.fn<(e: StorageErrorEvent) => void>();
      const s = createWidgetStore(notesWidget, notesDoc, {
        persist: createPersistence({ storage, onStorageError: errors }),
      });
      await s.hydrate();
      s.getState().actions.setTitle('Mine');
      await s.flush();
      writes.length = 0;
      // The device's copy (title "Mine") is what it last wrote: as a plain change the server's copy would replace it.
      offer(envelope({ notes: ['a', 'from the laptop'] }), base);
      await s.flush();
      expect(s.getState().input).toEqual({ notes: ['a', 'from the laptop'], title: 'Mine' });
      expect(writes.map((w) => JSON.parse(w).state)).toEqual([{ notes: ['a', 'from the laptop'], title: 'Mine' }]);
      expect(errors).not.toHaveBeenCalled();
      s.destroy();
    });

    it('keeps the other copy aside and reports a conflict when both changed the same answer', async () => {
      const base = envelope({ notes: [], title: 'Start' });
      const { storage, offer, backing } = syncing({ [KEY]: base });
      const errors = vi.fn<(e: StorageErrorEvent) => void>();
      const s = createWidgetStore(notesWidget, notesDoc, {
        persist: createPersistence({ storage, onStorageError: errors }),
      });
      await s.hydrate();
      s.getState().actions.setTitle('Mine');
      await s.flush();
      const theirs = envelope({ notes: [], title: 'Theirs' });
      offer(theirs, base);
      await s.flush();
      expect(s.getState().input.title).toBe('Mine');
      expect(errors.mock.calls.map((c) => c[0].type)).toEqual(['conflict']);
      const [aside] = s.getState().persistence.asides;
      expect(backing.getItem(aside?.key ?? '')).toBe(theirs);
      expect(JSON.parse(backing.getItem(KEY) ?? '{}').state.title).toBe('Mine');
      s.destroy();
    });

    it('merges from nothing when there is no base: what either added is kept', async () => {
      const { storage, offer } = syncing();
      const s = createWidgetStore(notesWidget, notesDoc, { persist: createPersistence({ storage }) });
      await s.hydrate();
      s.getState().actions.setTitle('Mine');
      await s.flush();
      offer(envelope({ notes: ['from the laptop'] }), null);
      await s.flush();
      expect(s.getState().input).toEqual({ notes: ['from the laptop'], title: 'Mine' });
      s.destroy();
    });
  });
});

describe('losses that used to be silent', () => {
  it('reads data saved under an older version even without migrate', async () => {
    const storage = createMemoryStorage({ [KEY]: envelope({ notes: ['kept'] }) });
    const s = createWidgetStore(notesWidget, notesDoc, { persist: createPersistence({ storage, version: 2 }) });
    await s.hydrate();
    await s.flush();
    expect(s.getState().input.notes).toEqual(['kept']);
    expect(savedNotes(storage, 'sdmkit:notes:notes-1:v2')).toEqual(['kept']);
    expect(storage.getItem(KEY)).not.toBeNull();
  });

  it('sets aside, and tells the host, an older version that no longer fits when no migrate was given', async () => {
    const storage = createMemoryStorage({ [KEY]: envelope({ lines: ['old shape'] }) });
    const errors = vi.fn<(e: StorageErrorEvent) => void>();
    const s = createWidgetStore(notesWidget, notesDoc, {
      persist: createPersistence({ storage, version: 2, onStorageError: errors }),
    });
    await s.hydrate();
    expect(errors.mock.calls[0]?.[0]).toMatchObject({
      type: 'corrupt',
      message: expect.stringContaining('no migrate'),
    });
    expect(s.getState().persistence.asides).toHaveLength(1);
  });

  it('writes a change made just before the widget unmounts', async () => {
    const storage = createMemoryStorage();
    const persist = createPersistence({ storage });
    const s = createWidgetStore(notesWidget, notesDoc, { persist });
    await s.hydrate();
    s.getState().actions.add('last words');
    s.destroy();
    // A remount on the same persistence waits for that write before reading.
    const next = createWidgetStore(notesWidget, notesDoc, { persist });
    await next.hydrate();
    expect(next.getState().input.notes).toEqual(['last words']);
  });

  it('treats a quota error wrapped by a portal adapter as a quota error', async () => {
    const errors = vi.fn<(e: StorageErrorEvent) => void>();
    const storage: StorageAdapter = {
      getItem: () => null,
      setItem: () => {
        throw new Error('Could not save draft', { cause: { name: 'QuotaExceededError' } });
      },
      removeItem: () => {},
    };
    const s = createWidgetStore(notesWidget, notesDoc, {
      persist: createPersistence({ storage, onStorageError: errors }),
    });
    await s.hydrate();
    s.getState().actions.add('x');
    await s.flush();
    expect(errors.mock.calls[0]?.[0].type).toBe('quota');
    expect(s.getState().persistence.status).toBe('memory-only');
  });

  it('tries a failed write again later, without waiting for the next change', async () => {
    vi.useFakeTimers();
    const backing = createMemoryStorage();
    let failures = 2;
    const storage: StorageAdapter = {
      getItem: (k) => backing.getItem(k),
      setItem: (k, v) => {
        if (failures-- > 0) throw new Error('offline');
        backing.setItem(k, v);
      },
      removeItem: (k) => backing.removeItem(k),
    };
    const s = createWidgetStore(notesWidget, notesDoc, { persist: createPersistence({ storage }) });
    await s.hydrate();
    s.getState().actions.add('typed offline');
    await s.flush();
    expect(s.getState().persistence.lastError).toBe('write-failed');
    await vi.advanceTimersByTimeAsync(1000);
    await s.flush();
    expect(savedNotes(backing)).toBeUndefined();
    await vi.advanceTimersByTimeAsync(2000);
    await s.flush();
    expect(savedNotes(backing)).toEqual(['typed offline']);
    expect(s.getState().persistence.lastError).toBeNull();
    s.destroy();
  });

  it('gives copies set aside in the same millisecond keys of their own', async () => {
    const storage = createMemoryStorage({ [KEY]: 'not json' });
    const slowLater = createWidgetStore(notesWidget, notesDoc, {
      persist: createPersistence({ storage }),
      now: fixedNow,
    });
    await slowLater.hydrate();
    storage.setItem(KEY, 'still not json');
    const again = createWidgetStore(notesWidget, notesDoc, { persist: createPersistence({ storage }), now: fixedNow });
    await again.hydrate();
    const asides = [...storage.map.keys()].filter((k) => k.includes(':aside:'));
    expect(asides).toHaveLength(2);
    expect(asides.map((k) => storage.getItem(k)).sort()).toEqual(['not json', 'still not json']);
    // The list of copies survives the reload: both are offered.
    expect(
      again
        .getState()
        .persistence.asides.map((a) => a.key)
        .sort(),
    ).toEqual(asides.sort());
  });
});

describe('using a copy kept aside', () => {
  it('swaps it in and keeps what was on screen aside', async () => {
    const storage = createMemoryStorage();
    const a = createWidgetStore(notesWidget, notesDoc, { persist: createPersistence({ storage }), now: fixedNow });
    const b = createWidgetStore(notesWidget, notesDoc, { persist: createPersistence({ storage }), now: fixedNow });
    await a.hydrate();
    await b.hydrate();
    a.getState().actions.setTitle('A');
    await a.flush();
    b.getState().actions.setTitle('B');
    await b.flush();
    const [kept] = b.getState().persistence.asides;
    expect(await b.restoreAside(kept?.key ?? '')).toBe(true);
    await b.flush();
    expect(b.getState().input.title).toBe('A');
    const [onScreenBefore] = b.getState().persistence.asides;
    expect(JSON.parse((await b.readAside(onScreenBefore?.key ?? '')) ?? '{}').state.title).toBe('B');
    expect(await b.restoreAside('sdmkit:notes:notes-1:v1:aside:unknown')).toBe(false);
    expect(await b.readAside(KEY)).toBeNull();
  });
});

describe('unmount and remount', () => {
  it('stops listening on destroy, and on resume takes in what was saved elsewhere meanwhile', async () => {
    const storage = createMemoryStorage();
    const persist = createPersistence({ storage });
    const a = createWidgetStore(notesWidget, notesDoc, { persist });
    const b = createWidgetStore(notesWidget, notesDoc, { persist });
    await Promise.all([a.hydrate(), b.hydrate()]);
    a.destroy();
    b.getState().actions.add('while a was unmounted');
    await b.flush();
    expect(a.getState().input.notes).toEqual([]);
    // A remount of the same store (React StrictMode runs effects twice) resumes it.
    await a.hydrate();
    await a.flush();
    expect(a.getState().input.notes).toEqual(['while a was unmounted']);
    b.getState().actions.add('and after');
    await Promise.all([a.flush(), b.flush()]);
    expect(a.getState().input.notes).toEqual(['while a was unmounted', 'and after']);
  });
});

describe('the list of copies kept aside', () => {
  it('is offered in every widget and tab that shows the draft, not only after a reload', async () => {
    const storage = createMemoryStorage();
    const persist = createPersistence({ storage });
    const here = createWidgetStore(notesWidget, notesDoc, { persist, now: fixedNow });
    const other = createWidgetStore(notesWidget, notesDoc, { persist, now: fixedNow });
    await Promise.all([here.hydrate(), other.hydrate()]);
    // A third copy, from a device that only meets this one in storage, changed the same answer.
    const device = createWidgetStore(notesWidget, notesDoc, { persist: createPersistence({ storage }), now: fixedNow });
    await device.hydrate();
    device.getState().actions.setTitle('from the device');
    await device.flush();
    here.getState().actions.setTitle('typed here');
    await Promise.all([here.flush(), other.flush()]);
    expect(here.getState().persistence.asides).toHaveLength(1);
    expect(other.getState().persistence.asides).toEqual(here.getState().persistence.asides);
    await other.dismissAside(other.getState().persistence.asides[0]?.key ?? '');
    expect(here.getState().persistence.asides).toEqual([]);
  });
});
