/**
 * key -> place for one list array, built once per array: the row selectors of a long list run on every store
 * change, so a linear search there would cost rows x rows per keystroke (200 medicines and 200 allergies: 80,000
 * comparisons); this makes each lookup O(1).
 *
 * A cache, not shared state: keyed by the (immutable) array object itself, so each store's arrays get their own
 * entries, no instance can ever see another's, and an entry is dropped with its array. An array is always looked
 * up by the same key of its rows (a question's `key`, a visit-prep row's `id`).
 */
const placesOf = new WeakMap<readonly object[], ReadonlyMap<string, number>>();

/** The place of the row whose key is `key` (the first one, as with `findIndex`), or -1. */
export function placeIn<R extends object>(rows: readonly R[], key: string, keyOf: (row: R) => string): number {
  let places = placesOf.get(rows);
  if (!places) {
    const built = new Map<string, number>();
    rows.forEach((row, index) => {
      const k = keyOf(row);
      if (!built.has(k)) built.set(k, index);
    });
    placesOf.set(rows, built);
    places = built;
  }
  return places.get(key) ?? -1;
}
