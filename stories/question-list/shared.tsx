import { pickedQuestionListInput, visitQuestionsByLocale } from '@sdmkit/content';
import type { PromptList, QuestionListInput } from '@sdmkit/core';
import { QuestionListProvider, WidgetI18nProvider } from '@sdmkit/hooks';
import { questionListBundle } from '@sdmkit/question-list';
import { type ThemeName, uiBundle, WidgetRoot } from '@sdmkit/ui';
import type { ReactNode } from 'react';
import '@sdmkit/question-list/styles.css';

/** The example list in the story's language. */
export function listFor(locale: string): PromptList {
  return visitQuestionsByLocale[locale as 'en' | 'es' | 'ar'] ?? visitQuestionsByLocale.en;
}

/** Input with these library questions picked, in order. */
export const picked = pickedQuestionListInput;

/** Renders one question-list part inside its Provider, the way a host building its own layout would. */
export function Frame({
  locale,
  theme,
  content,
  defaultValue,
  children,
}: {
  locale: string;
  theme: ThemeName;
  content?: PromptList;
  defaultValue?: QuestionListInput;
  children: ReactNode;
}) {
  return (
    <WidgetI18nProvider lng={locale} bundles={[uiBundle, questionListBundle]}>
      <WidgetRoot widgetClass="sdm-QuestionList" theme={theme} style={{ padding: '1rem' }}>
        <QuestionListProvider content={content ?? listFor(locale)} defaultValue={defaultValue}>
          {children}
        </QuestionListProvider>
      </WidgetRoot>
    </WidgetI18nProvider>
  );
}
