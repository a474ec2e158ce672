import type { HTMLAttributes } from 'react';
import { useDaTranslation } from '../i18n/use-da-translation.js';

/**
 * One term and its description in a `<dl>`: the term is the string at key `term`; the other props go on the
 * `<dd>` (e.g. `lang`/`dir` when the description comes from content in another language).
 */
export function Fact({
  term,
  children,
  ...dd
}: HTMLAttributes<HTMLElement> & { term: string; 'data-testid'?: string }) {
  const { t } = useDaTranslation();
  return (
    <>
      <dt>{t(term)}</dt>
      <dd {...dd}>{children}</dd>
    </>
  );
}
