import { type ReactNode, useCallback, useState } from 'react';
import { VisuallyHidden } from '../VisuallyHidden/VisuallyHidden.js';

/**
 * A polite live region for messages about what just happened ("Concern moved to place 2"), and the function that
 * says one. The region is always in the page, so screen readers announce each change of its text. The same message
 * twice in a row is read twice: a no-break space is added or taken away, so the text still changes.
 */
export function useAnnouncer(): [announce: (message: string) => void, region: ReactNode] {
  const [state, setState] = useState({ message: '', flip: false });
  const announce = useCallback((message: string) => setState((s) => ({ message, flip: !s.flip })), []);
  const region = (
    <VisuallyHidden role="status" aria-live="polite">
      {state.message ? `${state.message}${state.flip ? '\u00a0' : ''}` : ''}
    </VisuallyHidden>
  );
  return [announce, region];
}
