// A small template for core's own visit-prep tests (the example templates live in @sdmkit/content).
import type { VisitPrepTemplate } from '../schema.js';

export const testTemplate: VisitPrepTemplate = {
  schemaVersion: 1,
  id: 'test-visit',
  locale: 'en',
  meta: {
    title: 'Test visit',
    version: '1.0.0',
    authors: [{ name: 'SDM Kit tests' }],
    published: '2026-01-01',
    nextReview: '2027-01-01',
    funding: 'None.',
    conflictsOfInterest: 'None.',
    sources: [],
    demonstration: true,
  },
  visitType: 'new-symptom',
  title: 'Get ready for your visit',
  sections: [
    { type: 'concerns', title: 'Why you are coming', required: true },
    { type: 'symptoms', title: 'Your symptom story' },
    { type: 'medicines', title: 'Medicines and allergies' },
    { type: 'what-matters', title: 'What matters to you' },
    {
      type: 'questions',
      title: 'Questions to ask',
      suggestedQuestions: [{ id: 'what-else', text: 'What else could it be?' }],
    },
    { type: 'practical', title: 'Practical needs' },
    { type: 'after-visit', title: 'After the visit' },
  ],
  limits: { agendaWords: 20, concernWords: 5, answerWords: 50, maxConcerns: 5 },
  lists: { bodyAreas: ['Head', 'Chest'] },
};
