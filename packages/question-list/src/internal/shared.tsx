import { useSdmTranslation } from '@sdmkit/hooks';
import { VisuallyHidden } from '@sdmkit/ui';
import { createElement, type ReactNode, useCallback, useState } from 'react';
import { QUESTION_LIST_NAMESPACE } from '../i18n/resources.js';

export type HeadingLevel = 2 | 3 | 4;

/** `t` for this package's namespace. */
export function useQlTranslation() {
  return useSdmTranslation(QUESTION_LIST_NAMESPACE);
}

export function Heading({
  level,
  id,
  className,
  children,
}: {
  level: HeadingLevel;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  return createElement(`h${level}`, { id, className, tabIndex: -1 }, children);
}

export function nextLevel(level: HeadingLevel): HeadingLevel {
  return level >= 4 ? 4 : ((level + 1) as HeadingLevel);
}

/** A polite live region; repeated messages are still read (a trailing space toggles). */
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
