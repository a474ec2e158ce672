import { describe, expect, it } from 'vitest';
import { numbersFor } from './icon-array.js';
import { emptyDecisionAidInput } from './input.js';
import {
  buildDecisionAidResult,
  buildDecisionAidSummary,
  decisionAidSummaryText,
  selectDecisionAidSummary,
  summaryLineText,
} from './result.js';
import { selectDecisionAidCompletion, selectSure, selectTopValues, selectValuesFit } from './selectors.js';
import { createDecisionAidStore } from './store.js';
import { testDecisionAid } from './test-utils/fixture.js';

const doc = testDecisionAid();

describe('values fit', () => {
  it('is null for every option until something is rated above 0', () => {
    const input = { ...emptyDecisionAidInput(), ratings: { v1: 0 as const } };
    expect(selectValuesFit(doc, input).map((f) => f.share)).toEqual([null, null]);
  });

  it('shares rating weight between the options each consideration speaks for', () => {
    // v1 (4) -> wait; v2 (2) -> a; v3 (2) -> a and wait. Total 8. a = 4/8, wait = 6/8.
    const input = { ...emptyDecisionAidInput(), ratings: { v1: 4 as const, v2: 2 as const, v3: 2 as const } };
    const fit = selectValuesFit(doc, input);
    expect(fit.map((f) => f.optionId)).toEqual(['a', 'wait']); // content order, never sorted
    expect(fit.map((f) => f.share)).toEqual([0.5, 0.75]);
    expect(fit.map((f) => f.percent)).toEqual([50, 75]);
    expect(fit.map((f) => f.supportingCount)).toEqual([2, 2]);
  });

  it("counts the patient's own concerns with the options they ticked", () => {
    const input = {
      ...emptyDecisionAidInput(),
      ratings: { v2: 1 as const },
      ownConcerns: [{ id: 'own-1', text: 'Cost', rating: 3 as const, optionIds: ['wait'] }],
    };
    expect(selectValuesFit(doc, input).map((f) => f.share)).toEqual([0.25, 0.75]);
  });
});

describe('SURE', () => {
  it('scores one point per yes and names help for each no', () => {
    const input = {
      ...emptyDecisionAidInput(),
      sure: { sure: false, understand: false, riskBenefit: true, encouragement: false },
    };
    expect(selectSure(input)).toEqual({
      score: 1,
      answered: 4,
      complete: true,
      conflict: true,
      help: ['certainty', 'information', 'support'],
    });
  });

  it('reports no conflict at 4, and none while incomplete', () => {
    const all = { sure: true, understand: true, riskBenefit: true, encouragement: true };
    expect(selectSure({ ...emptyDecisionAidInput(), sure: all })).toMatchObject({ score: 4, conflict: false });
    expect(selectSure({ ...emptyDecisionAidInput(), sure: { sure: false } })).toMatchObject({
      complete: false,
      conflict: false,
      help: ['certainty'],
    });
  });
});

describe('completion, top values, profiles and summary', () => {
  it('tracks each step', () => {
    const store = createDecisionAidStore(doc);
    const a = store.getState().actions;
    expect(selectDecisionAidCompletion(doc, store.getState().input).ready).toBe(false);
    a.rate('v1', 4);
    a.rate('v2', 3);
    a.rate('v3', 0);
    a.answerKnowledge('k1', 'k1b');
    for (const item of ['sure', 'understand', 'riskBenefit', 'encouragement'] as const) a.answerSure(item, true);
    a.setLeaning('unsure');
    expect(selectDecisionAidCompletion(doc, store.getState().input)).toEqual({
      values: true,
      knowledge: true,
      sure: true,
      leaning: true,
      ready: true,
    });
    expect(selectTopValues(doc, store.getState().input).map((v) => v.id)).toEqual(['v1', 'v2']);
  });

  it('uses tailored numbers for the chosen risk profile', () => {
    const p = { ...doc.outcomes[0]!.byOption.a!, profiles: { high: { numerator: 30 } } };
    expect(numbersFor(p, 'high').numerator).toBe(30);
    expect(numbersFor(p, null).numerator).toBe(12);
  });

  it('builds a serialisable result and a plain-text summary through t', () => {
    const input = {
      ...emptyDecisionAidInput(),
      ratings: { v1: 4 as const },
      leaning: 'wait',
      sure: { sure: true, understand: false, riskBenefit: true, encouragement: true },
      ownConcerns: [{ id: 'own-1', text: 'Will I miss work?', rating: 4 as const, optionIds: [] }],
    };
    const result = buildDecisionAidResult(doc, input);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.leaningTitle).toBe('Wait');
    const t = (key: string, o?: Record<string, unknown>) => (o ? `${key}${JSON.stringify(o)}` : key);
    const text = buildDecisionAidSummary(doc, input, t);
    expect(text).toContain('summary.decision: Should I take option A or wait?');
    expect(text).toContain('- Avoiding side effects (rating.4)');
    expect(text).toContain('summary.leaning: Wait');
    expect(text).toContain('- sure.help.information');
    expect(text).toContain('- How long does it take?'); // a "no data" row is an open question
    expect(text).toContain('- Will I miss work?');
  });

  it('gives the summary as sections, the one source of the text and the screen', () => {
    const input = {
      ...emptyDecisionAidInput(),
      ratings: { v1: 4 as const },
      leaning: 'unsure',
      sure: { sure: false, understand: false, riskBenefit: true, encouragement: true },
      ownConcerns: [{ id: 'own-1', text: 'Will I miss work?', rating: 4 as const, optionIds: [] }],
    };
    const t = (key: string, o?: Record<string, unknown>) => (o ? `${key}${JSON.stringify(o)}` : key);
    const summary = selectDecisionAidSummary(doc, input, t);
    expect(buildDecisionAidSummary(doc, input, t)).toBe(decisionAidSummaryText(summary));
    expect(summary.title).toBe(doc.meta.title);
    const byId = Object.fromEntries(summary.sections.map((s) => [s.id, s]));
    expect(Object.keys(byId)).toEqual([
      'decision',
      'options',
      'whatMatters',
      'fit',
      'leaning',
      'sure',
      'openQuestions',
    ]);
    expect(byId.decision?.label).toBe('summary.decision');
    expect(byId.decision?.value).toEqual([{ text: doc.decision.question, from: 'content' }]);
    // Content words, the patient's own words and interface words are told apart (for lang on screen).
    expect(byId.whatMatters?.items).toEqual([
      [
        { text: 'Avoiding side effects', from: 'content' },
        { text: ' (rating.4)', from: 'interface' },
      ],
      [
        { text: 'Will I miss work?', from: 'patient' },
        { text: ' (rating.4)', from: 'interface' },
      ],
    ]);
    expect(byId.leaning?.value).toEqual([{ text: 'leaning.unsure', from: 'interface' }]);
    expect(byId.sure?.items.map(summaryLineText)).toEqual(['sure.help.certainty', 'sure.help.information']);
    expect(byId.openQuestions?.items.at(-1)).toEqual([{ text: 'summary.askBenefitsHarms', from: 'interface' }]);
    // The result the widget already holds is used as given.
    const result = buildDecisionAidResult(doc, input);
    expect(selectDecisionAidSummary(doc, input, t, result)).toEqual(summary);
  });
});
