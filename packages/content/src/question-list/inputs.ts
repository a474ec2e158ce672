import type { QuestionListInput } from '@sdmkit/core';

/**
 * A patient's question-list input with these library questions picked, in this order (the first three are the
 * top 3), none asked yet. For stories, tests and demos with the example lists.
 */
export function pickedQuestionListInput(...questionIds: string[]): QuestionListInput {
  return {
    items: questionIds.map((id) => ({
      key: `q:${id}`,
      source: 'library',
      questionId: id,
      status: 'open',
      note: '',
      followUp: false,
    })),
    dismissed: [],
    seq: 0,
  };
}
