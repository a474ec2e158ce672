export { generatePromptList } from './generate.js';
export { pickedQuestionListInput } from './inputs.js';
export { questionListSources } from './sources.js';
export {
  ask3QuestionsAr,
  ask3QuestionsEn,
  ask3QuestionsEs,
  visitQuestionsAr,
  visitQuestionsByLocale,
  visitQuestionsEn,
  visitQuestionsEs,
} from './visit-questions.js';
