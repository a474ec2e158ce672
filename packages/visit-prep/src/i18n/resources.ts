import type { NamespaceBundle } from '@sdmkit/core';
import { en } from './en.js';

/** The i18next namespace of the visit preparation's strings; the namespace key in a widget's `messages` overrides. */
export const VISIT_PREP_NAMESPACE = 'sdm-visit-prep';

/**
 * The visit-prep built-in strings (English). Spanish and Arabic are translation packs:
 * `@sdmkit/visit-prep/locales/es` and `/ar`.
 */
export const visitPrepBundle: NamespaceBundle = { ns: VISIT_PREP_NAMESPACE, resources: { en } };

export type { VisitPrepMessages } from './en.js';
