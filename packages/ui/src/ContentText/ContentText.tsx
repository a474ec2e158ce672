import type { ContentLanguage } from '@sdmkit/hooks';
import type { ReactNode } from 'react';

/** Props of `ContentText`, which marks content text with its language when it differs from the interface's. */
export interface ContentTextProps {
  /** `lang`/`dir` of the content when it differs from the interface (see `useContentLanguage`), else `undefined`. */
  readonly lang: ContentLanguage | undefined;
  readonly children?: ReactNode;
}

/**
 * Content text, wrapped in a `<span lang dir>` only when its language differs from the interface's, so
 * same-language markup does not change. Use it inside list items and table cells: the language goes on the text,
 * not the item, so an item's marker stays on the list's side.
 */
export function ContentText({ lang, children }: ContentTextProps) {
  return lang ? <span {...lang}>{children}</span> : children;
}
