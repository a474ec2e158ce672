import type { VisitPrepSectionType } from '@sdmkit/core';
import { HeadingLevelProvider, Section } from '@sdmkit/ui';
import type { ReactNode } from 'react';
import { useSectionText } from './i18n.js';

interface SectionFrameProps {
  readonly type: VisitPrepSectionType;
  /** The section's own class, e.g. `sdm-WhatMatters`. */
  readonly ownClass: string;
  /** The host's extra class. */
  readonly className?: string | undefined;
  readonly children?: ReactNode;
}

/**
 * The frame of a section: a labelled region with its heading, prompt and help text from the template.
 *
 * The heading takes its level from where the section sits (`HeadingLevelProvider` or `Section` from `@sdmkit/ui`);
 * where nothing says, it is an `h3`, under the widget's `h2` title (in `VisitPrep` and on its own alike). The
 * heading carries `data-step-heading`, so the flow can move focus to it.
 */
export function SectionFrame({ type, ownClass, className, children }: SectionFrameProps) {
  const { title, titleLang, contentLang, prompt, help } = useSectionText(type);
  return (
    <HeadingLevelProvider defaultLevel={3}>
      <Section
        className={['sdm-VisitPrepSection', ownClass, className].filter(Boolean).join(' ')}
        data-section={type}
        heading={title}
        headingProps={{ className: 'sdm-VisitPrepSection__title', 'data-step-heading': '', ...titleLang }}
      >
        {prompt ? (
          <p className="sdm-VisitPrepSection__prompt" {...contentLang}>
            {prompt}
          </p>
        ) : null}
        {help ? (
          <p className="sdm-VisitPrepSection__help" {...contentLang}>
            {help}
          </p>
        ) : null}
        {children}
      </Section>
    </HeadingLevelProvider>
  );
}
