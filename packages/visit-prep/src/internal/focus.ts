import { type RefObject, useEffect, useRef } from 'react';

/**
 * After a row is added or removed, moves focus to a chosen element inside `container` once React has
 * rendered it. Call `focusLater(selector)` from the event handler.
 */
export function useFocusAfterRender(container: RefObject<HTMLElement | null>) {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    const el = container.current?.querySelector<HTMLElement>(pending.current);
    pending.current = null;
    el?.focus();
  });
  return (selector: string) => {
    pending.current = selector;
  };
}
