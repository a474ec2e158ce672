import type { Messages } from './widget-i18n.js';

/** One namespace's strings in the language of its pack. */
export interface PackBundle {
  readonly ns: string;
  readonly messages: Messages;
}

/**
 * The strings of one language for the namespaces of one package (a widget's pack also carries the shared
 * `sdm-ui` strings). English is built into every widget; other languages ship as packs in their own entry points
 * (`@sdmkit/<package>/locales/<lng>`), so a portal downloads only the languages it uses. Plain data (no
 * functions), so a server component can pass a pack to a client widget.
 */
export interface TranslationPack {
  /** Language tag, e.g. `es`, `ar`, `pt-BR`. */
  readonly lng: string;
  readonly bundles: readonly PackBundle[];
}

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/;
const MAX_DEPTH = 6;

function isMessages(value: unknown, depth: number): value is Messages {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || depth > MAX_DEPTH) return false;
  for (const v of Object.values(value)) {
    if (typeof v !== 'string' && !isMessages(v, depth + 1)) return false;
  }
  return true;
}

/**
 * A cheap structural check (no schema library): a language tag, and namespaces whose strings are strings or
 * nested objects of strings. Packs come from the host's code, not from patients; an invalid one is left out.
 */
export function isTranslationPack(value: unknown): value is TranslationPack {
  if (typeof value !== 'object' || value === null) return false;
  const { lng, bundles } = value as { lng?: unknown; bundles?: unknown };
  if (typeof lng !== 'string' || !LANGUAGE_TAG.test(lng) || !Array.isArray(bundles)) return false;
  return bundles.every(
    (b: unknown) =>
      typeof b === 'object' &&
      b !== null &&
      typeof (b as PackBundle).ns === 'string' &&
      (b as PackBundle).ns.length > 0 &&
      isMessages((b as PackBundle).messages, 0),
  );
}
