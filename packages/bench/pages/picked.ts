import type { PromptList, QuestionListInput } from '@sdmkit/core';

/** Every question of the list on the patient's list, in order (for visit mode and reordering). */
export function allPicked(doc: PromptList): QuestionListInput {
  return {
    items: doc.questions.map((q) => ({
      key: `q:${q.id}`,
      source: 'library' as const,
      questionId: q.id,
      status: 'open' as const,
      note: '',
      followUp: false,
    })),
    dismissed: [],
    seq: 0,
  };
}
