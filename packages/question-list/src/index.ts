'use client';
export { SdmTranslationsProvider, type SdmTranslationsProviderProps } from '@sdmkit/hooks';
export {
  QUESTION_LIST_NAMESPACE,
  type QuestionListMessages,
  questionListBundle,
} from './i18n/resources.js';
export { MyQuestions, type MyQuestionsProps } from './MyQuestions/MyQuestions.js';
export { QuestionBrowser, type QuestionBrowserProps } from './QuestionBrowser/QuestionBrowser.js';
export { QuestionList, type QuestionListMode, type QuestionListProps } from './QuestionList/QuestionList.js';
export { QuestionSummary, type QuestionSummaryProps } from './QuestionSummary/QuestionSummary.js';
export { VisitMode, type VisitModeProps } from './VisitMode/VisitMode.js';
