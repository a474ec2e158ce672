import { WidgetI18nProvider } from '@sdmkit/hooks';
import { type ThemeName, uiBundle, WidgetRoot } from '@sdmkit/ui';
import type { ArgTypes } from '@storybook/react-vite';
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

/** One entry of a story's `argTypes` (what the Controls panel shows for an arg). */
export type ArgType = NonNullable<ArgTypes[string]>;

/** A callback prop: logged in the Actions panel, listed in the Controls table without a control. */
export function callbackArgType(description: string): ArgType {
  return { control: false, description, table: { category: 'Callbacks' } };
}

/** An arg a story needs but a designer cannot edit (a storage, a date, a whole document): not listed. */
export const hiddenArgType: ArgType = { table: { disable: true } };

/**
 * A part's `headingLevel` prop (1–6). Left empty, the level comes from where the part sits (2 in these stories, the
 * level a part takes on a page of its own).
 */
export const headingLevelArgType: ArgType = {
  control: { type: 'select' },
  options: [1, 2, 3, 4, 5, 6],
  description:
    'Heading level of the part’s title (1–6); its own headings follow one level below. Empty: from where it sits (2 here).',
};
