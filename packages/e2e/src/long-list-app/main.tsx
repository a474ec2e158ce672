// The question list at the most questions its schema accepts, every one on the patient's list, for the test of a
// screen reader started after the page rendered (packages/e2e/test/late-screen-reader.e2e.test.ts). `?mode=visit`
// opens the visit step instead of the prepare step. Built with Vite by the test.
import { generatePromptList, pickedQuestionListInput } from '@sdmkit/content';
import { MAX_QUESTION_ITEMS } from '@sdmkit/core';
import { QuestionList } from '@sdmkit/question-list';
import '@sdmkit/ui/styles.css';
import '@sdmkit/question-list/styles.css';
import { createRoot } from 'react-dom/client';

const list = generatePromptList(MAX_QUESTION_ITEMS);
const input = pickedQuestionListInput(...list.questions.map((q) => q.id));
const mode = new URLSearchParams(window.location.search).get('mode') === 'visit' ? 'visit' : 'prepare';
(window as unknown as { questions: readonly string[] }).questions = list.questions.map((q) => q.text);

const root = document.getElementById('root');
if (root) createRoot(root).render(<QuestionList content={list} defaultValue={input} defaultMode={mode} />);
