import type { Translate, VisitPrepSectionType } from '@sdmkit/core';
import { type ContentLanguage, useContentLanguage, useSdmTranslation, useVisitPrepContent } from '@sdmkit/hooks';
import { VISIT_PREP_NAMESPACE } from '../i18n/resources.js';

/** `t` for the visit-prep namespace (with this instance's overrides first). */
export function useVisitPrepTranslation() {
  return useSdmTranslation(VISIT_PREP_NAMESPACE);
}

/** A `Translate` for core's text builders. */
export function useTranslate(): Translate {
  const { t } = useVisitPrepTranslation();
  return (key, options) => String(t(key, options as never));
}

/**
 * `lang`/`dir` of the template's text when it differs from the interface language (spread it on elements that
 * hold template text only); `undefined` otherwise, so same-language markup does not change.
 */
export function useVisitPrepContentLang(): ContentLanguage | undefined {
  return useContentLanguage(useVisitPrepContent().locale);
}

/**
 * Title, prompt and help of a section from the template, with a translated title when it is absent;
 * `titleLang` is the template's language when the title comes from the template.
 */
export function useSectionText(type: VisitPrepSectionType) {
  const template = useVisitPrepContent();
  const { t } = useVisitPrepTranslation();
  const contentLang = useVisitPrepContentLang();
  const section = template.sections.find((s) => s.type === type);
  return {
    title: section?.title ?? t(`sections.${type}`),
    titleLang: section?.title ? contentLang : undefined,
    contentLang,
    prompt: section?.prompt,
    help: section?.help,
  };
}
