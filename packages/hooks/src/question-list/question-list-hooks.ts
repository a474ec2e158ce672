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
import { useCallback, useMemo } from 'react';
import { createWidgetHooks, type WidgetHooks, type WidgetProviderProps } from '../widget/create-widget-hooks.js';
import { useKeptSelection } from '../widget/kept-selection.js';
import { placeIn } from '../widget/places.js';

// Typed by name, so the declarations name the content type instead of spelling out the whole schema.
type Hooks = WidgetHooks<PromptList, QuestionListInput, QuestionListActions>;
const hooks: Hooks = createWidgetHooks(questionListWidget, 'QuestionList');

/** Props of `QuestionListProvider`: the parsed prompt list and the input props every provider takes. */
export type QuestionListProviderProps = WidgetProviderProps<PromptList, QuestionListInput, QuestionListActions>;

/** Holds one question list's store (made per instance, or the host's). Controlled or uncontrolled. */
export const QuestionListProvider: Hooks['Provider'] = hooks.Provider;
/** The store of the nearest `QuestionListProvider`; throws outside one. */
export const useQuestionListStore: Hooks['useWidgetStore'] = hooks.useWidgetStore;
/** Reads a slice of the question list's state; re-renders only when that slice changes (`Object.is`). */
export const useQuestionListSelector: Hooks['useWidgetSelector'] = hooks.useWidgetSelector;
/** The question list's actions (stable; reading them never re-renders). */
export const useQuestionListActions: Hooks['useWidgetActions'] = hooks.useWidgetActions;
/** The prompt list (the content) of the nearest `QuestionListProvider`. */
export const useQuestionListContent: Hooks['useWidgetContent'] = hooks.useWidgetContent;
/**
 * One key's slice of the list (a row of a long list), re-rendering only when it changes; `select(state, key)` must
 * be a module-level function. See `useWidgetKeyedSelector` in `createWidgetHooks`.
 */
export const useQuestionListKeyedSelector: Hooks['useWidgetKeyedSelector'] = hooks.useWidgetKeyedSelector;

/** The keys of the patient's questions in order. Re-renders only when the order or the set changes. */
export function useQuestionListKeys(): readonly string[] {
  return hooks.useWidgetSelector(useKeptSelection((s) => s.input.items.map((i) => i.key)));
}

const itemKey = (item: QuestionItem) => item.key;
const placeOf = (items: readonly QuestionItem[], key: string) => placeIn(items, key, itemKey);

function lookUpItem(items: readonly QuestionItem[], key: string): QuestionItem | undefined {
  return items[placeOf(items, key)];
}

// Keyed selectors: module-level, so every row of a list shares one store listener per selector.
const selectItem = (s: { input: QuestionListInput }, key: string) => lookUpItem(s.input.items, key);
const selectPlace = (s: { input: QuestionListInput }, key: string) => placeOf(s.input.items, key);

/** One question on the list. Re-renders only when that question changes. */
export function useQuestionListItem(key: string): QuestionItem | undefined {
  return hooks.useWidgetKeyedSelector(key, selectItem);
}

/**
 * The 0-based place of one question on the list (-1 if it is not there). Re-renders only when that question's
 * place changes, so the position-dependent parts of a row (its number, its label) can update without the row.
 */
export function useQuestionPosition(key: string): number {
  return hooks.useWidgetKeyedSelector(key, selectPlace);
}

/** Whether a library question is on the patient's list. */
export function useIsQuestionPicked(questionId: string): boolean {
  return hooks.useWidgetSelector((s) => isQuestionPicked(s.input, questionId));
}

/** Counts by status (total, open, asked, answered, follow-up). */
export function useQuestionListCounts(): QuestionCounts {
  return hooks.useWidgetSelector(useKeptSelection((s) => countQuestionItems(s.input)));
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
