export {
  emptyQuestionListInput,
  MAX_ANSWER_NOTE_LENGTH,
  MAX_QUESTION_ITEMS,
  parseQuestionListInput,
  type QuestionItem,
  type QuestionListInput,
  type QuestionSource,
  type QuestionStatus,
} from './input.js';
export {
  buildQuestionListResult,
  openQuestionSuggestions,
  type QuestionListResult,
  type QuestionResultItem,
  questionListSummaryText,
} from './result.js';
export {
  assertPromptList,
  DEFAULT_QUESTION_SOFT_LIMIT,
  MAX_QUESTION_LENGTH,
  type PromptList,
  type PromptQuestion,
  parsePromptList,
  type QuestionCategory,
  TOP_QUESTION_COUNT,
  type VisitReason,
} from './schema.js';
export {
  countQuestionItems,
  createQuestionSearch,
  findQuestionItem,
  followUpQuestions,
  groupQuestionsByCategory,
  isOverQuestionSoftLimit,
  isQuestionPicked,
  isTopQuestion,
  promptQuestionMap,
  type QuestionCategoryGroup,
  type QuestionCounts,
  type QuestionQuery,
  type QuestionSearch,
  questionItemText,
  questionItemWhy,
  questionLibraryKey,
  questionOriginalText,
  questionSoftLimit,
  questionSuggestionKey,
  unansweredQuestions,
} from './selectors.js';
export { checkQuestionText, normalizeSearchText, type QuestionTextError } from './text.js';
export {
  createQuestionListStore,
  type QuestionListActions,
  type QuestionListStore,
  type QuestionSuggestion,
  type QuestionTextResult,
  questionListWidget,
} from './widget.js';
