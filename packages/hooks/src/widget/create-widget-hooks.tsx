import {
  type ContentIdentity,
  createWidgetStore,
  type Persistence,
  SdmInputError,
  type WidgetDefinition,
  type WidgetState,
  type WidgetStore,
} from '@sdmkit/core';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useStore } from 'zustand';
import { fingerprint } from '../content/use-parsed-content.js';
import { useEvent } from '../utils/use-event.js';
import { useIsomorphicLayoutEffect } from '../utils/use-isomorphic-layout-effect.js';

/** Props every widget provider takes: controlled or uncontrolled input, optional host store and persistence. */
export interface WidgetProviderProps<Doc extends ContentIdentity, Input, Actions> {
  /**
   * Parsed, valid content. New but equal content (parsed again on each render) keeps the store and what the
   * patient did; changed content starts a fresh store.
   */
  readonly content: Doc;
  /** A store the host made with the matching `create…Store`; the provider then makes none. */
  readonly store?: WidgetStore<Doc, Input, Actions> | undefined;
  /** Controlled input: the host owns it and must pass back what `onValueChange` gives. */
  readonly value?: Input | undefined;
  /** Uncontrolled starting input. */
  readonly defaultValue?: Input | undefined;
  /** Called with the new input (plain JSON) after every change the patient makes. */
  readonly onValueChange?: ((input: Input) => void) | undefined;
  /**
   * Opt-in saving of drafts: `createPersistence({ storage: () => localStorage, … })` from `@sdmkit/core`.
   * Storage is only touched after mount, on the client.
   */
  readonly persist?: Persistence | undefined;
  /**
   * Told when `value` or `defaultValue` fails the widget's input schema for this content (too many rows, text
   * too long, unknown ids…): the error carries each problem's path and message, and the input as passed. The
   * provider then renders `inputErrorFallback` instead of its children (the ready widgets: their error state) and
   * makes no use of that input.
   */
  readonly onInputError?: ((error: SdmInputError) => void) | undefined;
  /**
   * What to show instead of the children while the input is invalid (the ready widgets show their error state).
   * Without it and without `onInputError`, the provider throws the error, so invalid input is never silent.
   */
  readonly inputErrorFallback?: ((error: SdmInputError) => ReactNode) | undefined;
  readonly children?: ReactNode;
}

/** The input-related props a ready widget passes on to its provider. */
export type WidgetInputProps<Doc extends ContentIdentity, Input, Actions> = Pick<
  WidgetProviderProps<Doc, Input, Actions>,
  'store' | 'value' | 'defaultValue' | 'onValueChange' | 'persist' | 'onInputError'
>;

/** Picks `store`, `value`, `defaultValue`, `onValueChange`, `persist` and `onInputError` from a widget's props. */
export function pickProviderProps<Doc extends ContentIdentity, Input, Actions>(
  props: WidgetInputProps<Doc, Input, Actions>,
): WidgetInputProps<Doc, Input, Actions> {
  const { store, value, defaultValue, onValueChange, persist, onInputError } = props;
  return { store, value, defaultValue, onValueChange, persist, onInputError };
}

/** What `createWidgetHooks` returns: a provider for one widget family and the hooks that read its store. */
export interface WidgetHooks<Doc extends ContentIdentity, Input, Actions> {
  /** Holds one widget's store (made per instance, or the host's) and renders its children inside it. */
  readonly Provider: (props: WidgetProviderProps<Doc, Input, Actions>) => ReactNode;
  /** The store of the nearest provider; throws a clear error outside one. */
  useWidgetStore(): WidgetStore<Doc, Input, Actions>;
  /** Subscribes to a slice of state; re-renders only when that slice changes (Object.is). */
  useWidgetSelector<T>(selector: (state: WidgetState<Input, Actions>) => T): T;
  /**
   * Subscribes to the slice of state that belongs to one key (a row of a long list); re-renders only when
   * `select(state, key)` changes (Object.is). Made for long lists: instead of one store listener per component,
   * one listener per store and `select` serves every key; on each change it compares `select(state, key)` with
   * `select(previousState, key)` for the watched keys and wakes only the components whose slice changed, so a
   * change elsewhere costs a row two `select` calls and no render or snapshot check. SSR-safe (the server reads
   * the same store).
   *
   * `select` must be a stable function (declared at module level, not inline): each distinct function gets its
   * own store listener, so an inline one would subscribe again on every render. A changing `select` is still
   * correct, only slower. Like any selector it must return the same value for the same state and key (no new
   * object or array on each call); look the key up in a cache per array if the list is long.
   */
  useWidgetKeyedSelector<T>(key: string, select: (state: WidgetState<Input, Actions>, key: string) => T): T;
  /** The actions (stable; never cause a re-render). */
  useWidgetActions(): Actions;
  /** Content of the nearest provider. */
  useWidgetContent(): Doc;
}

/**
 * Builds a provider and hooks for one widget family. Each provider instance makes its own store lazily (or uses
 * the host's), so two widgets on a page never share state and nothing is created at import time.
 */
export function createWidgetHooks<Doc extends ContentIdentity, Input, Actions>(
  definition: WidgetDefinition<Doc, Input, Actions>,
  displayName: string,
): WidgetHooks<Doc, Input, Actions> {
  type Store = WidgetStore<Doc, Input, Actions>;
  type State = WidgetState<Input, Actions>;
  type KeyedSelect = (state: State, key: string) => unknown;
  const StoreContext = createContext<Store | null>(null);
  StoreContext.displayName = `${displayName}StoreContext`;

  /** The host's input checked like saved input, against this content: null when it is valid (or absent). */
  function checkInput(content: Doc, raw: Input | undefined, prop: SdmInputError['prop']): SdmInputError | null {
    if (raw === undefined) return null;
    const parsed = definition.parseInput(raw, content);
    return parsed.ok ? null : new SdmInputError(definition.widget, prop, raw, parsed.issues);
  }

  interface OwnStore {
    readonly store: Store;
    /** The store's content as JSON text, worked out the first time new content is passed (see sameContent). */
    key?: string | null;
    /** The `defaultValue` it was made from, when that failed the input schema (the store then starts empty). */
    readonly error: SdmInputError | null;
  }

  /**
   * New but equal content (parsed again during render, an inline literal) keeps the store and what the patient
   * did, as the ready widgets do: compared by reference first, then by JSON text.
   */
  function sameContent(own: OwnStore, content: Doc): boolean {
    if (own.store.content === content) return true;
    if (own.key === undefined) own.key = fingerprint(own.store.content);
    return own.key !== null && own.key === fingerprint(content);
  }

  function Provider(props: WidgetProviderProps<Doc, Input, Actions>) {
    const { content, store: hostStore, value, defaultValue, persist, children } = props;
    const controlled = value !== undefined;
    const make = (): OwnStore => {
      const initialInput = value ?? defaultValue;
      const error = checkInput(content, initialInput, controlled ? 'value' : 'defaultValue');
      // Invalid input never reaches the store: nothing is saved over, and nothing the host passed is changed.
      return {
        store: createWidgetStore(definition, content, { initialInput: error ? undefined : initialInput, persist }),
        error,
      };
    };
    const [own, setOwn] = useState<OwnStore | null>(() => (hostStore ? null : make()));
    let current: Store;
    let made: OwnStore | null = null;
    if (hostStore) current = hostStore;
    else if (own && sameContent(own, content)) [current, made] = [own.store, own];
    else {
      // New content (or the host dropped its store): a fresh store, made during render like derived state.
      made = make();
      current = made.store;
      setOwn(made);
    }

    // What the store proposed in controlled mode is valid by construction (its actions keep to the schema); only
    // a value of the host's own is checked.
    const proposed = useRef<Input | null>(null);
    const valueError = useMemo(
      () =>
        value === undefined || value === proposed.current || value === current.getState().input
          ? null
          : checkInput(current.content, value, 'value'),
      [current, value],
    );
    const inputError = controlled ? valueError : (made?.error ?? null);

    const onValueChange = useEvent(props.onValueChange);
    const onInputError = useEvent(props.onInputError);
    const controlledRef = useRef(controlled);
    controlledRef.current = controlled;

    useIsomorphicLayoutEffect(() => {
      current.setController(
        controlled
          ? (next) => {
              proposed.current = next;
              onValueChange(next);
            }
          : null,
      );
      return () => current.setController(null);
    }, [current, controlled, onValueChange]);

    useIsomorphicLayoutEffect(() => {
      if (value !== undefined && !valueError) current.replaceInput(value);
    }, [current, value, valueError]);

    useEffect(() => {
      if (inputError) onInputError(inputError);
    }, [inputError, onInputError]);

    useEffect(
      () =>
        current.subscribe((state, prev) => {
          if (!controlledRef.current && state.input !== prev.input) onValueChange(state.input);
        }),
      [current, onValueChange],
    );

    const invalid = inputError !== null;
    const ownsStore = current !== hostStore;
    useEffect(() => {
      // Saved data is read only once the input is valid: the host sees the problem first, and nothing is lost.
      if (invalid) return;
      void current.hydrate();
      // A store the provider made stops listening to other tabs when it unmounts (its last change is still
      // written); a remount (StrictMode) resumes it. A host's store is the host's to stop.
      return ownsStore ? () => current.destroy() : undefined;
    }, [current, invalid, ownsStore]);

    if (inputError) {
      if (!props.inputErrorFallback && !props.onInputError) throw inputError;
      return props.inputErrorFallback?.(inputError) ?? null;
    }
    return <StoreContext.Provider value={current}>{children}</StoreContext.Provider>;
  }
  Provider.displayName = `${displayName}Provider`;

  function useWidgetStore(): Store {
    const store = useContext(StoreContext);
    if (!store) {
      throw new Error(
        `SDM Kit: a ${displayName} hook was used outside <${displayName}Provider>. Wrap the component in ` +
          `<${displayName}Provider content={…}> (or render it inside <${displayName}>).`,
      );
    }
    return store;
  }

  function useWidgetSelector<T>(selector: (state: WidgetState<Input, Actions>) => T): T {
    return useStore(useWidgetStore(), selector);
  }

  /**
   * Per store, per `select` function: the keys being watched and one store listener for all of them. Kept in
   * `WeakMap`s keyed by the store (and by the function), so each provider's store has its own, nothing is shared
   * between widgets, and an entry goes with its store.
   */
  const watchesByStore = new WeakMap<Store, WeakMap<KeyedSelect, KeyedWatch>>();

  interface KeyedWatch {
    subscribe(key: string, onChange: () => void): () => void;
  }

  function keyedWatch(store: Store, select: KeyedSelect): KeyedWatch {
    let bySelect = watchesByStore.get(store);
    if (!bySelect) {
      bySelect = new WeakMap();
      watchesByStore.set(store, bySelect);
    }
    const known = bySelect.get(select);
    if (known) return known;
    // Each key's listeners and the value they last saw: a store change selects once per key, not twice.
    const watchers = new Map<string, { readonly listeners: Set<() => void>; value: unknown }>();
    let stop: (() => void) | null = null;
    const onStore = (state: State) => {
      for (const [key, watcher] of watchers) {
        const value = select(state, key);
        if (Object.is(value, watcher.value)) continue;
        watcher.value = value;
        for (const listener of [...watcher.listeners]) listener();
      }
    };
    const watch: KeyedWatch = {
      subscribe(key, onChange) {
        let watcher = watchers.get(key);
        if (!watcher) {
          watcher = { listeners: new Set(), value: select(store.getState(), key) };
          watchers.set(key, watcher);
        }
        const { listeners } = watcher;
        listeners.add(onChange);
        stop ??= store.subscribe(onStore);
        return () => {
          listeners.delete(onChange);
          if (listeners.size === 0) watchers.delete(key);
          if (watchers.size === 0 && stop) {
            stop();
            stop = null;
          }
        };
      },
    };
    bySelect.set(select, watch);
    return watch;
  }

  function useWidgetKeyedSelector<T>(key: string, select: (state: State, key: string) => T): T {
    const store = useWidgetStore();
    const subscribe = useCallback(
      (onChange: () => void) => keyedWatch(store, select).subscribe(key, onChange),
      [store, select, key],
    );
    // The same read on the server and in the browser: the store is the one source.
    const read = () => select(store.getState(), key);
    return useSyncExternalStore(subscribe, read, read);
  }

  function useWidgetActions(): Actions {
    return useWidgetStore().getState().actions;
  }

  function useWidgetContent(): Doc {
    return useWidgetStore().content;
  }

  return { Provider, useWidgetStore, useWidgetSelector, useWidgetKeyedSelector, useWidgetActions, useWidgetContent };
}
