import { describe, expect, it, vi } from 'vitest';
import { type DecisionAidInput, emptyDecisionAidInput } from '../decision-aid/input.js';
import { createDecisionAidStore } from '../decision-aid/store.js';
import { testDecisionAid } from '../decision-aid/test-utils/fixture.js';
import { createMemoryStorage } from '../persistence/memory-storage.js';
import { createPersistence } from '../persistence/persistence.js';
import type { StorageAdapter, StorageErrorEvent } from '../persistence/types.js';
import { notesDoc, notesWidget } from '../test-utils/notes-widget.js';
import { createWidgetStore } from './create-widget-store.js';

const KEY = 'sdmkit:notes:notes-1:v1';
const fixedNow = () => new Date('2026-01-02T03:04:05.000Z');

function envelope(state: unknown, version = 1) {
  return JSON.stringify({
    sdmkit: 1,
    widget: 'notes',
    contentId: 'notes-1',
    contentVersion: '1.0.0',
    version,
    savedAt: 'x',
    state,
  });
}

describe('createWidgetStore', () => {
  it('gives every instance its own state', () => {
    const a = createWidgetStore(notesWidget, notesDoc);
    const b = createWidgetStore(notesWidget, notesDoc);
    a.getState().actions.add('only in a');
    expect(a.getState().input.notes).toEqual(['only in a']);
    expect(b.getState().input.notes).toEqual([]);
  });

  it('keeps input plain JSON', () => {
    const s = createWidgetStore(notesWidget, notesDoc, { initialInput: { notes: ['x'] } });
    s.getState().actions.add('y');
    expect(JSON.parse(JSON.stringify(s.getState().input))).toEqual(s.getState().input);
  });

  it('writes nothing anywhere without persistence', async () => {
    const s = createWidgetStore(notesWidget, notesDoc);
    await s.hydrate();
    expect(s.getState().persistence.status).toBe('off');
  });

  it('in controlled mode proposes changes and applies only what the host passes back', () => {
    const s = createWidgetStore(notesWidget, notesDoc);
    const propose = vi.fn();
    s.setController(propose);
    s.getState().actions.add('a');
    expect(propose).toHaveBeenCalledWith({ notes: ['a'] });
    expect(s.getState().input.notes).toEqual([]);
    s.replaceInput({ notes: ['a'] });
    expect(s.getState().input.notes).toEqual(['a']);
  });
});

describe('replacements: the input reset or replaced as a whole', () => {
  it('counts a reset, even of an empty input, and not the patient’s changes', () => {
    const s = createDecisionAidStore(testDecisionAid());
    s.getState().actions.rate('v1', 3);
    expect(s.getState().replacements).toBe(0);
    s.getState().actions.reset();
    expect(s.getState().input.ratings).toEqual({});
    expect(s.getState().replacements).toBe(1);
    s.getState().actions.reset();
    expect(s.getState().replacements).toBe(2);
  });

  it('counts the host’s own input and cleared data, not an equal copy of what is there', async () => {
    const s = createWidgetStore(notesWidget, notesDoc, { initialInput: { notes: ['a'] } });
    s.replaceInput({ notes: ['a'] });
    expect(s.getState().replacements).toBe(0);
    s.replaceInput({ notes: ['b'] });
    expect(s.getState().replacements).toBe(1);
    await s.clearSaved();
    expect(s.getState()).toMatchObject({ input: { notes: [] }, replacements: 2 });
  });

  it('in controlled mode, does not count the patient’s change passed back (or a copy of it), but counts a reset', () => {
    const s = createDecisionAidStore(testDecisionAid());
    const proposed: DecisionAidInput[] = [];
    s.setController((next) => proposed.push(next));
    s.getState().actions.rate('v1', 3);
    s.replaceInput(structuredClone(proposed[0] as DecisionAidInput));
    expect(s.getState().input.ratings).toEqual({ v1: 3 });
    expect(s.getState().replacements).toBe(0);
    s.getState().actions.reset();
    s.replaceInput(proposed[1] as DecisionAidInput);
    expect(s.getState().input.ratings).toEqual({});
    expect(s.getState().replacements).toBe(1);
    // The host's own value, not a proposal.
    s.replaceInput({ ...emptyDecisionAidInput(), leaning: 'unsure' });
    expect(s.getState().replacements).toBe(2);
  });
});

describe('persistence', () => {
  it('survives a reload', async () => {
    const storage = createMemoryStorage();
    const first = createWidgetStore(notesWidget, notesDoc, { persist: createPersistence({ storage }), now: fixedNow });
    await first.hydrate();
    first.getState().actions.add('my worry');
    await first.flush();
    expect(JSON.parse(storage.getItem(KEY) ?? '{}').state).toEqual({ notes: ['my worry'] });
    expect(first.getState().persistence.lastSavedAt).toBe('2026-01-02T03:04:05.000Z');

    const reloaded = createWidgetStore(notesWidget, notesDoc, { persist: createPersistence({ storage }) });
    expect(reloaded.getState().input.notes).toEqual([]); // nothing read before hydrate (SSR-safe)
    await reloaded.hydrate();
    expect(reloaded.getState().input.notes).toEqual(['my worry']);
  });

  it('namespaces keys by widget, namespace, content id and version', async () => {
    const storage = createMemoryStorage();
    const s = createWidgetStore(notesWidget, notesDoc, {
      persist: createPersistence({ storage, namespace: 'patient/42', version: 3 }),
    });
    await s.hydrate();
    s.getState().actions.add('x');
    await s.flush();
    expect([...storage.map.keys()]).toEqual(['sdmkit:notes:patient%2F42:notes-1:v3']);
  });

  it('migrates data saved by an older version and keeps the old copy', async () => {
    const storage = createMemoryStorage({ [KEY]: envelope({ list: ['old note'] }, 1) });
    const migrate = vi.fn((old: unknown) => ({ notes: (old as { list: string[] }).list }));
    const s = createWidgetStore(notesWidget, notesDoc, {
      persist: createPersistence({ storage, version: 2, migrate }),
    });
    await s.hydrate();
    await s.flush();
    expect(migrate).toHaveBeenCalledWith({ list: ['old note'] }, 1);
    expect(s.getState().input.notes).toEqual(['old note']);
    expect(JSON.parse(storage.getItem('sdmkit:notes:notes-1:v2') ?? '{}').version).toBe(2);
    expect(storage.getItem(KEY)).not.toBeNull();
  });

  it('keeps corrupt JSON aside, reports it and starts clean', async () => {
    const storage = createMemoryStorage({ [KEY]: '{not json' });
    const onStorageError = vi.fn<(e: StorageErrorEvent) => void>();
    const s = createWidgetStore(notesWidget, notesDoc, {
      persist: createPersistence({ storage, onStorageError }),
      now: fixedNow,
    });
    await s.hydrate();
    expect(s.getState().input.notes).toEqual([]);
    const event = onStorageError.mock.calls[0]?.[0];
    expect(event?.type).toBe('corrupt');
    expect(event?.asideKey && storage.getItem(event.asideKey)).toBe('{not json');
  });

  it('keeps data that fails validation aside', async () => {
    const storage = createMemoryStorage({ [KEY]: envelope({ notes: [42] }) });
    const onStorageError = vi.fn<(e: StorageErrorEvent) => void>();
    const s = createWidgetStore(notesWidget, notesDoc, { persist: createPersistence({ storage, onStorageError }) });
    await s.hydrate();
    expect(onStorageError.mock.calls[0]?.[0].type).toBe('corrupt');
    expect(onStorageError.mock.calls[0]?.[0].message).toContain('$.notes[0]');
    expect(s.getState().input.notes).toEqual([]);
  });

  it('keeps data from a newer version aside instead of destroying it', async () => {
    const raw = envelope({ notes: ['future'] }, 9);
    const storage = createMemoryStorage({ [KEY]: raw });
    const onStorageError = vi.fn<(e: StorageErrorEvent) => void>();
    const s = createWidgetStore(notesWidget, notesDoc, { persist: createPersistence({ storage, onStorageError }) });
    await s.hydrate();
    const event = onStorageError.mock.calls[0]?.[0];
    expect(event?.type).toBe('newer-version');
    expect(storage.getItem(event?.asideKey ?? '')).toBe(raw);
  });

  it('falls back to memory on quota errors and keeps what the patient typed', async () => {
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    const storage: StorageAdapter = {
      getItem: () => null,
      setItem: () => {
        throw quota;
      },
      removeItem: () => {},
    };
    const onStorageError = vi.fn<(e: StorageErrorEvent) => void>();
    const s = createWidgetStore(notesWidget, notesDoc, { persist: createPersistence({ storage, onStorageError }) });
    await s.hydrate();
    s.getState().actions.add('typed');
    await s.flush();
    expect(onStorageError.mock.calls[0]?.[0].type).toBe('quota');
    expect(s.getState().persistence.status).toBe('memory-only');
    s.getState().actions.add('still works');
    expect(s.getState().input.notes).toEqual(['typed', 'still works']);
  });

  it('survives storage that throws SecurityError on access', async () => {
    const onStorageError = vi.fn<(e: StorageErrorEvent) => void>();
    const s = createWidgetStore(notesWidget, notesDoc, {
      persist: createPersistence({
        storage: () => {
          throw Object.assign(new Error('denied'), { name: 'SecurityError' });
        },
        onStorageError,
      }),
    });
    await s.hydrate();
    expect(onStorageError.mock.calls[0]?.[0].type).toBe('unavailable');
    s.getState().actions.add('ok');
    expect(s.getState().input.notes).toEqual(['ok']);
  });

  it('works with async storage, and merges what the patient typed before saved data arrived', async () => {
    const backing = createMemoryStorage({ [KEY]: envelope({ notes: ['saved earlier'] }) });
    const slow: StorageAdapter = {
      getItem: (k) => new Promise((r) => setTimeout(() => r(backing.getItem(k)), 20)),
      setItem: async (k, val) => backing.setItem(k, val),
      removeItem: async (k) => backing.removeItem(k),
    };
    const onStorageError = vi.fn<(e: StorageErrorEvent) => void>();
    const s = createWidgetStore(notesWidget, notesDoc, {
      persist: createPersistence({ storage: slow, onStorageError }),
    });
    const pending = s.hydrate();
    expect(s.getState().persistence.status).toBe('hydrating');
    s.getState().actions.add('typed while loading');
    await pending;
    await s.flush();
    // Both are kept, entry by entry: nothing to set aside, nothing to report.
    expect(s.getState().input.notes).toEqual(['saved earlier', 'typed while loading']);
    expect(onStorageError).not.toHaveBeenCalled();
    expect(JSON.parse(backing.getItem(KEY) ?? '{}').state.notes).toEqual(['saved earlier', 'typed while loading']);
  });

  it('keeps the saved copy aside when the patient changed the same answer before it arrived', async () => {
    const backing = createMemoryStorage({ [KEY]: envelope({ notes: ['saved earlier'], title: 'saved title' }) });
    const slow: StorageAdapter = {
      getItem: (k) => new Promise((r) => setTimeout(() => r(backing.getItem(k)), 20)),
      setItem: async (k, val) => backing.setItem(k, val),
      removeItem: async (k) => backing.removeItem(k),
    };
    const onStorageError = vi.fn<(e: StorageErrorEvent) => void>();
    const s = createWidgetStore(notesWidget, notesDoc, {
      persist: createPersistence({ storage: slow, onStorageError }),
    });
    const pending = s.hydrate();
    s.getState().actions.setTitle('typed title');
    await pending;
    await s.flush();
    expect(s.getState().input).toEqual({ notes: ['saved earlier'], title: 'typed title' });
    const event = onStorageError.mock.calls[0]?.[0];
    expect(event?.type).toBe('conflict');
    expect(JSON.parse(backing.getItem(event?.asideKey ?? '') ?? '{}').state.title).toBe('saved title');
    expect(s.getState().persistence.asides).toEqual([
      expect.objectContaining({ key: event?.asideKey, reason: 'conflict' }),
    ]);
  });

  it('never writes over saved data that arrived after typing when it cannot be kept aside', async () => {
    const backing = createMemoryStorage({ [KEY]: envelope({ notes: ['saved earlier'], title: 'saved title' }) });
    const slow: StorageAdapter = {
      getItem: (k) => new Promise((r) => setTimeout(() => r(backing.getItem(k)), 20)),
      // Only the widget's own key can be written: copying aside fails.
      setItem: async (k, val) => {
        if (k !== KEY) throw new Error('no room for a second copy');
        backing.setItem(k, val);
      },
      removeItem: async (k) => backing.removeItem(k),
    };
    const onStorageError = vi.fn<(e: StorageErrorEvent) => void>();
    const s = createWidgetStore(notesWidget, notesDoc, {
      persist: createPersistence({ storage: slow, onStorageError }),
    });
    const pending = s.hydrate();
    s.getState().actions.setTitle('typed while loading');
    await pending;
    s.getState().actions.setTitle('and more');
    await s.flush();
    // The earlier copy is still there, untouched; what the patient typed is kept in memory and said to be unsaved.
    expect(JSON.parse(backing.getItem(KEY) ?? '{}').state.title).toBe('saved title');
    expect(s.getState().input.title).toBe('and more');
    expect(s.getState().persistence.status).toBe('memory-only');
    expect(onStorageError.mock.calls.map((c) => c[0].type)).toContain('conflict');
  });

  it('reports a rejecting async adapter and keeps working in memory', async () => {
    const onStorageError = vi.fn<(e: StorageErrorEvent) => void>();
    const failing: StorageAdapter = {
      getItem: () => Promise.reject(new Error('offline')),
      setItem: () => Promise.reject(new Error('offline')),
      removeItem: () => Promise.reject(new Error('offline')),
    };
    const s = createWidgetStore(notesWidget, notesDoc, {
      persist: createPersistence({ storage: failing, onStorageError }),
    });
    await s.hydrate();
    expect(onStorageError.mock.calls[0]?.[0].type).toBe('read-failed');
    s.getState().actions.add('kept');
    expect(s.getState().input.notes).toEqual(['kept']);
  });

  it('merges two tabs that edit the same widget in turn, entry by entry, with nothing to set aside', async () => {
    const storage = createMemoryStorage();
    const errors = vi.fn<(e: StorageErrorEvent) => void>();
    // Two createPersistence values and no storage events: two tabs that only meet in storage.
    const tabA = createWidgetStore(notesWidget, notesDoc, {
      persist: createPersistence({ storage, onStorageError: errors }),
      now: fixedNow,
    });
    const tabB = createWidgetStore(notesWidget, notesDoc, {
      persist: createPersistence({ storage, onStorageError: errors }),
      now: fixedNow,
    });
    await tabA.hydrate();
    await tabB.hydrate();
    tabA.getState().actions.add('typed in tab A');
    await tabA.flush();
    tabB.getState().actions.add('typed in tab B');
    await tabB.flush();
    expect(JSON.parse(storage.getItem(KEY) ?? '{}').state.notes).toEqual(['typed in tab A', 'typed in tab B']);
    tabA.getState().actions.add('more in tab A');
    await tabA.flush();
    expect(JSON.parse(storage.getItem(KEY) ?? '{}').state.notes).toEqual([
      'typed in tab A',
      'typed in tab B',
      'more in tab A',
    ]);
    expect(tabA.getState().input.notes).toHaveLength(3);
    expect(errors).not.toHaveBeenCalled();
  });

  it('keeps the other tab’s copy aside when both tabs changed the same answer, and tells the host', async () => {
    const storage = createMemoryStorage();
    const errorsB = vi.fn<(e: StorageErrorEvent) => void>();
    const tabA = createWidgetStore(notesWidget, notesDoc, { persist: createPersistence({ storage }), now: fixedNow });
    const tabB = createWidgetStore(notesWidget, notesDoc, {
      persist: createPersistence({ storage, onStorageError: errorsB }),
      now: fixedNow,
    });
    await tabA.hydrate();
    await tabB.hydrate();
    tabA.getState().actions.setTitle('title from tab A');
    await tabA.flush();
    tabB.getState().actions.setTitle('title from tab B');
    await tabB.flush();
    const event = errorsB.mock.calls[0]?.[0];
    expect(event?.type).toBe('conflict');
    expect(JSON.parse(storage.getItem(event?.asideKey ?? '') ?? '{}').state.title).toBe('title from tab A');
    expect(JSON.parse(storage.getItem(KEY) ?? '{}').state.title).toBe('title from tab B');
    // A tab's own repeated saves are not conflicts.
    tabB.getState().actions.add('again');
    await tabB.flush();
    expect(errorsB).toHaveBeenCalledTimes(1);
  });

  it('serves several stores from one createPersistence value, each under its own key', async () => {
    const storage = createMemoryStorage();
    const drafts = createPersistence({ storage });
    const first = createWidgetStore(notesWidget, notesDoc, { persist: drafts });
    const other = createWidgetStore(notesWidget, { id: 'notes-2', meta: { version: '1.0.0' } }, { persist: drafts });
    await Promise.all([first.hydrate(), other.hydrate()]);
    first.getState().actions.add('first');
    other.getState().actions.add('other');
    await Promise.all([first.flush(), other.flush()]);
    expect(JSON.parse(storage.getItem(KEY) ?? '{}').state.notes).toEqual(['first']);
    expect(JSON.parse(storage.getItem('sdmkit:notes:notes-2:v1') ?? '{}').state.notes).toEqual(['other']);
    // Stopping one store stops only its saving.
    first.destroy();
    first.getState().actions.add('not saved');
    other.getState().actions.add('saved');
    await Promise.all([first.flush(), other.flush()]);
    expect(JSON.parse(storage.getItem(KEY) ?? '{}').state.notes).toEqual(['first']);
    expect(JSON.parse(storage.getItem('sdmkit:notes:notes-2:v1') ?? '{}').state.notes).toEqual(['other', 'saved']);
  });

  it('clears saved data on request', async () => {
    const storage = createMemoryStorage();
    const s = createWidgetStore(notesWidget, notesDoc, { persist: createPersistence({ storage }) });
    await s.hydrate();
    s.getState().actions.add('x');
    await s.flush();
    await s.clearSaved();
    await s.flush();
    expect(storage.getItem(KEY)).toBeNull();
    expect(s.getState().input.notes).toEqual([]);
  });
});
