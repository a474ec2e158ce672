import type { TranslationPack } from '@sdmkit/core';
import { uiAr } from '@sdmkit/ui/locales/ar';
import { ar } from '../i18n/ar.js';
import type { VISIT_PREP_NAMESPACE } from '../i18n/resources.js';

/**
 * `@sdmkit/visit-prep` in Arabic, with the shared UI strings: pass it to the widget (`translations`) or to an
 * `SdmTranslationsProvider`.
 */
export const visitPrepAr: TranslationPack = {
  lng: 'ar',
  bundles: [...uiAr.bundles, { ns: 'sdm-visit-prep' satisfies typeof VISIT_PREP_NAMESPACE, messages: ar }],
};
