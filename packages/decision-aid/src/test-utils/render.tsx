import type { DecisionAidDocument, DecisionAidInput } from '@sdmkit/core';
import { DecisionAidProvider, WidgetI18nProvider } from '@sdmkit/hooks';
import { uiBundle, WidgetRoot } from '@sdmkit/ui';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { decisionAidBundle } from '../i18n/resources.js';
import { decisionAidAr } from '../locales/ar.js';
import { decisionAidEs } from '../locales/es.js';

/** Renders sub-components the way a host using the Provider does. */
export function renderInProvider(
  content: DecisionAidDocument,
  ui: ReactNode,
  options: { lng?: string; defaultValue?: DecisionAidInput; onValueChange?: (i: DecisionAidInput) => void } = {},
) {
  return render(
    <WidgetI18nProvider
      lng={options.lng ?? 'en'}
      bundles={[uiBundle, decisionAidBundle]}
      translations={[decisionAidEs, decisionAidAr]}
    >
      <WidgetRoot widgetClass="sdm-DecisionAid">
        <DecisionAidProvider
          content={content}
          defaultValue={options.defaultValue}
          onValueChange={options.onValueChange}
        >
          {ui}
        </DecisionAidProvider>
      </WidgetRoot>
    </WidgetI18nProvider>,
  );
}
