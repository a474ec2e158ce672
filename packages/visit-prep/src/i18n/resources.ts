import type { NamespaceBundle } from '@sdmkit/core';
import { ar } from './ar.js';
import { en } from './en.js';
import { es } from './es.js';

export const VISIT_PREP_NAMESPACE = 'sdm-visit-prep';

/** The visit-prep strings in every language the package ships. */
export const visitPrepBundle: NamespaceBundle = { ns: VISIT_PREP_NAMESPACE, resources: { en, es, ar } };

export type { VisitPrepMessages } from './en.js';
