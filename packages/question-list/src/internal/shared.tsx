import type { QuestionItem } from '@sdmkit/core';
import { type ContentLanguage, useContentLanguage, useQuestionListContent, useSdmTranslation } from '@sdmkit/hooks';
import { QUESTION_LIST_NAMESPACE } from '../i18n/resources.js';

/** `t` for this package's namespace. */
export function useQuestionListTranslation() {
  return useSdmTranslation(QUESTION_LIST_NAMESPACE);
}

/**
 * `lang`/`dir` of the question list's content when it differs from the interface language (spread it on elements
 * that hold content text only); `undefined` otherwise, so same-language markup does not change.
 */
export function useQuestionListContentLang(): ContentLanguage | undefined {
  return useContentLanguage(useQuestionListContent().locale);
}

/** The content language for an item's wording: only the library's own wording, never the patient's. */
export function itemContentLang(
  item: QuestionItem,
  contentLang: ContentLanguage | undefined,
): ContentLanguage | undefined {
  return item.source === 'library' && item.text === undefined ? contentLang : undefined;
}

/** A part's own class, and the host's when it gives one. */
export function partClass(own: string, host: string | undefined): string {
  return host ? `${own} ${host}` : own;
}
