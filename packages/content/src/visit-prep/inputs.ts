import { emptyVisitPrepInput, type VisitPrepInput } from '@sdmkit/core';

const empty = emptyVisitPrepInput();

/**
 * A made-up patient's answers for the new-symptom template (English), to show the agenda, stories and tests.
 * Not a real person; no medical advice.
 */
export const sampleVisitPrepInput: VisitPrepInput = {
  ...empty,
  step: 'agenda',
  reason: 'Chest tightness when I walk uphill',
  concerns: [
    { id: 'concern-1', text: 'Tight chest when I climb stairs' },
    { id: 'concern-2', text: 'Out of breath sooner than before' },
    { id: 'concern-3', text: 'Ankles swell in the evening' },
    { id: 'concern-4', text: 'Sleeping badly' },
  ],
  symptoms: {
    what: 'Tight, heavy feeling in the chest',
    where: 'Middle of the chest',
    bodyAreas: ['Chest'],
    onset: '2026-09-14',
    timeline: [
      { id: 'event-2', date: '2026-10-30', note: 'Now also when I carry shopping' },
      { id: 'event-1', date: '2026-09-14', note: 'First noticed on the stairs at work' },
    ],
    better: 'Stopping to rest for a few minutes',
    worse: 'Hills, cold air',
    severity: 'moderate',
    tried: 'Walking more slowly',
  },
  medicines: [
    {
      id: 'medicine-1',
      name: 'Amlodipine',
      dose: '5 mg',
      frequency: 'Once a day',
      reason: 'Blood pressure',
      taking: 'yes',
    },
    {
      id: 'medicine-2',
      name: 'Atorvastatin',
      dose: '20 mg',
      frequency: 'At night',
      reason: 'Cholesterol',
      taking: 'sometimes',
    },
  ],
  supplements: [
    { id: 'supplement-1', name: 'Fish oil', dose: '1 capsule', frequency: 'Daily', reason: '', taking: 'yes' },
  ],
  allergies: [{ id: 'allergy-1', substance: 'Penicillin', reaction: 'Hives' }],
  whatMatters: { goals: 'Keep walking my dog every morning', worries: 'That it is my heart, like my father' },
  questions: [
    { id: 'question-1', text: 'What else could it be?', suggestionId: 'what-else' },
    { id: 'question-2', text: 'Is it safe to keep walking?' },
    { id: 'question-3', text: 'When and how will I get my test results?', suggestionId: 'results' },
    { id: 'question-4', text: 'Should I stop the statin?' },
  ],
  practical: { ...empty.practical, companion: 'My daughter is coming with me', time: 'I must leave by 11:30' },
};

const longText = (words: number, seed: string) => Array.from({ length: words }, (_, i) => `${seed}${i + 1}`).join(' ');

/** Over-long answers: shows that text over a limit is kept in full and flagged, and that layouts wrap. */
export const longVisitPrepInput: VisitPrepInput = {
  ...sampleVisitPrepInput,
  step: 'concerns',
  reason: longText(60, 'reason'),
  concerns: [
    { id: 'concern-5', text: longText(40, 'worry') },
    { id: 'concern-6', text: 'Averyveryverylongwordwithoutanyspacesthatmustwrapinsteadofscrollingsideways' },
    ...sampleVisitPrepInput.concerns.slice(1),
  ],
  whatMatters: { goals: longText(200, 'goal'), worries: sampleVisitPrepInput.whatMatters.worries },
};
