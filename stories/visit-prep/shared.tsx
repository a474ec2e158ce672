import { getVisitPrepTemplate, type VisitPrepExampleKind } from '@sdmkit/content';
import type { VisitPrepInput } from '@sdmkit/core';
import type { ThemeName } from '@sdmkit/ui';
import { VisitPrepRoot } from '@sdmkit/visit-prep';
import '@sdmkit/visit-prep/styles.css';
import type { ReactNode } from 'react';

/** Today's date used by the stories, so date checks do not depend on when Storybook runs. */
export const storyToday = new Date(2026, 10, 21);

export interface StoryGlobals {
  readonly locale?: string;
  readonly theme?: ThemeName;
}

/** One section (or a few) inside a visit-prep root, the way a host uses them on their own. */
export function SectionStory({
  globals,
  kind = 'newSymptom',
  defaultValue,
  children,
}: {
  globals: StoryGlobals;
  kind?: VisitPrepExampleKind;
  defaultValue?: VisitPrepInput;
  children: ReactNode;
}) {
  const locale = globals.locale ?? 'en';
  return (
    <VisitPrepRoot
      content={getVisitPrepTemplate(kind, locale)}
      locale={locale}
      theme={globals.theme}
      defaultValue={defaultValue}
    >
      {children}
    </VisitPrepRoot>
  );
}
