import { decisionAidAr } from '@sdmkit/decision-aid/locales/ar';
import { decisionAidEs } from '@sdmkit/decision-aid/locales/es';
import { SdmTranslationsProvider } from '@sdmkit/hooks';
import { questionListAr } from '@sdmkit/question-list/locales/ar';
import { questionListEs } from '@sdmkit/question-list/locales/es';
import { visitPrepAr } from '@sdmkit/visit-prep/locales/ar';
import { visitPrepEs } from '@sdmkit/visit-prep/locales/es';
import type { Decorator, Preview } from '@storybook/react-vite';
import { StrictMode } from 'react';
import '@sdmkit/ui/styles.css';
import './preview.css';

/**
 * Global toolbars: locale (sets `dir` on the page too), theme, and StrictMode. Stories read `locale` and
 * `theme` from `context.globals` and pass them to the widgets as props, like a host would; the Spanish and
 * Arabic translation packs of every widget are given once around every story (`SdmTranslationsProvider`).
 */
const withStrictMode: Decorator = (Story, context) =>
  context.globals.strict === 'on' ? (
    <StrictMode>
      <Story />
    </StrictMode>
  ) : (
    <Story />
  );

/** Every translation pack, given once as a portal would: stories only pass `locale`. */
const TRANSLATIONS = [decisionAidEs, decisionAidAr, visitPrepEs, visitPrepAr, questionListEs, questionListAr];

const withTranslations: Decorator = (Story) => (
  <SdmTranslationsProvider translations={TRANSLATIONS}>
    <Story />
  </SdmTranslationsProvider>
);

const withPageDirection: Decorator = (Story, context) => {
  const locale = String(context.globals.locale ?? 'en');
  if (typeof document !== 'undefined') {
    document.documentElement.lang = locale;
    document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
  }
  return <Story />;
};

const preview: Preview = {
  // Every component gets a Docs page: its stories side by side, with their controls.
  tags: ['autodocs'],
  decorators: [withPageDirection, withTranslations, withStrictMode],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Widget theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'high-contrast', title: 'High contrast' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    strict: {
      description: 'Render in React StrictMode',
      toolbar: {
        title: 'StrictMode',
        icon: 'lock',
        items: [
          { value: 'on', title: 'StrictMode on' },
          { value: 'off', title: 'StrictMode off' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'default', strict: 'on' },
  parameters: {
    layout: 'padded',
    options: {
      storySort: {
        order: [
          'Introduction',
          'Guides',
          [
            'Embed in your portal',
            'Decision aid',
            'Visit preparation',
            'Question list',
            'Content model',
            'Content authoring',
            'Persistence and server rendering',
            'Internationalisation',
            'Theming',
            'Accessibility',
            'FHIR R4 mapping',
            'Web components',
            'Performance',
            'Architecture',
            'Testing and CI',
            'Releasing',
          ],
          'Decisions',
          'DecisionAid',
          'Visit prep',
          'Question list',
          'Portal',
          '*',
        ],
      },
    },
    controls: { expanded: true },
    // Fail story tests on any accessibility violation (WCAG 2.x A/AA, run by addon-a11y through axe-core).
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
  },
};

export default preview;
