import type { QuestionItem } from '@sdmkit/core';
import { type ContentLanguage, useContentLanguage, useQuestionListContent, useSdmTranslation } from '@sdmkit/hooks';
import { createElement, type ReactNode, type Ref, useId } from 'react';
import { QUESTION_LIST_NAMESPACE } from '../i18n/resources.js';

export type HeadingLevel = 2 | 3 | 4;

/** `t` for this package's namespace. */
export function useQlTranslation() {
  return useSdmTranslation(QUESTION_LIST_NAMESPACE);
}

/**
 * `lang`/`dir` of the question list's content when it differs from the interface language (spread it on elements
 * that hold content text only); `undefined` otherwise, so same-language markup does not change.
 */
export function useQlContentLang(): ContentLanguage | undefined {
  return useContentLanguage(useQuestionListContent().locale);
}

/** The content language for an item's wording: only the library's own wording, never the patient's. */
export function itemContentLang(
  item: QuestionItem,
  contentLang: ContentLanguage | undefined,
): ContentLanguage | undefined {
  return item.source === 'library' && item.text === undefined ? contentLang : undefined;
}

/** A heading of the given level; focusable from script (tabIndex -1), so focus can be moved to it. */
export function Heading({
  level,
  children,
  ...props
}: {
  ref?: Ref<HTMLHeadingElement> | undefined;
  level: HeadingLevel;
  id?: string;
  className?: string;
  lang?: string | undefined;
  dir?: string | undefined;
  children: ReactNode;
}) {
  return createElement(`h${level}`, { ...props, tabIndex: -1 }, children);
}

/** A section named by its (focusable) heading. */
export function Section({
  headingRef,
  className,
  level,
  headingClassName,
  heading,
  headingLang,
  children,
}: {
  /** To move focus to the heading. */
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  className?: string | undefined;
  level: HeadingLevel;
  headingClassName: string;
  heading: ReactNode;
  /** When the heading is content text (a topic name). */
  headingLang?: ContentLanguage | undefined;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section className={className} aria-labelledby={id}>
      <Heading ref={headingRef} level={level} id={id} className={headingClassName} {...headingLang}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}

/** A part's own class, and the host's when it gives one. */
export function partClass(own: string, host: string | undefined): string {
  return host ? `${own} ${host}` : own;
}

export function nextLevel(level: HeadingLevel): HeadingLevel {
  return level >= 4 ? 4 : ((level + 1) as HeadingLevel);
}
