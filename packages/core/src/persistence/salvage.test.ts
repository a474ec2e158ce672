import { describe, expect, it } from 'vitest';
import { emptyDecisionAidInput, parseDecisionAidInput } from '../decision-aid/input.js';
import { testDecisionAid } from '../decision-aid/test-utils/fixture.js';
import { parseQuestionListInput } from '../question-list/input.js';
import { tinyList as promptListFixture } from '../question-list/test-utils/fixture.js';
import { salvageInput } from './salvage.js';

const decisionAidFixture = testDecisionAid();

describe('salvageInput', () => {
  it('keeps every question still in a new edition of the list and lists the one removed, with its note', () => {
    const [first, second, third] = promptListFixture.questions;
    if (!first || !second || !third) throw new Error('fixture too small');
    const saved = {
      items: [first, second, third].map((q, i) => ({
        key: `q:${q.id}`,
        source: 'library',
        questionId: q.id,
        status: i === 1 ? 'answered' : 'open',
        note: i === 1 ? 'The doctor said two weeks' : '',
        followUp: false,
      })),
      dismissed: [],
      seq: 0,
    };
    const nextEdition = { ...promptListFixture, questions: promptListFixture.questions.filter((q) => q !== second) };
    const result = salvageInput(saved, (raw) => parseQuestionListInput(raw, nextEdition), {
      items: [],
      dismissed: [],
      seq: 0,
    });
    expect(result?.input.items.map((i) => i.questionId)).toEqual([first.id, third.id]);
    expect(result?.entries).toEqual([{ path: 'items.1', words: ['The doctor said two weeks'] }]);
  });

  it('drops only the answers about a removed value and option: concerns, other ratings and SURE stay', () => {
    const [value, otherValue] = decisionAidFixture.values;
    const [option, otherOption] = decisionAidFixture.options;
    if (!value || !otherValue || !option || !otherOption) throw new Error('fixture too small');
    const saved = {
      ...emptyDecisionAidInput(),
      ratings: { [value.id]: 4, [otherValue.id]: 2 },
      ownConcerns: [{ id: 'c1', text: 'Time off work', rating: 3, optionIds: [option.id, otherOption.id] }],
      sure: { sure: true },
      leaning: option.id,
    };
    const nextEdition = {
      ...decisionAidFixture,
      values: decisionAidFixture.values.filter((v) => v !== value),
      options: decisionAidFixture.options.filter((o) => o !== option),
    };
    const result = salvageInput(saved, (raw) => parseDecisionAidInput(raw, nextEdition), emptyDecisionAidInput());
    expect(result?.input).toEqual({
      ...emptyDecisionAidInput(),
      ratings: { [otherValue.id]: 2 },
      ownConcerns: [{ id: 'c1', text: 'Time off work', rating: 3, optionIds: [otherOption.id] }],
      sure: { sure: true },
      leaning: null,
    });
    expect(result?.entries.map((e) => e.path).sort()).toEqual(
      ['leaning', 'ownConcerns.0.optionIds.0', `ratings.${value.id}`].sort(),
    );
    // Ids are never shown to the patient as their words.
    expect(result?.entries.flatMap((e) => e.words)).toEqual([]);
  });

  it('salvages nothing from a broken shape, and nothing when all fits', () => {
    const parse = (raw: unknown) => parseQuestionListInput(raw, promptListFixture);
    const empty = { items: [], dismissed: [], seq: 0 };
    expect(salvageInput({ items: 'nope' }, parse, empty)).toBeNull();
    expect(salvageInput(empty, parse, empty)).toBeNull();
  });

  it('does not change what it was given', () => {
    const saved = { ...emptyDecisionAidInput(), ratings: { gone: 1 } };
    const copy = structuredClone(saved);
    salvageInput(saved, (raw) => parseDecisionAidInput(raw, decisionAidFixture), emptyDecisionAidInput());
    expect(saved).toEqual(copy);
  });
});
