import { parsePromptList } from '@sdmkit/core';
import { describe, expect, it } from 'vitest';
import {
  ask3QuestionsAr,
  ask3QuestionsEn,
  ask3QuestionsEs,
  generatePromptList,
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
