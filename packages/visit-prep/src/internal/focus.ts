import { type RefObject, useEffect, useState } from 'react';

/** Asks for focus on an element once React has rendered it; `apply` gives it (see `useFocusAfterRender`). */
export interface FocusLater {
  (selector: string): void;
  /** Moves focus to the element asked for, if it is there now; the request is used up either way. */
  apply(): void;
}

/**
 * After a row is added or removed, moves focus to a chosen element inside `container` once React has rendered it.
 * Call `focusLater(selector)` from the event handler. The function is stable. A part below the container that
 * renders on its own (a list reading its own rows) applies the request after its render with `useApplyFocus`.
 */
export function useFocusAfterRender(container: RefObject<HTMLElement | null>): FocusLater {
  const [focusLater] = useState(() => {
    let pending: string | null = null;
    const later = (selector: string) => {
      pending = selector;
    };
    return Object.assign(later, {
      apply() {
        if (!pending) return;
        const el = container.current?.querySelector<HTMLElement>(pending);
        pending = null;
        el?.focus();
      },
    });
  });
  useApplyFocus(focusLater);
  return focusLater;
}

/** Gives the focus asked for with `focusLater` after every render of the calling component. */
export function useApplyFocus(focusLater: FocusLater): void {
  useEffect(() => focusLater.apply());
}
