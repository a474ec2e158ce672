import {
  buildQuestionListResult,
  countQuestionItems,
  createQuestionSearch,
  isQuestionPicked,
  type PromptList,
  type QuestionCounts,
  type QuestionItem,
  type QuestionListActions,
  type QuestionListInput,
  type QuestionListResult,
  type QuestionSearch,
  questionListWidget,
} from '@sdmkit/core';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { createWidgetHooks, type WidgetProviderProps } from '../widget/create-widget-hooks.js';

const hooks = createWidgetHooks(questionListWidget, 'QuestionList');

export type QuestionListProviderProps = WidgetProviderProps<PromptList, QuestionListInput, QuestionListActions>;

/** Holds one question list's store (made per instance, or the host's). Controlled or uncontrolled. */
export const QuestionListProvider = hooks.Provider;
export const useQuestionListStore = hooks.useWidgetStore;
export const useQuestionListSelector = hooks.useWidgetSelector;
export const useQuestionListActions = hooks.useWidgetActions;
export const useQuestionListContent = hooks.useWidgetContent;

/** The keys of the patient's questions in order. Re-renders only when the order or the set changes. */
export function useQuestionListKeys(): readonly string[] {
  return hooks.useWidgetSelector(useShallow((s) => s.input.items.map((i) => i.key)));
}

/**
 * key -> item for one `items` array, built once per array. Every row's selector runs on every store
 * change, so a linear search there costs rows x items per keystroke; this makes each lookup O(1).
 *
 * This is a cache, not shared state: it is keyed by the (immutable) array object itself, so each store's arrays
 * get their own entries, no instance can ever see another's, and an entry is dropped with its array.
 */
const itemsByKey = new WeakMap<readonly QuestionItem[], ReadonlyMap<string, QuestionItem>>();

function lookUpItem(items: readonly QuestionItem[], key: string): QuestionItem | undefined {
  let byKey = itemsByKey.get(items);
  if (!byKey) {
    const built = new Map<string, QuestionItem>();
    // The first item with a key wins, as with `findQuestionItem`.
    for (const item of items) if (!built.has(item.key)) built.set(item.key, item);
    itemsByKey.set(items, built);
    byKey = built;
  }
  return byKey.get(key);
}

type QuestionListStore = ReturnType<typeof hooks.useWidgetStore>;

/**
 * Change notices per question key for one store. A row subscribed to the store directly would have its selector
 * run on every change of any question: with 500 rows in two lists that is a thousand calls per keystroke. Here
 * one store listener compares each watched key's item before and after, and wakes only the rows whose question
 * changed. Like `itemsByKey`, this is keyed by the store instance: per widget, never shared between widgets.
 */
interface ItemNotices {
  subscribe(key: string, onChange: () => void): () => void;
}

const noticesByStore = new WeakMap<QuestionListStore, ItemNotices>();

function itemNotices(store: QuestionListStore): ItemNotices {
  const known = noticesByStore.get(store);
  if (known) return known;
  const watchers = new Map<string, Set<() => void>>();
  let stop: (() => void) | null = null;
  const onStore = (state: { input: QuestionListInput }, prev: { input: QuestionListInput }) => {
    const now = state.input.items;
    const before = prev.input.items;
    if (now === before) return;
    for (const [key, listeners] of watchers) {
      if (lookUpItem(now, key) === lookUpItem(before, key)) continue;
      for (const listener of [...listeners]) listener();
    }
  };
  const notices: ItemNotices = {
    subscribe(key, onChange) {
      let listeners = watchers.get(key);
      if (!listeners) {
        listeners = new Set();
        watchers.set(key, listeners);
      }
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
  noticesByStore.set(store, notices);
  return notices;
}

/** One question on the list. Re-renders only when that question changes. */
export function useQuestionListItem(key: string): QuestionItem | undefined {
  const store = hooks.useWidgetStore();
  const subscribe = useCallback((onChange: () => void) => itemNotices(store).subscribe(key, onChange), [store, key]);
  const read = () => lookUpItem(store.getState().input.items, key);
  return useSyncExternalStore(subscribe, read, read);
}

/** Whether a library question is on the patient's list. */
export function useIsQuestionPicked(questionId: string): boolean {
  return hooks.useWidgetSelector((s) => isQuestionPicked(s.input, questionId));
}

/** Counts by status (total, open, asked, answered, follow-up). */
export function useQuestionListCounts(): QuestionCounts {
  return hooks.useWidgetSelector(useShallow((s) => countQuestionItems(s.input)));
}

/** A search over this list's library, built once per content. */
export function useQuestionSearch(): QuestionSearch {
  const content = hooks.useWidgetContent();
  return useMemo(() => createQuestionSearch(content), [content]);
}

/** Returns a function that builds the typed result from the current input (no re-render on change). */
export function useQuestionListResultGetter(): () => QuestionListResult {
  const store = hooks.useWidgetStore();
  return useCallback(() => buildQuestionListResult(store.content, store.getState().input), [store]);
}
