import type { VisitPrepSectionType } from '@sdmkit/core';
import { type ReactNode, useId } from 'react';
import { useSectionText } from './i18n.js';

interface SectionFrameProps {
  readonly type: VisitPrepSectionType;
  /** The section's own class, e.g. `sdm-WhatMatters`. */
  readonly ownClass: string;
  /** The host's extra class. */
  readonly className?: string | undefined;
  readonly children?: ReactNode;
}

/** The frame of a section: a labelled region with its heading, prompt and help text from the template. */
export function SectionFrame({ type, ownClass, className, children }: SectionFrameProps) {
  const { title, titleLang, contentLang, prompt, help } = useSectionText(type);
  const headingId = useId();
  return (
    <section
      className={['sdm-VisitPrepSection', ownClass, className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      data-section={type}
    >
      <h3 id={headingId} className="sdm-VisitPrepSection__title" tabIndex={-1} data-step-heading="" {...titleLang}>
        {title}
      </h3>
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
    </section>
  );
}
