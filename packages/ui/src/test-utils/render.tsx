// Renders shared primitives the way a widget does: an i18n context and a widget root.
import { WidgetI18nProvider } from '@sdmkit/hooks';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { uiBundle } from '../i18n/resources.js';
import { uiAr } from '../locales/ar.js';
import { uiEs } from '../locales/es.js';
import { WidgetRoot } from '../WidgetRoot/WidgetRoot.js';

export function renderInWidget(ui: ReactNode, locale = 'en'): ReturnType<typeof render> {
  return render(
    <WidgetI18nProvider lng={locale} bundles={[uiBundle]} translations={[uiEs, uiAr]}>
      <WidgetRoot widgetClass="sdm-Test">{ui}</WidgetRoot>
    </WidgetI18nProvider>,
  );
}
