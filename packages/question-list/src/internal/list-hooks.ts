import { unansweredQuestions } from '@sdmkit/core';
import { useQuestionListSelector } from '@sdmkit/hooks';
import { useShallow } from 'zustand/react/shallow';

/** The keys of the questions not answered yet, in order. Re-renders only when that set or its order changes. */
export function useUnansweredKeys(): readonly string[] {
  return useQuestionListSelector(useShallow((s) => unansweredQuestions(s.input).map((i) => i.key)));
}
