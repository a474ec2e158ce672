'use client';
export { useParsedContent } from './content/use-parsed-content.js';
export * from './decision-aid/index.js';
export {
  SdmTranslationsProvider,
  type SdmTranslationsProviderProps,
  useSdmTranslations,
} from './i18n/translations-context.js';
export { type ContentLanguage, useContentLanguage } from './i18n/use-content-language.js';
export {
  useSdmTranslation,
  useWidgetI18n,
  WidgetI18nProvider,
  type WidgetI18nProviderProps,
} from './i18n/widget-i18n-provider.js';
export * from './question-list/index.js';
export {
  type UseControllableStateOptions,
  useControllableState,
} from './utils/use-controllable-state.js';
export { useDraft } from './utils/use-draft.js';
export { useEvent } from './utils/use-event.js';
export { useIsomorphicLayoutEffect } from './utils/use-isomorphic-layout-effect.js';
export * from './visit-prep/index.js';
export {
  createWidgetHooks,
  pickProviderProps,
  type WidgetHooks,
  type WidgetInputProps,
  type WidgetProviderProps,
} from './widget/create-widget-hooks.js';
