import type { DecisionAidDocument } from '@sdmkit/core';
import { mammographyScreeningEn, mammographyScreeningEs } from './mammography-screening.js';
import { prostateTreatmentEn, prostateTreatmentEs } from './prostate-treatment.js';

export { mammographyScreeningEn, mammographyScreeningEs } from './mammography-screening.js';
export { prostateTreatmentEn, prostateTreatmentEs } from './prostate-treatment.js';

/** Every example decision aid, by id and locale. */
export const decisionAids: Readonly<Record<string, Readonly<Record<string, DecisionAidDocument>>>> = {
  'prostate-localised-treatment': { en: prostateTreatmentEn, es: prostateTreatmentEs },
  'mammography-screening-50-69': { en: mammographyScreeningEn, es: mammographyScreeningEs },
};

/** The example decision aid in a locale, falling back to English. */
export function exampleDecisionAid(id: string, locale: string): DecisionAidDocument | undefined {
  const byLocale = decisionAids[id];
  return byLocale?.[locale.split('-')[0] ?? 'en'] ?? byLocale?.en;
}
