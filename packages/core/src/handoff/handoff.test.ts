import { pickedQuestionListInput, prostateTreatmentEn, visitQuestionsEn } from '@sdmkit/content';
import { describe, expect, it } from 'vitest';
import { emptyDecisionAidInput } from '../decision-aid/input.js';
import { createQuestionListStore } from '../question-list/store.js';
import { parseAgendaAdditions } from '../visit-prep/additions.js';
import {
  type DecisionAidHandoffText,
  decisionAidHandoff,
  questionListHandoff,
  type VisitFlagsText,
  visitFlags,
} from './handoff.js';

// A host's own wording; the lists come back to it as arrays, so it formats them for its language.
const text: DecisionAidHandoffText = {
  sureQuestions: {
    certainty: 'What else would help me feel sure?',
    information: 'Can we go over the benefits and risks again?',
    values: 'Which benefits and risks matter most for me?',
    support: 'Who else could help me decide?',
  },
  sureWhy: 'You answered "no" in the readiness check.',
  heading: (title) => `From the decision aid: ${title}`,
  leaning: (option) => `Leaning towards: ${option}`,
  leaningUnsure: 'Leaning: not sure yet',
  mattersMost: (labels) => `Matters most: ${labels.join('; ')}`,
  sureScore: (score) => `SURE: ${score} of 4`,
  sureOpen: (names) => `Not yet sure about: ${names.join(', ')}`,
  sureNames: { certainty: 'feeling sure', information: 'benefits and risks', values: 'values', support: 'support' },
};

// The published example: localised prostate cancer, ProtecT (Hamdy et al. 2016).
const doc = prostateTreatmentEn;

describe('decisionAidHandoff', () => {
  it('hands on nothing before the patient has done anything', () => {
    expect(decisionAidHandoff(doc, emptyDecisionAidInput(), text)).toEqual({ questions: [], addition: null });
  });

  it('turns each SURE "no" into a question, and the leaning, top values and SURE into agenda lines', () => {
    const input = {
      ...emptyDecisionAidInput(),
      ratings: { 'avoid-side-effects': 4, bowels: 3, 'no-operation': 4, 'done-with-it': 1 },
      leaning: 'monitoring',
      sure: { sure: true, understand: false, riskBenefit: true, encouragement: false },
    } as const;
    const { questions, addition } = decisionAidHandoff(doc, input, text);
    expect(questions).toEqual([
      { id: 'decision-aid-sure-information', text: text.sureQuestions.information, why: text.sureWhy },
      { id: 'decision-aid-sure-support', text: text.sureQuestions.support, why: text.sureWhy },
    ]);
    expect(addition).toEqual({
      id: 'decision-aid',
      heading: `From the decision aid: ${doc.meta.title}`,
      items: [
        'Leaning towards: Active monitoring',
        // Rated 4, 4 and 3 (of 4), in that order; a 1 is not among what matters most.
        'Matters most: Avoiding leaking urine and erection problems; Not having an operation; Avoiding bowel problems',
        'SURE: 2 of 4',
        'Not yet sure about: benefits and risks, support',
      ],
    });
    // What it hands on is what visit prep accepts as an agenda addition.
    expect(parseAgendaAdditions([addition]).ok).toBe(true);
  });

  it('says "not sure yet" for that leaning, and gives no SURE score until all four are answered', () => {
    const input = { ...emptyDecisionAidInput(), leaning: 'unsure', sure: { sure: false } };
    const { questions, addition } = decisionAidHandoff(doc, input, text);
    expect(questions.map((q) => q.id)).toEqual(['decision-aid-sure-certainty']);
    expect(addition?.items).toEqual(['Leaning: not sure yet', 'Not yet sure about: feeling sure']);
  });
});

describe('questionListHandoff', () => {
  it('gives nothing for an empty list', () => {
    expect(questionListHandoff(visitQuestionsEn, { items: [], dismissed: [], seq: 0 }, { heading: 'Top 3' })).toBe(
      null,
    );
  });

  it("gives the top 3 in the patient's order and words", () => {
    const store = createQuestionListStore(visitQuestionsEn, {
      initialInput: pickedQuestionListInput('dx-what-else', 'ask3-options', 'ask3-benefits-harms', 'dx-results'),
    });
    store.getState().actions.edit('q:ask3-options', 'What are all my options, including waiting?');
    const addition = questionListHandoff(visitQuestionsEn, store.getState().input, { heading: 'Top 3 questions' });
    expect(addition).toEqual({
      id: 'question-list',
      heading: 'Top 3 questions',
      items: [
        'What else could it be?',
        'What are all my options, including waiting?',
        'What are the possible benefits and harms of those options?',
      ],
    });
    expect(parseAgendaAdditions([addition]).ok).toBe(true);
  });
});

describe('visitFlags', () => {
  const flagsText: VisitFlagsText = {
    heading: 'To raise in this visit',
    unansweredTop: (question) => `Not answered yet (top 3): ${question}`,
    sureNo: (name) => `Answered "no" in SURE: ${name}`,
    sureNames: text.sureNames,
  };

  it('flags nothing when there is nothing to raise', () => {
    expect(visitFlags({}, flagsText)).toBe(null);
    const sure = {
      ...emptyDecisionAidInput(),
      sure: { sure: true, understand: true, riskBenefit: true, encouragement: true },
    };
    expect(visitFlags({ decisionAid: { doc, input: sure } }, flagsText)).toBe(null);
  });

  it('flags each unanswered top-3 question and each SURE "no", and drops a question once it is answered', () => {
    const store = createQuestionListStore(visitQuestionsEn, {
      initialInput: pickedQuestionListInput('dx-what-else', 'ask3-options', 'ask3-benefits-harms', 'dx-results'),
    });
    store.getState().actions.mark('q:ask3-options', 'answered');
    store.getState().actions.mark('q:dx-what-else', 'asked');
    const input = { ...emptyDecisionAidInput(), sure: { sure: false, understand: true, encouragement: false } };
    const from = {
      decisionAid: { doc, input },
      questionList: { list: visitQuestionsEn, input: store.getState().input },
    };
    const flags = visitFlags(from, flagsText);
    expect(flags).toEqual({
      id: 'flags',
      heading: 'To raise in this visit',
      items: [
        'Not answered yet (top 3): What else could it be?',
        'Not answered yet (top 3): What are the possible benefits and harms of those options?',
        'Answered "no" in SURE: feeling sure',
        'Answered "no" in SURE: support',
      ],
    });
    expect(parseAgendaAdditions([flags]).ok).toBe(true);

    // The fourth question is not in the top 3: answering the top ones leaves only the SURE lines.
    store.getState().actions.mark('q:dx-what-else', 'answered');
    store.getState().actions.mark('q:ask3-benefits-harms', 'answered');
    expect(
      visitFlags({ ...from, questionList: { list: visitQuestionsEn, input: store.getState().input } }, flagsText)
        ?.items,
    ).toEqual(['Answered "no" in SURE: feeling sure', 'Answered "no" in SURE: support']);
  });
});
