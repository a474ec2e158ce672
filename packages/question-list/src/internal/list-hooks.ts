import { type QuestionItem, unansweredQuestions } from '@sdmkit/core';
import { useQuestionListSelector } from '@sdmkit/hooks';
import { useShallow } from 'zustand/react/shallow';

/**
 * key -> 0-based place for one `items` array, built once per array, so each row's position selector is O(1) on
 * every store change. A cache, not shared state: keyed by the (immutable) array object itself, so each store's
 * arrays get their own entries, no instance can see another's, and an entry is dropped with its array.
 */
const placeByKey = new WeakMap<readonly QuestionItem[], ReadonlyMap<string, number>>();

function placeOf(items: readonly QuestionItem[], key: string): number {
  let places = placeByKey.get(items);
  if (!places) {
    const built = new Map<string, number>();
    items.forEach((item, index) => {
      if (!built.has(item.key)) built.set(item.key, index);
    });
    placeByKey.set(items, built);
    places = built;
  }
  return places.get(key) ?? -1;
}

/**
 * The 0-based place of one question on the list (-1 if it is not there). Re-renders only when that question's
 * place changes, so the position-dependent parts of a row can update without the whole row.
 */
export function useQuestionPosition(key: string): number {
  return useQuestionListSelector((s) => placeOf(s.input.items, key));
}

/** The keys of the questions not answered yet, in order. Re-renders only when that set or its order changes. */
export function useUnansweredKeys(): readonly string[] {
  return useQuestionListSelector(useShallow((s) => unansweredQuestions(s.input).map((i) => i.key)));
}
