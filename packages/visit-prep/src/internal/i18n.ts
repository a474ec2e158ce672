import type { Translate, VisitPrepSectionType } from '@sdmkit/core';
import { useSdmTranslation, useVisitPrepTemplate } from '@sdmkit/hooks';
import { VISIT_PREP_NAMESPACE } from '../i18n/resources.js';

/** `t` for the visit-prep namespace (with this instance's overrides first). */
export function useVpT() {
  return useSdmTranslation(VISIT_PREP_NAMESPACE);
}

/** A `Translate` for core's text builders. */
export function useTranslate(): Translate {
  const { t } = useVpT();
  return (key, options) => String(t(key, options as never));
}

/** Title, prompt and help of a section from the template, with a translated title when it is absent. */
export function useSectionText(type: VisitPrepSectionType) {
  const template = useVisitPrepTemplate();
  const { t } = useVpT();
  const section = template.sections.find((s) => s.type === type);
  return {
    title: section?.title ?? t(`sections.${type}`),
    prompt: section?.prompt,
    help: section?.help,
  };
}
