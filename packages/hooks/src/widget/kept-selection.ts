import { useRef } from 'react';

/**
 * Whether two selections hold the same values: arrays item by item, plain objects key by key (`Object.is`), other
 * values by `Object.is`. What our selectors build (ids of a list, counts) needs no more than that.
 */
export function sameShallow(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  const values = b as Record<string, unknown>;
  return (
    keys.length === Object.keys(b).length &&
    keys.every((key) => Object.hasOwn(b, key) && Object.is((a as Record<string, unknown>)[key], values[key]))
  );
}

/**
 * `select`, giving back its previous result while the next one holds the same values (`sameShallow`): for
 * selectors that build a new array or object on every store change, so that the component re-renders only when
 * what it shows differs.
 */
export function useKeptSelection<S, T>(select: (state: S) => T): (state: S) => T {
  const kept = useRef<{ value: T } | null>(null);
  return (state) => {
    const next = select(state);
    if (kept.current && sameShallow(kept.current.value, next)) return kept.current.value;
    kept.current = { value: next };
    return next;
  };
}
