import type { PromptList } from '../schema.js';

/** A small prompt list for core's own tests. */
export const tinyList: PromptList = {
  schemaVersion: 1,
  id: 'tiny-list',
  locale: 'en',
  meta: {
    title: 'Tiny list',
    version: '1.0.0',
    authors: [{ name: 'SDM Kit tests' }],
    published: '2026-01-01',
    nextReview: '2027-01-01',
    funding: 'None.',
    conflictsOfInterest: 'None.',
    sources: [{ id: 'src', citation: 'A source.' }],
    demonstration: true,
  },
  title: 'Questions for my visit',
  categories: [
    { id: 'options', label: 'Options' },
    { id: 'meds', label: 'Medicines' },
  ],
  visitReasons: [{ id: 'new-med', label: 'A new medicine' }],
  questions: [
    { id: 'q1', categoryId: 'options', text: 'What are my options?', why: 'There is often more than one choice.' },
    { id: 'q2', categoryId: 'options', text: 'What are the benefits and harms?' },
    { id: 'q3', categoryId: 'meds', text: 'Are there side effects?', tags: ['new-med'], sourceIds: ['src'] },
    { id: 'q4', categoryId: 'meds', text: '¿Cómo se toma la medicina?' },
  ],
  starterSet: ['q1', 'q2'],
  softLimit: 3,
};
