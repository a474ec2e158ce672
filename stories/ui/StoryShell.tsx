import { WidgetI18nProvider } from '@sdmkit/hooks';
import { type ThemeName, uiBundle, WidgetRoot } from '@sdmkit/ui';
import type { ReactNode } from 'react';

/** Wraps shared primitives the way a widget does: its own i18n context and a themed, directed root. */
export function StoryShell({ locale, theme, children }: { locale: string; theme: ThemeName; children: ReactNode }) {
  return (
    <WidgetI18nProvider lng={locale} bundles={[uiBundle]}>
      <WidgetRoot widgetClass="sdm-StoryShell" theme={theme} style={{ padding: '1rem' }}>
        {children}
      </WidgetRoot>
    </WidgetI18nProvider>
  );
}
