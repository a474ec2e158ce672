import { useMemo } from 'react';
import { useI18nChanges, useWidgetI18n } from './widget-i18n-provider.js';

/** `lang` and `dir` for an element that holds content text, to spread on it: `<h3 {...contentLang}>`. */
export interface ContentLanguage {
  readonly lang: string;
  readonly dir: 'ltr' | 'rtl';
}

function baseOf(tag: string): string {
  return (tag.split('-')[0] ?? tag).toLowerCase();
}

/**
 * The language of a content document when it differs from the interface the widget shows (WCAG 3.1.2 Language
 * of Parts): `undefined` when the content's base language equals the shown interface language's, so nothing is
 * added and same-language markup stays as it is. The object is stable between renders.
 */
export function useContentLanguage(contentLocale: string): ContentLanguage | undefined {
  const ctx = useWidgetI18n();
  useI18nChanges(ctx);
  const lng = ctx.shownLanguage(ctx.i18n.language);
  return useMemo(() => {
    if (!contentLocale || baseOf(contentLocale) === baseOf(lng)) return undefined;
    return { lang: contentLocale, dir: ctx.dir(contentLocale) };
  }, [contentLocale, lng, ctx]);
}
