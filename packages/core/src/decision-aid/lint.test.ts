import { describe, expect, it } from 'vitest';
import { hasAbsoluteNumbers, hasOneInX, hasRelativeWording, lintDecisionAid } from './lint.js';
import type { DecisionAidDocument } from './schema.js';
import { testDecisionAid } from './test-utils/fixture.js';

const today = new Date('2026-06-01T00:00:00Z');
const codes = (doc: unknown) => lintDecisionAid(doc, { today }).issues.map((i) => `${i.severity}:${i.code}:${i.path}`);

describe('lintDecisionAid', () => {
  it('passes a good document and reports every criterion met', () => {
    const r = lintDecisionAid(testDecisionAid(), { today });
    expect(r.ok).toBe(true);
    expect(r.criteria.every((c) => c.met)).toBe(true);
    expect(r.criteria.map((c) => c.criterion)).toEqual([
      'Q1',
      'Q2',
      'Q3',
      'Q4',
      'Q5',
      'Q6',
      'C1',
      'C2',
      'C3',
      'C4',
      'C5',
      'C6',
    ]);
  });

  it('reports schema problems as errors with paths', () => {
    const r = lintDecisionAid({ schemaVersion: 1 }, { today });
    expect(r.ok).toBe(false);
    expect(r.issues.some((i) => i.criterion === 'schema' && i.path === '$.meta')).toBe(true);
  });

  it('reports IPDAS qualifying criteria Q2-Q6', () => {
    const doc = testDecisionAid();
    const bad: DecisionAidDocument = {
      ...doc,
      decision: { question: 'Option A or waiting' },
      options: [
        { ...doc.options[0]!, benefits: [], harms: [], livingWith: { physical: 'P' } },
        { ...doc.options[1]!, statusQuo: false },
      ],
    };
    const r = lintDecisionAid(bad, { today });
    const c = codes(bad);
    expect(c).toContain('error:decision-not-a-question:$.decision.question');
    expect(c).toContain('warning:no-status-quo:$.options');
    expect(c).toContain('error:missing-benefits:$.options[0].benefits');
    expect(c).toContain('error:missing-harms:$.options[0].harms');
    expect(c).toContain('error:missing-living-with:$.options[0].livingWith.social');
    expect(r.criteria.filter((x) => !x.met).map((x) => x.criterion)).toEqual(['Q2', 'Q4', 'Q5', 'Q6']);
  });

  it('reports certification criteria C1, C2, C4 and C5', () => {
    const doc = testDecisionAid();
    const { certainty: _c, ...noUncertainty } = doc.outcomes[0]!.byOption.a!;
    const bad: DecisionAidDocument = {
      ...doc,
      meta: { ...doc.meta, nextReview: '2026-01-01', updatePolicy: undefined },
      outcomes: [{ ...doc.outcomes[0]!, byOption: { a: { ...noUncertainty, sourceIds: [] }, wait: null } }],
      options: doc.options.map((o) => ({ ...o, benefits: o.benefits.map((b) => ({ text: b.text })) })),
    };
    const c = codes(bad);
    expect(c).toContain('warning:no-data:$.faq[0].answers.wait');
    expect(c).toContain('warning:no-data:$.outcomes[0].byOption.wait');
    expect(c).toContain('error:probability-without-source:$.outcomes[0].byOption.a.sourceIds');
    expect(c).toContain('error:probability-without-uncertainty:$.outcomes[0].byOption.a');
    expect(c).toContain('warning:review-overdue:$.meta.nextReview');
    expect(c).toContain('warning:no-update-policy:$.meta.updatePolicy');
  });

  it('reports C2 when sources are missing: cited ids no longer resolve', () => {
    const doc = testDecisionAid();
    const c = codes({ ...doc, meta: { ...doc.meta, sources: [] } });
    expect(c).toContain('error:unknown_reference:$.options[0].benefits[0].sourceIds[0]');
  });

  it('reports risk-format problems: mixed time frames, 1 in X, relative without absolute', () => {
    const doc = testDecisionAid();
    const a = doc.outcomes[0]!.byOption.a!;
    const bad: DecisionAidDocument = {
      ...doc,
      condition: { ...doc.condition, description: 'About 1 in 20 people get this condition at some point.' },
      outcomes: [
        { ...doc.outcomes[0]!, id: 'tf', byOption: { a, wait: { ...a, timeFrame: 'over 5 years' } } },
        {
          ...doc.outcomes[0]!,
          id: 'rel',
          byOption: { a: null, wait: null },
          relativeEffect: { text: '20% lower', sourceIds: ['s1'] },
        },
      ],
    };
    const c = codes(bad);
    expect(c).toContain('error:mixed-time-frames:$.outcomes[0].byOption');
    expect(c).toContain('error:relative-without-absolute:$.outcomes[1].relativeEffect');
    expect(c).toContain('error:one-in-x:$.condition.description');
  });

  it('allows "1 out of 100" style frequencies on round scales', () => {
    expect(hasOneInX('About 1 in 20 people.')).toBe(true);
    expect(hasOneInX('Uno de cada 7 hombres.')).toBe(true);
    expect(hasOneInX('Alrededor de 1 de cada 100 hombres.')).toBe(false);
    expect(hasOneInX('1 in 1,000 women.')).toBe(false);
  });

  it('finds relative wording in all its common forms, in English and Spanish', () => {
    for (const text of [
      'Surgery lowers the risk of death by 20%.',
      'Men who had surgery had a 20% lower risk.',
      'It reduces deaths from breast cancer by a fifth.',
      'Screening reduced the chance of dying by about a third.',
      'The pill halves the risk of a stroke.',
      'The risk of a stroke is halved.',
      'It cuts the risk in half.',
      'Smoking doubles the risk.',
      'Women in this group were 3 times more likely to need surgery.',
      'They were twice as likely to have side effects.',
      'Half as likely to leak urine.',
      'There was a 30 per cent reduction in deaths.',
      'A 30 percent increase in bleeding.',
      'A reduction of 20% in deaths.',
      'A twofold increase in the risk.',
      'The relative risk was 0.8.',
      'Reduce el riesgo un 20 %.',
      'Reduce el riesgo de morir en un 20 %.',
      'Tuvieron un riesgo un 20 % menor.',
      'Una reducción del 20 % en las muertes.',
      'El tratamiento reduce el riesgo a la mitad.',
      'Tienen la mitad del riesgo.',
      'Fumar duplica el riesgo.',
      'El doble de riesgo de infarto.',
      'Es 3 veces más probable.',
      'Es tres veces mayor.',
    ])
      expect(hasRelativeWording(text), text).toBe(true);
  });

  it('leaves absolute numbers, dates, dosing and plain words alone', () => {
    for (const text of [
      '20 out of 100 people have side effects.',
      '20% of people have side effects.',
      '5 out of 1,000 fewer people die.',
      'Published on 20 May 2025; reviewed 2026-05-20.',
      'Take the tablet twice a day.',
      'She takes it 3 times a week.',
      'Reduce the dose by half if your kidneys are weak.',
      'Cut the pill in half.',
      'Your dose may be doubled.',
      'Some men have double vision.',
      'The cancer was more likely to grow or spread than after surgery.',
      'It lowers blood pressure by 10 points.',
      'The risk went from 10 out of 100 to 8 out of 100, a difference of 2 percentage points.',
      'Half the people in the trial were over 60.',
      '20 de cada 100 personas tienen efectos secundarios.',
      'El 20 % de las mujeres tiene una falsa alarma.',
      'La mitad de las mujeres no tiene cáncer.',
      'A la mitad del tratamiento le harán un análisis.',
      'Tome la pastilla dos veces al día.',
      'Va 3 veces por semana.',
      'Se encontró pronto, muchas veces con un análisis de sangre.',
      'El riesgo aumenta con la edad. El 20 % de las mujeres tiene una falsa alarma.',
      'El doble de la dosis no ayuda.',
    ])
      expect(hasRelativeWording(text), text).toBe(false);
  });

  it('reports relative-only wording in patient-facing text as an error, like "1 in X"', () => {
    const doc = testDecisionAid();
    const [a, wait] = doc.options;
    const bad: DecisionAidDocument = {
      ...doc,
      options: [
        {
          ...a!,
          title: 'Option A (halves the risk)',
          summary: 'Option A lowers the risk of death by 20%.',
          benefits: [{ text: 'You are twice as likely to get better.', sourceIds: ['s1'] }],
          harms: [{ text: 'Bleeding is 3 times more likely.', sourceIds: ['s1'] }],
        },
        wait!,
      ],
      faq: [{ id: 'q1', question: 'How well does it work?', answers: { a: 'A 30 per cent reduction.', wait: null } }],
      outcomes: [
        {
          ...doc.outcomes[0]!,
          description: 'Option A cuts the risk in half.',
          relativeEffect: { text: 'Halves the risk (20% lower)', sourceIds: ['s1'] },
        },
      ],
      knowledgeCheck: [{ ...doc.knowledgeCheck![0]!, explanation: 'Option A doubles the risk of side effects.' }],
      nextSteps: ['Ask about the 20% lower risk.'],
    };
    const r = lintDecisionAid(bad, { today });
    const c = codes(bad);
    for (const path of [
      '$.options[0].title',
      '$.options[0].summary',
      '$.options[0].benefits[0].text',
      '$.options[0].harms[0].text',
      '$.faq[0].answers.a',
      '$.outcomes[0].description',
      '$.knowledgeCheck[0].explanation',
      '$.nextSteps[0]',
    ])
      expect(c).toContain(`error:relative-only:${path}`);
    // The outcome's relativeEffect is always shown beside its absolute numbers.
    expect(c.filter((x) => x.includes('relativeEffect'))).toEqual([]);
    expect(r.ok).toBe(false);
    const issue = r.issues.find((i) => i.code === 'relative-only')!;
    expect(issue).toMatchObject({ severity: 'error', criterion: 'risk-format' });
    expect(issue.message).toContain('out of 100');
  });

  it('accepts relative wording with absolute numbers in the same text, with a warning', () => {
    expect(hasAbsoluteNumbers('From 10 out of 100 to 8 out of 100.')).toBe(true);
    expect(hasAbsoluteNumbers('De 10 de cada 100 a 8 de cada 100.')).toBe(true);
    expect(hasAbsoluteNumbers('20% lower risk.')).toBe(false);
    const doc = testDecisionAid();
    const withAbsolute: DecisionAidDocument = {
      ...doc,
      options: [
        { ...doc.options[0]!, summary: 'A 20% lower risk: 8 out of 100 people instead of 10 out of 100.' },
        { ...doc.options[1]!, summary: '20 out of 100 people; 20% of people have side effects; twice a day.' },
      ],
    };
    const c = codes(withAbsolute);
    expect(c).toContain('warning:relative-risk-in-text:$.options[0].summary');
    expect(c.filter((x) => x.includes('relative-only'))).toEqual([]);
    expect(c.filter((x) => x.includes('$.options[1].summary'))).toEqual([]);
  });

  it('warns about a risk profile that no outcome gives numbers for', () => {
    const doc = testDecisionAid();
    const r = lintDecisionAid(doc, { today });
    const issue = r.issues.find((i) => i.code === 'risk-profile-without-numbers');
    expect(issue).toMatchObject({ severity: 'warning', path: '$.riskProfiles[0]' });
    expect(issue?.message).toContain('numbers for everyone in the studies instead');
    expect(r.ok).toBe(true);
    // Near miss: one screening chance with numbers for the profile is enough to use it.
    const s = { ...doc.outcomes[0]!.byOption.a!, denominator: 1000 };
    const screening = {
      measures: 'M',
      truePositive: { ...s, numerator: 8, profiles: { high: { numerator: 12 } } },
      falsePositive: { ...s, numerator: 40, profiles: { high: { numerator: 45 } } },
      falseNegative: { ...s, numerator: 2, profiles: { high: { numerator: 3 } } },
      afterPositive: 'More tests.',
      afterNegative: 'Next test in 3 years.',
      truePositiveText: 'cancer found',
      falsePositiveText: 'false alarm',
      falseNegativeText: 'cancer missed',
    };
    expect(codes({ ...doc, kind: 'screening', screening }).filter((x) => x.includes('risk-profile'))).toEqual([]);
  });

  it('warns where a risk profile has numbers for some options of an outcome but not others', () => {
    const doc = testDecisionAid();
    const o = doc.outcomes[0]!;
    const a = { ...o.byOption.a!, profiles: { high: { numerator: 20 } } };
    const partial = { ...doc, outcomes: [{ ...o, byOption: { a, wait: o.byOption.wait! } }] };
    const c = codes(partial);
    expect(c).toContain('warning:risk-profile-partial:$.outcomes[0].byOption.wait');
    expect(c.filter((x) => x.includes('risk-profile-without-numbers'))).toEqual([]);
    // Near miss: every option of the outcome has the profile's numbers (a null entry is "no data", not partial).
    const wait = { ...o.byOption.wait!, profiles: { high: { numerator: 9 } } };
    const full = {
      ...doc,
      outcomes: [
        { ...o, byOption: { a, wait } },
        { ...o, id: 'o2', byOption: { a, wait: null } },
      ],
    };
    expect(codes(full).filter((x) => x.includes('risk-profile'))).toEqual([]);
  });

  it('warns about outcomes without a reference group (no numbers for the status quo option)', () => {
    const doc = testDecisionAid();
    const o = doc.outcomes[0]!;
    const noReference = { ...doc, outcomes: [{ ...o, byOption: { a: o.byOption.a!, wait: null } }] };
    const r = lintDecisionAid(noReference, { today });
    const issue = r.issues.find((i) => i.code === 'no-reference-group');
    expect(issue).toMatchObject({ severity: 'warning', path: '$.outcomes[0]' });
    expect(issue?.message).toContain('no reference group');
    // Near misses: the status quo has numbers; or no option is the status quo (reported once as no-status-quo).
    expect(codes(doc).filter((x) => x.includes('no-reference-group'))).toEqual([]);
    const noStatusQuo = {
      ...noReference,
      options: noReference.options.map((x) => ({ ...x, statusQuo: false })),
    };
    expect(codes(noStatusQuo).filter((x) => x.includes('no-reference-group'))).toEqual([]);
  });

  it('requires the screening block for screening decisions', () => {
    const doc = { ...testDecisionAid(), kind: 'screening' as const };
    expect(codes(doc)).toContain('error:missing-screening-block:$.screening');
  });

  it('takes test accuracy per option: every option that is a test needs its own block', () => {
    const doc = testDecisionAid();
    const a = doc.outcomes[0]!.byOption.a!;
    const screening = {
      measures: 'What the test looks for.',
      truePositive: { ...a, numerator: 5 },
      falsePositive: { ...a, numerator: 3 },
      falseNegative: { ...a, numerator: 1 },
      afterPositive: 'More tests.',
      afterNegative: 'Test again later.',
      truePositiveText: 'Found',
      falsePositiveText: 'False alarm',
      falseNegativeText: 'Missed',
    };
    const [first, wait] = doc.options;
    const second = { ...first!, id: 'b', title: 'Option B' };
    const base = {
      ...doc,
      kind: 'screening' as const,
      faq: [{ ...doc.faq[0]!, answers: { ...doc.faq[0]!.answers, b: null } }],
      outcomes: [{ ...doc.outcomes[0]!, byOption: { ...doc.outcomes[0]!.byOption, b: a } }],
    };
    const both = { ...base, options: [{ ...first!, screening }, { ...second, screening }, wait!] };
    expect(codes(both).filter((c) => c.includes('screening'))).toEqual([]);
    const one = { ...base, options: [{ ...first!, screening }, second, wait!] };
    expect(codes(one).filter((c) => c.includes('missing-screening-block'))).toEqual([
      'error:missing-screening-block:$.options[1].screening',
    ]);
    // Per-option texts are linted like the document's own block.
    const relative = { ...screening, afterNegative: 'This halves the risk of dying.' };
    expect(
      codes({ ...both, options: [{ ...first!, screening: relative }, { ...second, screening }, wait!] }),
    ).toContain('error:relative-only:$.options[0].screening.afterNegative');
  });

  it('takes figures compared with a reference option as having a reference group', () => {
    const doc = testDecisionAid();
    const o = doc.outcomes[0]!;
    const compared = { ...doc, outcomes: [{ ...o, byOption: { a: o.byOption.a!, wait: null }, comparedWith: 'wait' }] };
    expect(codes(compared).filter((x) => x.includes('no-reference-group'))).toEqual([]);
  });
});
