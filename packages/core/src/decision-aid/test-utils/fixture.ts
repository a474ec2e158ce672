// Test-only document: invented structure and numbers for unit tests of the machinery. Never shown to patients.
import type { DecisionAidDocument } from '../schema.js';

export function testDecisionAid(): DecisionAidDocument {
  const p = (numerator: number, denominator = 100) => ({
    numerator,
    denominator,
    timeFrame: 'over 10 years',
    population: 'test population',
    certainty: 'moderate' as const,
    sourceIds: ['s1'],
  });
  return {
    schemaVersion: 1,
    id: 'test-aid',
    locale: 'en',
    meta: {
      title: 'Test decision',
      version: '1.0.0',
      authors: [{ name: 'Test author' }],
      published: '2025-01-01',
      nextReview: '2027-01-01',
      updatePolicy: 'Reviewed every two years.',
      funding: 'No funding.',
      conflictsOfInterest: 'None.',
      sources: [{ id: 's1', citation: 'Test source.' }],
      demonstration: true,
    },
    kind: 'treatment',
    condition: { name: 'Test condition', description: 'A condition used only in unit tests of the toolkit.' },
    decision: { question: 'Should I take option A or wait?' },
    options: [
      {
        id: 'a',
        title: 'Option A',
        summary: 'Take A.',
        benefits: [{ text: 'Helps.', sourceIds: ['s1'] }],
        harms: [{ text: 'Hurts a bit.', sourceIds: ['s1'] }],
        livingWith: { physical: 'P', emotional: 'E', social: 'S', practical: 'Pr' },
      },
      {
        id: 'wait',
        title: 'Wait',
        summary: 'Wait and see.',
        statusQuo: true,
        benefits: [{ text: 'No side effects.' }],
        harms: [{ text: 'Might get worse.' }],
        livingWith: { physical: 'P', emotional: 'E', social: 'S', practical: 'Pr' },
      },
    ],
    faq: [{ id: 'q1', question: 'How long does it take?', answers: { a: 'A week.', wait: null } }],
    outcomes: [
      {
        id: 'o1',
        label: 'Getting better',
        eventText: 'get better',
        nonEventText: 'do not get better',
        byOption: { a: p(12), wait: p(5) },
      },
    ],
    riskProfiles: [{ id: 'high', label: 'Higher risk' }],
    values: [
      { id: 'v1', label: 'Avoiding side effects', supports: ['wait'] },
      { id: 'v2', label: 'Getting better fast', supports: ['a'] },
      { id: 'v3', label: 'Keeping my options open', supports: ['a', 'wait'] },
    ],
    knowledgeCheck: [
      {
        id: 'k1',
        question: 'Which option has side effects?',
        choices: [
          { id: 'k1a', label: 'Option A' },
          { id: 'k1b', label: 'Wait' },
        ],
        correctChoiceId: 'k1a',
        explanation: 'Option A has side effects.',
      },
    ],
    nextSteps: ['Talk with your clinician.'],
  };
}
