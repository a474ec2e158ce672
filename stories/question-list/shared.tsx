import {
  ask3QuestionsAr,
  ask3QuestionsEn,
  ask3QuestionsEs,
  generatePromptList,
  pickedQuestionListInput,
  visitQuestionsByLocale,
} from '@sdmkit/content';
import type { PromptList, QuestionListInput, QuestionSuggestion } from '@sdmkit/core';
import { QuestionListProvider, WidgetI18nProvider } from '@sdmkit/hooks';
import { questionListBundle } from '@sdmkit/question-list';
import { type ThemeName, uiBundle, WidgetRoot } from '@sdmkit/ui';
import type { ReactNode } from 'react';
import '@sdmkit/question-list/styles.css';
import type { ArgType } from '../ui/StoryShell';

/** The example lists a story control can pick, by a short key. */
export type QuestionListExample = 'visit' | 'ask3' | 'library500';

const ask3ByLocale: Readonly<Record<string, PromptList>> = {
  en: ask3QuestionsEn,
  es: ask3QuestionsEs,
  ar: ask3QuestionsAr,
};

let library500: PromptList | undefined;

/** The example list in the story's language (the generated 500-question library is English only). */
export function listFor(locale: string, example: QuestionListExample = 'visit'): PromptList {
  if (example === 'library500') {
    library500 ??= generatePromptList(500);
    return library500;
  }
  if (example === 'ask3') return ask3ByLocale[locale] ?? ask3QuestionsEn;
  return visitQuestionsByLocale[locale as 'en' | 'es' | 'ar'] ?? visitQuestionsByLocale.en;
}

/** The `list` control: which example prompt list the story shows. */
export const listArgType: ArgType = {
  control: {
    type: 'select',
    labels: {
      visit: 'Questions for a visit (full library)',
      ask3: 'Ask 3 Questions only',
      library500: '500 generated questions (English only)',
    },
  },
  options: ['visit', 'ask3', 'library500'] satisfies QuestionListExample[],
  description: 'Which example question list to show, in the toolbar’s language.',
};

/** Input with these library questions picked, in order. */
export const picked = pickedQuestionListInput;

/** The patient's list when a story opens, by a short key. */
export type QuestionListStart = 'none' | 'two' | 'three' | 'four' | 'five' | 'nine' | 'afterVisit';

/** The library questions of each start, in order (`afterVisit` has answers and notes of its own). */
const PICKS: Readonly<Record<Exclude<QuestionListStart, 'none' | 'afterVisit'>, readonly string[]>> = {
  two: ['ask3-options', 'dx-what-else'],
  three: ['ask3-options', 'dx-what-else', 'dx-results'],
  four: ['ask3-options', 'dx-what-else', 'dx-results', 'med-side-effects'],
  five: ['ask3-options', 'ask3-benefits-harms', 'ask3-how-likely', 'dx-what-else', 'dx-results'],
  nine: [
    'ask3-options',
    'ask3-benefits-harms',
    'ask3-how-likely',
    'dx-what-else',
    'dx-results',
    'dx-name',
    'test-what-for',
    'med-side-effects',
    'after-worse',
  ],
};

/** After the visit: two questions answered with notes, one asked; two to follow up. */
const afterVisit: QuestionListInput = {
  items: [
    {
      key: 'q:ask3-options',
      source: 'library',
      questionId: 'ask3-options',
      status: 'answered',
      note: 'Wait and watch, or start a medicine.',
      followUp: false,
    },
    {
      key: 'q:dx-results',
      source: 'library',
      questionId: 'dx-results',
      status: 'answered',
      note: 'In the portal within a week.',
      followUp: true,
    },
    { key: 'own:1', source: 'own', text: 'Can I keep working?', status: 'asked', note: '', followUp: true },
  ],
  dismissed: [],
  seq: 1,
};

/**
 * The starting input (`defaultValue`) for a `start` key and a list; `none` gives none (the widget starts empty). A
 * starting input may only name questions the list has: with another list than the full one, the questions it does
 * not have are replaced by its own first ones (and left out of `afterVisit`).
 */
export function startFor(start: QuestionListStart, list: PromptList): QuestionListInput | undefined {
  const has = new Set(list.questions.map((q) => q.id));
  if (start === 'none') return undefined;
  if (start === 'afterVisit') {
    return {
      ...afterVisit,
      items: afterVisit.items.filter((i) => i.source !== 'library' || has.has(i.questionId ?? '')),
    };
  }
  const wanted = PICKS[start];
  const ids = wanted.filter((id) => has.has(id));
  for (const q of list.questions) {
    if (ids.length >= wanted.length) break;
    if (!ids.includes(q.id)) ids.push(q.id);
  }
  return picked(...ids);
}

/** The `start` control: the patient's list when the story opens (the widget's uncontrolled `defaultValue`). */
export const startArgType: ArgType = {
  control: {
    type: 'select',
    labels: {
      none: 'Empty: nothing picked yet',
      two: '2 questions picked',
      three: '3 questions picked',
      four: '4 questions picked',
      five: '5 questions picked',
      nine: '9 questions picked (over the soft limit)',
      afterVisit: 'After the visit: 2 answered with notes, 1 asked, 2 to follow up',
    },
  },
  options: ['none', 'two', 'three', 'four', 'five', 'nine', 'afterVisit'] satisfies QuestionListStart[],
  description:
    'The patient’s list when the story opens (`defaultValue`, uncontrolled: the patient can still change it). With a list other than the full one, questions it does not have are replaced by its own first ones. Changing it starts the story again.',
};

/** Suggestions a host passes in (`suggestions`), by a short key. */
export type QuestionListSuggested = 'none' | 'fromSure' | 'supportArabic';

export const SUGGESTIONS: Readonly<Record<QuestionListSuggested, readonly QuestionSuggestion[] | undefined>> = {
  none: undefined,
  fromSure: [
    {
      id: 'sure-understand',
      text: 'What are the benefits and risks of each option for someone like me?',
      why: 'In the decision aid you said you did not know the benefits and risks well.',
    },
    { id: 'sure-support', text: 'Who can help me make this choice?' },
  ],
  supportArabic: [{ id: 'sure-support', text: 'من يمكنه مساعدتي في اتخاذ هذا القرار؟' }],
};

/** The `suggested` control: the questions the host suggests (`suggestions`). */
export const suggestedArgType: ArgType = {
  control: {
    type: 'select',
    labels: {
      none: 'None',
      fromSure: 'Two from a decision aid’s unsure SURE answers (English, with why)',
      supportArabic: 'One in Arabic: who can help me decide?',
    },
  },
  options: ['none', 'fromSure', 'supportArabic'] satisfies QuestionListSuggested[],
  description:
    'Questions the host suggests (`suggestions`), e.g. from a decision aid’s unsure SURE answers. Host text, shown as given.',
};

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
  defaultValue?: QuestionListInput | undefined;
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
