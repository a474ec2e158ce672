import { clipText } from '../content/common.js';
import {
  type CompletedInput,
  commitCompleted,
  createWidgetStore,
  type WidgetDefinition,
  type WidgetStore,
  type WidgetStoreOptions,
} from '../store/create-widget-store.js';
import {
  appendRow,
  findRowIndex,
  type ListAdded,
  type ListMoveTarget,
  type ListRefusal,
  type ListRefusalReason,
  moveRow,
  nextRowNumber,
  patchRow,
  type RowPatch,
  removeRow,
} from '../store/list.js';
import {
  emptyQuestionListInput,
  MAX_ANSWER_NOTE_LENGTH,
  MAX_QUESTION_ITEMS,
  MAX_QUESTION_KEY_LENGTH,
  MAX_QUESTION_WHY_LENGTH,
  parseQuestionListInput,
  type QuestionItem,
  type QuestionListInput,
  type QuestionStatus,
} from './input.js';
import type { PromptList } from './schema.js';
import { TOP_QUESTION_COUNT } from './schema.js';
import { questionItemText, questionLibraryKey, questionOriginalText, questionSuggestionKey } from './selectors.js';
import { checkQuestionText, normalizeSearchText, type QuestionTextError } from './text.js';

/** A question the host proposes, e.g. from a decision aid's unsure SURE answers. */
export interface QuestionSuggestion {
  /** Stable id from the host; the same suggestion is offered once. */
  readonly id: string;
  readonly text: string;
  /** Why the host suggests it. */
  readonly why?: string | undefined;
}

/**
 * What `edit`, `addOwn` and `acceptSuggestion` return: the list toolkit's result (`ListAddResult`: the question's
 * `id`, its key; or the `reason` it was refused), still with the field names the question list used before.
 */
export type QuestionTextResult =
  | (ListAdded & {
      /** @deprecated use `id` (the same key). */
      readonly key: string;
    })
  | (ListRefusal & {
      /** @deprecated use `reason` (`list_full` is `limit`; an unknown key, `missing`, was `empty`). */
      readonly error: QuestionTextError | 'list_full';
    });

/**
 * Every way the patient changes their question list. Questions are named by their key on the list; actions
 * given an unknown key change nothing (`edit` refuses it).
 */
export interface QuestionListActions {
  /** Adds a library question to the end of the list (does nothing if it is there). */
  pick(questionId: string): void;
  /** Takes a library question off the list. */
  unpick(questionId: string): void;
  /** Adds every starter question not on the list yet. */
  pickStarterSet(): void;
  /** Changes a question's wording. Empty or whitespace text is refused. */
  edit(key: string, text: string): QuestionTextResult;
  /** Goes back to the library's wording. */
  resetWording(key: string): void;
  /** Adds the patient's own question at the end. Empty or whitespace text is refused. */
  addOwn(text: string): QuestionTextResult;
  /** Takes a question off the list, whatever its source. */
  remove(key: string): void;
  /** Moves a question one place up (nothing when it is first). */
  moveUp(key: string): void;
  /** Moves a question one place down (nothing when it is last). */
  moveDown(key: string): void;
  /** Moves to a 0-based position (clamped). */
  moveTo(key: string, index: number): void;
  /** Moves a question into the top 3 (to position 3, or stays if already there). */
  moveToTop(key: string): void;
  /** Sets the in-visit status. */
  mark(key: string, status: QuestionStatus): void;
  /** One tap: sets the status, or back to open if it had it already. */
  toggleStatus(key: string, status: Exclude<QuestionStatus, 'open'>): void;
  /** Sets what the clinician said, noted during the visit (stopped at `MAX_ANSWER_NOTE_LENGTH` characters). */
  setNote(key: string, note: string): void;
  /** Marks a question to come back to after the visit, or clears the mark. */
  setFollowUp(key: string, followUp: boolean): void;
  /**
   * Adds a host suggestion to the list (its "why" stopped at `MAX_QUESTION_WHY_LENGTH`). Refused as `too_long`
   * when its text is too long, or its id too long for a key (`MAX_QUESTION_KEY_LENGTH`).
   */
  acceptSuggestion(suggestion: QuestionSuggestion): QuestionTextResult;
  /** Hides a host suggestion (the oldest of `MAX_QUESTION_ITEMS` hidden ones is offered again). */
  dismissSuggestion(id: string): void;
  /**
   * Finishes the list: stamps `completedAt` with the store's clock (its `now` option) and returns the completed
   * input, as every widget store's `complete()` does (in controlled mode too, where the store changes only when
   * the host passes the value back). Pressing Finish again stamps the new time.
   */
  complete(): CompletedInput<QuestionListInput>;
  /** Empties the list (and forgets when it was finished); the state's `replacements` goes up (unsent text goes too). */
  reset(): void;
}

function newItem(partial: Pick<QuestionItem, 'key' | 'source'> & Partial<QuestionItem>): QuestionItem {
  return { status: 'open', note: '', followUp: false, ...partial };
}

/** The input with new items; the same object when the list toolkit changed nothing. */
function withItems(input: QuestionListInput, items: readonly QuestionItem[]): QuestionListInput {
  return items === input.items ? input : { ...input, items };
}

const added = (key: string): QuestionTextResult => ({ ok: true, id: key, key });
const refused = (reason: ListRefusalReason): QuestionTextResult => ({
  ok: false,
  reason,
  error: reason === 'limit' ? 'list_full' : reason === 'missing' ? 'empty' : reason,
});

function isDuplicate(content: PromptList, input: QuestionListInput, text: string, exceptKey?: string): boolean {
  const n = normalizeSearchText(text);
  return input.items.some((i) => i.key !== exceptKey && normalizeSearchText(questionItemText(content, i)) === n);
}

/** The question-list widget for the shared store machinery (persistence, controlled mode). */
export const questionListWidget: WidgetDefinition<PromptList, QuestionListInput, QuestionListActions> = {
  widget: 'question-list',
  emptyInput: emptyQuestionListInput,
  parseInput: parseQuestionListInput,
  actions: (commit, get, content, now) => {
    const known = new Set(content.questions.map((q) => q.id));
    /** Adds an item at the end, unless the list is full or has it (the same input then). */
    const addItem = (input: QuestionListInput, item: QuestionItem, also: Partial<QuestionListInput> = {}) => {
      const result = appendRow(input.items, item, { max: MAX_QUESTION_ITEMS });
      return result.ok ? { ...input, items: result.list, ...also } : input;
    };
    const addLibrary = (input: QuestionListInput, questionId: string) =>
      addItem(input, newItem({ key: questionLibraryKey(questionId), source: 'library', questionId }));
    const remove = (key: string) => commit((input) => withItems(input, removeRow(input.items, key)));
    const update = (key: string, patch: (item: QuestionItem) => RowPatch<QuestionItem>) =>
      commit((input) => withItems(input, patchRow(input.items, key, patch)));
    const move = (key: string, to: ListMoveTarget) =>
      commit((input) => withItems(input, moveRow(input.items, key, to)));

    const checkNew = (text: string, exceptKey?: string): ListRefusalReason | null => {
      const error: QuestionTextError | null = checkQuestionText(text);
      if (error) return error;
      if (isDuplicate(content, get(), text, exceptKey)) return 'duplicate';
      if (exceptKey === undefined && get().items.length >= MAX_QUESTION_ITEMS) return 'limit';
      return null;
    };

    return {
      pick(questionId) {
        if (known.has(questionId)) commit((input) => addLibrary(input, questionId));
      },
      unpick(questionId) {
        remove(questionLibraryKey(questionId));
      },
      pickStarterSet() {
        commit((input) => (content.starterSet ?? []).reduce(addLibrary, input));
      },
      edit(key, text) {
        const item = get().items.find((i) => i.key === key);
        if (!item) return refused('missing');
        const refusal = checkNew(text, key);
        if (refusal) return refused(refusal);
        const trimmed = text.trim();
        // Back to the library's wording: stored as no wording of the patient's.
        const original = questionOriginalText(content, item);
        update(key, () => ({ text: trimmed === original ? undefined : trimmed }));
        return added(key);
      },
      resetWording(key) {
        update(key, (i) => (i.source === 'library' ? { text: undefined } : {}));
      },
      addOwn(text) {
        const refusal = checkNew(text);
        if (refusal) return refused(refusal);
        // The toolkit's row ids (`own:<n>`): past `seq`, and past any number a merge of two copies gave.
        const { items, seq } = get();
        const n = nextRowNumber('own', items, { separator: ':', after: seq });
        const key = `own:${n}`;
        commit((input) =>
          addItem(input, newItem({ key, source: 'own', text: text.trim() }), { seq: Math.max(input.seq, n) }),
        );
        return added(key);
      },
      remove,
      moveUp(key) {
        move(key, 'up');
      },
      moveDown(key) {
        move(key, 'down');
      },
      moveTo(key, index) {
        move(key, index);
      },
      moveToTop(key) {
        // Already in the top 3: stays where it is.
        move(key, Math.min(findRowIndex(get().items, key), TOP_QUESTION_COUNT - 1));
      },
      mark(key, status) {
        update(key, () => ({ status }));
      },
      toggleStatus(key, status) {
        update(key, (i) => ({ status: i.status === status ? 'open' : status }));
      },
      setNote(key, note) {
        update(key, () => ({ note: clipText(note, MAX_ANSWER_NOTE_LENGTH) }));
      },
      setFollowUp(key, followUp) {
        update(key, () => ({ followUp }));
      },
      acceptSuggestion(suggestion) {
        const key = questionSuggestionKey(suggestion.id);
        if (findRowIndex(get().items, key) >= 0) return added(key);
        if (key.length > MAX_QUESTION_KEY_LENGTH) return refused('too_long');
        const refusal = checkNew(suggestion.text);
        if (refusal) return refused(refusal);
        const why = clipText(suggestion.why?.trim() ?? '', MAX_QUESTION_WHY_LENGTH);
        commit((input) =>
          addItem(input, newItem({ key, source: 'suggested', text: suggestion.text.trim(), ...(why ? { why } : {}) })),
        );
        return added(key);
      },
      dismissSuggestion(id) {
        commit((input) =>
          input.dismissed.includes(id) || id.length > MAX_QUESTION_KEY_LENGTH
            ? input
            : { ...input, dismissed: [...input.dismissed.slice(-(MAX_QUESTION_ITEMS - 1)), id] },
        );
      },
      complete() {
        return commitCompleted(commit, get, now().toISOString());
      },
      reset() {
        commit(
          (input) => {
            if (input.items.length === 0 && input.completedAt == null) return input;
            const { completedAt: _finished, ...rest } = input;
            return { ...rest, items: [] };
          },
          { replace: true },
        );
      },
    };
  },
};

/** One store for one question-list instance (see `createWidgetStore`). */
export type QuestionListStore = WidgetStore<PromptList, QuestionListInput, QuestionListActions>;

/** One store per question-list instance, for this prompt list; pass `persist` to keep drafts across reloads. */
export function createQuestionListStore(
  content: PromptList,
  options?: WidgetStoreOptions<QuestionListInput>,
): QuestionListStore {
  return createWidgetStore(questionListWidget, content, options);
}
