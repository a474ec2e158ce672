import { pickedQuestionListInput } from '@sdmkit/content';
import {
  createQuestionListStore,
  type PromptList,
  type QuestionListInput,
  type QuestionListStore,
  questionListWidget,
} from '@sdmkit/core';
import { QuestionListProvider, WidgetI18nProvider } from '@sdmkit/hooks';
import { uiBundle, WidgetRoot } from '@sdmkit/ui';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { questionListBundle } from '../i18n/resources.js';
import { questionListAr } from '../locales/ar.js';
import { questionListEs } from '../locales/es.js';

/** Renders sub-components the way the widget does: i18n context, themed root and the provider with a store. */
export function renderInProvider(
  ui: ReactNode,
  {
    content,
    input,
    lng = 'en',
    store = createQuestionListStore(content, input ? { initialInput: input } : {}),
  }: { content: PromptList; input?: QuestionListInput; lng?: string; store?: QuestionListStore },
) {
  const tree = (language: string) => (
    <WidgetI18nProvider
      lng={language}
      bundles={[uiBundle, questionListBundle]}
      translations={[questionListEs, questionListAr]}
    >
      <WidgetRoot widgetClass="sdm-QuestionList">
        <QuestionListProvider content={content} store={store}>
          {ui}
        </QuestionListProvider>
      </WidgetRoot>
    </WidgetI18nProvider>
  );
  const utils = render(tree(lng));
  /** Renders the same tree again in another language. */
  const setLanguage = (language: string) => utils.rerender(tree(language));
  return { ...utils, setLanguage, store, keys: () => store.getState().input.items.map((i) => i.key) };
}

/** Input with the given library questions picked, in order. */
export const pickedInput = pickedQuestionListInput;

export { questionListWidget };
