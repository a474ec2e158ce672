import type { TranslationPack } from '@sdmkit/core';
import { createContext, type ReactNode, useContext, useMemo } from 'react';

const NO_PACKS: readonly TranslationPack[] = [];

const TranslationsContext = createContext<readonly TranslationPack[]>(NO_PACKS);
TranslationsContext.displayName = 'SdmTranslationsContext';

/** Props of `SdmTranslationsProvider`, which gives translation packs to every widget inside it. */
export interface SdmTranslationsProviderProps {
  /** Translation packs for every SDM Kit widget inside, e.g. `[decisionAidAr, visitPrepAr]`. */
  readonly translations: readonly TranslationPack[];
  readonly children?: ReactNode;
}

/**
 * Gives translation packs to every widget inside, so a portal sets its languages once. Nested providers add
 * their packs to the outer ones. Widgets also take packs directly (`translations` prop).
 */
export function SdmTranslationsProvider({ translations, children }: SdmTranslationsProviderProps) {
  const outer = useContext(TranslationsContext);
  const value = useMemo(() => (outer.length === 0 ? translations : [...outer, ...translations]), [outer, translations]);
  return <TranslationsContext.Provider value={value}>{children}</TranslationsContext.Provider>;
}

/** The translation packs given by the enclosing `SdmTranslationsProvider`s (none outside one). */
export function useSdmTranslations(): readonly TranslationPack[] {
  return useContext(TranslationsContext);
}
