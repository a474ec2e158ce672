import type { HTMLAttributes } from 'react';
import { useDecisionAidTranslation } from '../i18n/use-decision-aid-translation.js';

/**
 * One term and its description in a `<dl>`: the term is the string at key `term`; the other props go on the
 * `<dd>` (e.g. `lang`/`dir` when the description comes from content in another language).
 */
export function Fact({
  term,
  children,
  ...dd
}: HTMLAttributes<HTMLElement> & { term: string; 'data-testid'?: string }) {
  const { t } = useDecisionAidTranslation();
  return (
    <>
      <dt>{t(term)}</dt>
      <dd {...dd}>{children}</dd>
    </>
  );
}
