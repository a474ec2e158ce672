import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ParseResult } from '../errors.js';
import type { ContentIdentity, PersistConnection, Persistence, PersistenceState } from '../persistence/types.js';

export type { ContentIdentity, PersistenceState };

/** The state of a widget store: the patient's input, the widget's actions and the save state. */
export interface WidgetState<Input, Actions> {
  /** The patient's input: plain JSON, the only thing that changes. */
  readonly input: Input;
  readonly actions: Actions;
  readonly persistence: PersistenceState;
  /**
   * How many times the input was reset or replaced as a whole: by a `reset()` action, by the host's own value
   * (`replaceInput`, a new controlled `value` that is not the store's proposal passed back, nor equal to the input),
   * or by `clearSaved()`. The patient's own changes, saved data read back and changes merged from elsewhere leave it
   * as it is. What a component keeps of its own about the input (an unsent draft) starts again when it changes.
   */
  readonly replacements: number;
}

/** Options of a `Commit`. */
export interface CommitOptions {
  /**
   * The change replaces the input as a whole (a reset): the state's `replacements` goes up, even when the input
   * was already what the recipe returns.
   */
  readonly replace?: boolean | undefined;
}

/**
 * Changes the input through `recipe`. Returning the same object changes nothing; in controlled mode the result
 * goes to the host's controller instead of the store.
 */
export type Commit<Input> = (recipe: (input: Input) => Input, options?: CommitOptions) => void;

/** Input as a widget store's `complete()` returns it: finished, at `completedAt` (ISO time). */
export type CompletedInput<Input> = Input & { readonly completedAt: string };

/**
 * The one `complete()` of every widget store: stamps `completedAt` with `at` (from the store's clock, its `now`
 * option) and commits the result, which it returns. In controlled mode the store changes only when the host
 * passes the value back; the returned input is the completed one either way.
 */
export function commitCompleted<Input extends { readonly completedAt?: string | null | undefined }>(
  commit: Commit<Input>,
  get: () => Input,
  at: string,
): CompletedInput<Input> {
  const current = get();
  const completed = (current.completedAt === at ? current : { ...current, completedAt: at }) as CompletedInput<Input>;
  commit(() => completed);
  return completed;
}

/** One kind of widget, for `createWidgetStore`: its name, a blank input, input validation and its actions. */
export interface WidgetDefinition<Doc extends ContentIdentity, Input, Actions> {
  /** Widget name used in storage keys, e.g. `decision-aid`. */
  readonly widget: string;
  /** A blank input for this content (nothing entered yet). */
  readonly emptyInput: (content: Doc) => Input;
  /** Validates input read back from storage or handed in by the host, against this content. */
  readonly parseInput: (raw: unknown, content: Doc) => ParseResult<Input>;
  /** Makes the actions from `commit` (to change the input), `get` (the current input), the content and the clock. */
  readonly actions: (commit: Commit<Input>, get: () => Input, content: Doc, now: () => Date) => Actions;
}

/** Options for `createWidgetStore` and each widget's `create…Store`. */
export interface WidgetStoreOptions<Input> {
  /** Starting input (a host's `defaultValue`, or its `value` in controlled mode). */
  readonly initialInput?: Input | undefined;
  /** Opt-in saving, from `createPersistence(options)`. Without it nothing is written anywhere. */
  readonly persist?: Persistence | undefined;
  /** Clock, for tests. */
  readonly now?: (() => Date) | undefined;
}

/** A zustand store for one widget instance, with its content and the methods for controlled mode and saving. */
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
  /** Reads saved input. Call on the client after mount; safe to call twice (after `destroy()`, it resumes). */
  hydrate(): Promise<void>;
  /** Resolves when pending writes have finished. */
  flush(): Promise<void>;
  /** Deletes this widget's saved data (ask the patient first). Input in memory is reset. */
  clearSaved(): Promise<void>;
  /** The stored text of a copy kept aside (`persistence.asides`), for the patient to copy; null if gone. */
  readAside(key: string): Promise<string | null>;
  /** Uses a copy kept aside as the input; what is on screen now is kept aside first. False if it cannot be used. */
  restoreAside(key: string): Promise<boolean>;
  /** Stops offering a copy kept aside (it stays in storage). */
  dismissAside(key: string): Promise<void>;
  /** Stops listening for changes elsewhere (call on unmount); pending writes still finish. `hydrate()` resumes. */
  destroy(): void;
}

/** Input as JSON text, to tell an equal copy from a changed input. */
const jsonText = JSON.stringify;

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

  let controller: ((next: Input) => void) | null = null;
  /** The last input proposed to the host's controller: passed back (or a copy), it is not the host's own. */
  let proposal: Input | undefined;
  let changedSinceCreate = false;
  let hydration: Promise<void> | null = null;

  const initialInput = options.initialInput ?? def.emptyInput(content);
  /** Sets the input, and counts a replacement when `replace` is true: one change for the listeners either way. */
  const put = (input: Input, replace = false) =>
    store.setState((s) => (replace ? { input, replacements: s.replacements + 1 } : { input }));

  const store = createStore<WidgetState<Input, Actions>>()((_set, get) => {
    const commit: Commit<Input> = (recipe, commitOptions) => {
      const current = get().input;
      const proposed = recipe(current);
      let next = current;
      if (!Object.is(proposed, current)) {
        if (controller) {
          proposal = proposed;
          controller(proposed);
        } else {
          changedSinceCreate = true;
          next = proposed;
        }
      }
      // A reset counts even when nothing changes, and at once in controlled mode, where the host decides the input.
      if (commitOptions?.replace || next !== current) put(next, commitOptions?.replace === true);
    };
    return {
      input: initialInput,
      actions: def.actions(commit, () => get().input, content, now),
      persistence: { status: persist ? 'idle' : 'off', lastSavedAt: null, lastError: null, asides: [] },
      replacements: 0,
    };
  });

  const connection: PersistConnection | null =
    persist?.connect<Input>({
      widget: def.widget,
      content,
      initialInput,
      emptyInput: () => def.emptyInput(content),
      getInput: () => store.getState().input,
      setInput: (input) => store.setState({ input }),
      parseInput: (raw) => def.parseInput(raw, content),
      changedSinceCreate: () => changedSinceCreate,
      getStatus: () => store.getState().persistence,
      setStatus: (patch) => store.setState({ persistence: { ...store.getState().persistence, ...patch } }),
      onInputChange: (listener) =>
        store.subscribe((state, prev) => {
          if (state.input !== prev.input) listener();
        }),
      now,
    }) ?? null;

  return Object.assign(store, {
    widget: def.widget,
    content,
    replaceInput(input: Input) {
      const current = store.getState().input;
      if (Object.is(input, current)) return;
      const text = input === proposal ? '' : jsonText(input);
      // The host's own input: neither the proposal passed back (or a copy of it) nor a copy of what is there.
      const replace = Boolean(text) && text !== jsonText(proposal) && text !== jsonText(current);
      proposal = undefined;
      put(input, replace);
    },
    setController(propose: ((next: Input) => void) | null) {
      controller = propose;
    },
    hydrate() {
      if (hydration) connection?.resume();
      else hydration = connection ? connection.hydrate() : Promise.resolve();
      return hydration;
    },
    async flush() {
      await connection?.flush();
    },
    async clearSaved() {
      put(def.emptyInput(content), true);
      await connection?.clear();
    },
    readAside(key: string) {
      return connection ? connection.readAside(key) : Promise.resolve(null);
    },
    restoreAside(key: string) {
      return connection ? connection.restoreAside(key) : Promise.resolve(false);
    },
    async dismissAside(key: string) {
      await connection?.dismissAside(key);
    },
    destroy() {
      connection?.destroy();
    },
  });
}
