import type { TranslationPack } from '@sdmkit/core';
import { SdmDecisionAidElement, SdmQuestionListElement, SdmVisitPrepElement } from './elements.js';

/** The tag names and their classes. */
export const SDM_ELEMENTS = Object.freeze({
  'sdm-decision-aid': SdmDecisionAidElement,
  'sdm-visit-prep': SdmVisitPrepElement,
  'sdm-question-list': SdmQuestionListElement,
} as const);

/** Options of `defineSdmElements`: the registry to define the elements in and the translation packs they all get. */
export interface DefineSdmElementsOptions {
  /** Where to define the elements (default: the page's `customElements`). */
  readonly registry?: CustomElementRegistry | undefined;
  /**
   * Translation packs every element gets (e.g. `[decisionAidEs, questionListEs]`); English is built in. The
   * single-file build passes the es and ar packs of all three widgets.
   */
  readonly translations?: readonly TranslationPack[] | undefined;
}

/** The element classes with `packs` built in (subclasses: nothing shared between calls). */
function withTranslations(packs: readonly TranslationPack[]) {
  return {
    'sdm-decision-aid': class extends SdmDecisionAidElement {
      protected override defaultTranslations() {
        return packs;
      }
    },
    'sdm-visit-prep': class extends SdmVisitPrepElement {
      protected override defaultTranslations() {
        return packs;
      }
    },
    'sdm-question-list': class extends SdmQuestionListElement {
      protected override defaultTranslations() {
        return packs;
      }
    },
  };
}

/**
 * Defines `<sdm-decision-aid>`, `<sdm-visit-prep>` and `<sdm-question-list>`. Safe to call more than once: a tag
 * that is already defined (by this or another copy of the library) is left as it is. Does nothing without a DOM.
 * Returns the tag names defined by this call.
 */
export function defineSdmElements(options: DefineSdmElementsOptions = {}): string[] {
  const registry = options.registry ?? (typeof customElements === 'undefined' ? undefined : customElements);
  if (!registry) return [];
  const defined: string[] = [];
  const packs = options.translations ?? [];
  const classes = packs.length > 0 ? withTranslations(packs) : SDM_ELEMENTS;
  for (const [tag, element] of Object.entries(classes)) {
    if (registry.get(tag)) continue;
    registry.define(tag, element);
    defined.push(tag);
  }
  return defined;
}
