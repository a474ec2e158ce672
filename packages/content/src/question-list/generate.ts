import type { PromptList } from '@sdmkit/core';

const CATEGORY_COUNT = 8;
const WORDS = ['options', 'tests', 'results', 'medicine', 'side effects', 'costs', 'recovery', 'follow-up'];

/**
 * A synthetic prompt list of `count` questions (e.g. 50, 500, 5000) for benchmarks and the large-library
 * story. The wording is placeholder text, not medical content.
 */
export function generatePromptList(count: number, locale = 'en'): PromptList {
  const n = Math.max(1, Math.trunc(count));
  return {
    schemaVersion: 1,
    id: `generated-${n}`,
    locale,
    meta: {
      title: `Generated list of ${n} questions`,
      version: '1.0.0',
      authors: [{ name: 'SDM Kit generator' }],
      published: '2026-11-21',
      nextReview: '2027-11-21',
      funding: 'No external funding.',
      conflictsOfInterest: 'None declared.',
      sources: [],
      demonstration: true,
    },
    title: `A library of ${n} questions`,
    categories: Array.from({ length: CATEGORY_COUNT }, (_, i) => ({
      id: `cat-${i + 1}`,
      label: `Topic ${i + 1}: ${WORDS[i % WORDS.length]}`,
    })),
    visitReasons: [{ id: 'checkup', label: 'A check-up' }],
    questions: Array.from({ length: n }, (_, i) => ({
      id: `g-${i + 1}`,
      categoryId: `cat-${(i % CATEGORY_COUNT) + 1}`,
      text: `Sample question ${i + 1} about ${WORDS[i % WORDS.length]}?`,
      why: `Placeholder note ${i + 1}, for testing how the list scales.`,
      ...(i % 5 === 0 ? { tags: ['checkup'] } : {}),
    })),
    starterSet: n >= 3 ? ['g-1', 'g-2', 'g-3'] : ['g-1'],
    softLimit: 10,
  };
}
