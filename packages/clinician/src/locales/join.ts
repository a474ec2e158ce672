import type { TranslationPack } from '@sdmkit/core';

/** One pack of the widgets' packs (each namespace once) and the clinician screen's own strings. */
export function joinPacks(
  lng: string,
  packs: readonly TranslationPack[],
  own: TranslationPack['bundles'][number],
): TranslationPack {
  const seen = new Set<string>();
  const bundles = packs.flatMap((pack) => pack.bundles).filter((b) => !seen.has(b.ns) && seen.add(b.ns));
  return { lng, bundles: [...bundles, own] };
}
