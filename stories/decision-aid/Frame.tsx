import { exampleDecisionAid } from '@sdmkit/content';
import type { DecisionAidDocument } from '@sdmkit/core';
import { decisionAidBundle } from '@sdmkit/decision-aid';
import { DecisionAidProvider, WidgetI18nProvider } from '@sdmkit/hooks';
import { type ThemeName, uiBundle, WidgetRoot } from '@sdmkit/ui';
import type { ComponentType, ReactNode } from 'react';
import '@sdmkit/decision-aid/styles.css';
import type { ArgType } from '../ui/StoryShell';

export const TREATMENT = 'prostate-localised-treatment';
export const SCREENING = 'mammography-screening-50-69';

/** The example decision aids a story control can pick, by a short key. */
export type DecisionAidExample = 'treatment' | 'screening';

/** The example document's id for each key. */
export const EXAMPLE_IDS: Readonly<Record<DecisionAidExample, string>> = { treatment: TREATMENT, screening: SCREENING };

/** The `example` control: which example decision aid the story shows (in the toolbar's language). */
export const exampleArgType: ArgType = {
  control: {
    type: 'radio',
    labels: {
      treatment: 'Treatment: localised prostate cancer',
      screening: 'Screening: mammography at 50–69',
    },
  },
  options: ['treatment', 'screening'] satisfies DecisionAidExample[],
  description:
    'Which example decision aid to show, in the toolbar’s language (English where it has no translation yet).',
};

/** The example document for a story's locale (English when no translation exists yet). */
export function docFor(id: string, locale: string): DecisionAidDocument {
  const doc = exampleDecisionAid(id, locale);
  if (!doc) throw new Error(`No example ${id}`);
  return doc;
}

/** Renders one decision-aid part inside its Provider, the way a host building its own layout would. */
export function Frame({
  locale,
  theme,
  content,
  children,
}: {
  locale: string;
  theme: ThemeName;
  content: DecisionAidDocument;
  children: ReactNode;
}) {
  return (
    <WidgetI18nProvider lng={locale} bundles={[uiBundle, decisionAidBundle]}>
      <WidgetRoot widgetClass="sdm-DecisionAid" theme={theme} style={{ padding: '1rem' }}>
        <DecisionAidProvider content={content}>{children}</DecisionAidProvider>
      </WidgetRoot>
    </WidgetI18nProvider>
  );
}

/** The args of a story of a part that takes no props: only which example decision aid it shows. */
export interface ExamplePartArgs {
  readonly example: DecisionAidExample;
}

/**
 * `args`, `argTypes` and `render` for a story file of a part without props (KnowledgeCheck, Leaning, OptionGrid…):
 * the part inside its Provider on the chosen example, in the toolbar's language and theme. Each story file keeps
 * its own `title` and `component`, which Storybook reads from the file itself.
 */
export function examplePart(Part: ComponentType) {
  return {
    args: { example: 'treatment' } as ExamplePartArgs,
    argTypes: { example: exampleArgType },
    render: ({ example }: ExamplePartArgs, { globals }: { globals: { locale?: string; theme?: ThemeName } }) => (
      <Frame
        key={example}
        locale={globals.locale ?? 'en'}
        theme={globals.theme ?? 'default'}
        content={docFor(EXAMPLE_IDS[example], globals.locale ?? 'en')}
      >
        <Part />
      </Frame>
    ),
  };
}
