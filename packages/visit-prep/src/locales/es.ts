import type { TranslationPack } from '@sdmkit/core';
import { uiEs } from '@sdmkit/ui/locales/es';
import { es } from '../i18n/es.js';
import type { VISIT_PREP_NAMESPACE } from '../i18n/resources.js';

/**
 * `@sdmkit/visit-prep` in Spanish, with the shared UI strings: pass it to the widget (`translations`) or to an
 * `SdmTranslationsProvider`.
 */
export const visitPrepEs: TranslationPack = {
  lng: 'es',
  bundles: [...uiEs.bundles, { ns: 'sdm-visit-prep' satisfies typeof VISIT_PREP_NAMESPACE, messages: es }],
};
