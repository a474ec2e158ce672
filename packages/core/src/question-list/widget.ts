import { clipText } from '../content/common.js';
import { createWidgetStore, type WidgetDefinition, type WidgetStoreOptions } from '../store/create-widget-store.js';
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

export type QuestionTextResult =
  | { readonly ok: true; readonly key: string }
  | { readonly ok: false; readonly error: QuestionTextError | 'list_full' };

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
  remove(key: string): void;
  moveUp(key: string): void;
  moveDown(key: string): void;
  /** Moves to a 0-based position (clamped). */
  moveTo(key: string, index: number): void;
  /** Moves a question into the top 3 (to position 3, or stays if already there). */
  moveToTop(key: string): void;
  /** Sets the in-visit status. */
  mark(key: string, status: QuestionStatus): void;
  /** One tap: sets the status, or back to open if it had it already. */
  toggleStatus(key: string, status: Exclude<QuestionStatus, 'open'>): void;
  setNote(key: string, note: string): void;
  setFollowUp(key: string, followUp: boolean): void;
  /**
   * Adds a host suggestion to the list (its "why" stopped at `MAX_QUESTION_WHY_LENGTH`). Refused as `too_long`
   * when its text is too long, or its id too long for a key (`MAX_QUESTION_KEY_LENGTH`).
   */
  acceptSuggestion(suggestion: QuestionSuggestion): QuestionTextResult;
  /** Hides a host suggestion (the oldest of `MAX_QUESTION_ITEMS` hidden ones is offered again). */
  dismissSuggestion(id: string): void;
  /** Empties the list. */
  reset(): void;
}

function newItem(partial: Pick<QuestionItem, 'key' | 'source'> & Partial<QuestionItem>): QuestionItem {
  return { status: 'open', note: '', followUp: false, ...partial };
}

/** Applies `patch` to one item; the input stays the same object when the item is missing or nothing changes. */
function updateItem(
  input: QuestionListInput,
  key: string,
  patch: (item: QuestionItem) => Partial<QuestionItem>,
): QuestionListInput {
  const index = input.items.findIndex((i) => i.key === key);
  const item = input.items[index];
  if (!item) return input;
  const changes = patch(item);
  if (Object.entries(changes).every(([field, value]) => item[field as keyof QuestionItem] === value)) return input;
  const items = input.items.slice();
  items[index] = { ...item, ...changes };
  return { ...input, items };
}

/** Moves an item to `to(its index)`, clamped to the list. */
function move(input: QuestionListInput, key: string, to: (from: number) => number): QuestionListInput {
  const from = input.items.findIndex((i) => i.key === key);
  if (from < 0) return input;
  const target = Math.max(0, Math.min(input.items.length - 1, Math.trunc(to(from))));
  if (target === from) return input;
  const items = input.items.slice();
  const [item] = items.splice(from, 1);
  if (item) items.splice(target, 0, item);
  return { ...input, items };
}

function isDuplicate(content: PromptList, input: QuestionListInput, text: string, exceptKey?: string): boolean {
  const n = normalizeSearchText(text);
  return input.items.some((i) => i.key !== exceptKey && normalizeSearchText(questionItemText(content, i)) === n);
}

export const questionListWidget: WidgetDefinition<PromptList, QuestionListInput, QuestionListActions> = {
  widget: 'question-list',
  emptyInput: emptyQuestionListInput,
  parseInput: parseQuestionListInput,
  actions: (commit, get, content) => {
    const known = new Set(content.questions.map((q) => q.id));
    const addItem = (input: QuestionListInput, item: QuestionItem): QuestionListInput =>
      input.items.length >= MAX_QUESTION_ITEMS || input.items.some((i) => i.key === item.key)
        ? input
        : { ...input, items: [...input.items, item] };
    const addLibrary = (input: QuestionListInput, questionId: string) =>
      addItem(input, newItem({ key: questionLibraryKey(questionId), source: 'library', questionId }));
    const remove = (key: string) =>
      commit((input) =>
        input.items.some((i) => i.key === key) ? { ...input, items: input.items.filter((i) => i.key !== key) } : input,
      );
    const update = (key: string, patch: (item: QuestionItem) => Partial<QuestionItem>) =>
      commit((input) => updateItem(input, key, patch));
    const moveBy = (key: string, to: (from: number) => number) => commit((input) => move(input, key, to));

    const checkNew = (text: string, exceptKey?: string): QuestionTextError | 'list_full' | null => {
      const error = checkQuestionText(text);
      if (error) return error;
      if (isDuplicate(content, get(), text, exceptKey)) return 'duplicate';
      if (exceptKey === undefined && get().items.length >= MAX_QUESTION_ITEMS) return 'list_full';
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
        if (!item) return { ok: false, error: 'empty' };
        const error = checkNew(text, key);
        if (error) return { ok: false, error };
        const trimmed = text.trim();
        // Back to the library's wording: stored as no wording of the patient's.
        const original = questionOriginalText(content, item);
        update(key, () => ({ text: trimmed === original ? undefined : trimmed }));
        return { ok: true, key };
      },
      resetWording(key) {
        update(key, (i) => (i.source === 'library' ? { text: undefined } : {}));
      },
      addOwn(text) {
        const error = checkNew(text);
        if (error) return { ok: false, error };
        // The next number not in use: a merge of two copies may have numbered a question past `seq`.
        let n = get().seq + 1;
        while (get().items.some((i) => i.key === `own:${n}`)) n++;
        const key = `own:${n}`;
        commit((input) => ({
          ...addItem(input, newItem({ key, source: 'own', text: text.trim() })),
          seq: Math.max(input.seq, n),
        }));
        return { ok: true, key };
      },
      remove,
      moveUp(key) {
        moveBy(key, (at) => at - 1);
      },
      moveDown(key) {
        moveBy(key, (at) => at + 1);
      },
      moveTo(key, index) {
        moveBy(key, () => index);
      },
      moveToTop(key) {
        // Already in the top 3: stays where it is.
        moveBy(key, (at) => Math.min(at, TOP_QUESTION_COUNT - 1));
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
        if (get().items.some((i) => i.key === key)) return { ok: true, key };
        if (key.length > MAX_QUESTION_KEY_LENGTH) return { ok: false, error: 'too_long' };
        const error = checkNew(suggestion.text);
        if (error) return { ok: false, error };
        const why = clipText(suggestion.why?.trim() ?? '', MAX_QUESTION_WHY_LENGTH);
        commit((input) =>
          addItem(input, newItem({ key, source: 'suggested', text: suggestion.text.trim(), ...(why ? { why } : {}) })),
        );
        return { ok: true, key };
      },
      dismissSuggestion(id) {
        commit((input) =>
          input.dismissed.includes(id) || id.length > MAX_QUESTION_KEY_LENGTH
            ? input
            : { ...input, dismissed: [...input.dismissed.slice(-(MAX_QUESTION_ITEMS - 1)), id] },
        );
      },
      reset() {
        commit((input) => (input.items.length === 0 ? input : { ...input, items: [] }));
      },
    };
  },
};

/** One store for one question-list instance (see `createWidgetStore`). */
export function createQuestionListStore(content: PromptList, options?: WidgetStoreOptions<QuestionListInput>) {
  return createWidgetStore(questionListWidget, content, options);
}

export type QuestionListStore = ReturnType<typeof createQuestionListStore>;
