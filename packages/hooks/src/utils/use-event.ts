import { useCallback, useRef } from 'react';
import { useIsomorphicLayoutEffect } from './use-isomorphic-layout-effect.js';

/** A stable function that always calls the latest `handler` (for host callbacks). */
export function useEvent<Args extends unknown[], R>(
  handler: ((...args: Args) => R) | undefined,
): (...args: Args) => R | undefined {
  const ref = useRef(handler);
  useIsomorphicLayoutEffect(() => {
    ref.current = handler;
  });
  return useCallback((...args: Args) => ref.current?.(...args), []);
}
