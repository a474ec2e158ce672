import { parsePromptList, parseQuestionListInput } from '@sdmkit/core';
import { describe, expect, it } from 'vitest';
import {
  ask3QuestionsAr,
  ask3QuestionsEn,
  ask3QuestionsEs,
  generatePromptList,
  pickedQuestionListInput,
  visitQuestionsAr,
  visitQuestionsEn,
  visitQuestionsEs,
} from './index.js';

describe('question-list example content', () => {
  const docs = {
    visitQuestionsEn,
    visitQuestionsEs,
    visitQuestionsAr,
    ask3QuestionsEn,
    ask3QuestionsEs,
    ask3QuestionsAr,
  };
  for (const [name, doc] of Object.entries(docs)) {
    it(`${name} is valid, cited and marked as demonstration`, () => {
      expect(parsePromptList(doc).issues).toEqual([]);
      expect(doc.meta.demonstration).toBe(true);
      expect(doc.questions.some((q) => q.sourceIds?.length)).toBe(true);
    });
  }

  it('keeps the three languages aligned', () => {
    expect(visitQuestionsEs.questions.map((q) => q.id)).toEqual(visitQuestionsEn.questions.map((q) => q.id));
    expect(visitQuestionsAr.questions.map((q) => q.id)).toEqual(visitQuestionsEn.questions.map((q) => q.id));
  });

  it('includes Ask 3 Questions and the diagnosis safety questions', () => {
    const texts = visitQuestionsEn.questions.map((q) => q.text);
    expect(texts).toContain('What are my options?');
    expect(texts).toContain('What else could it be?');
    expect(texts).toContain('When and how will I get my results?');
  });

  it('generates valid libraries of 50, 500 and 5000 questions', () => {
    for (const n of [50, 500, 5000]) {
      const doc = generatePromptList(n);
      expect(doc.questions).toHaveLength(n);
      expect(parsePromptList(doc).ok).toBe(true);
    }
  });
});

describe('pickedQuestionListInput', () => {
  it('makes valid input for the example lists, in the order given', () => {
    const input = pickedQuestionListInput('ask3-options', 'dx-what-else');
    for (const list of [visitQuestionsEn, visitQuestionsEs, visitQuestionsAr]) {
      const parsed = parseQuestionListInput(input, list);
      expect(parsed.ok).toBe(true);
    }
    expect(input.items.map((i) => i.questionId)).toEqual(['ask3-options', 'dx-what-else']);
    expect(parseQuestionListInput(pickedQuestionListInput('no-such-question'), visitQuestionsEn).ok).toBe(false);
  });
});
