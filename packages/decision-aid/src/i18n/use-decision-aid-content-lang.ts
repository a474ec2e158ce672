import { type ContentLanguage, useContentLanguage, useDecisionAidContent } from '@sdmkit/hooks';

/**
 * `lang`/`dir` of the decision aid's content when it differs from the interface language (spread it on elements
 * that hold content text only); `undefined` otherwise, so same-language markup does not change.
 */
export function useDecisionAidContentLang(): ContentLanguage | undefined {
  return useContentLanguage(useDecisionAidContent().locale);
}
