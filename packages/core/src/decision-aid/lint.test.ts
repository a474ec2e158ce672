import { describe, expect, it } from 'vitest';
import { hasOneInX, lintDecisionAid } from './lint.js';
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

  it('reports risk-format problems: mixed time frames and scales, 1 in X, relative without absolute', () => {
    const doc = testDecisionAid();
    const a = doc.outcomes[0]!.byOption.a!;
    const bad: DecisionAidDocument = {
      ...doc,
      condition: { ...doc.condition, description: 'About 1 in 20 people get this condition at some point.' },
      outcomes: [
        { ...doc.outcomes[0]!, id: 'tf', byOption: { a, wait: { ...a, timeFrame: 'over 5 years' } } },
        { ...doc.outcomes[0]!, id: 'den', byOption: { a, wait: { ...a, numerator: 50, denominator: 1000 } } },
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
    expect(c).toContain('error:mixed-denominators:$.outcomes[1].byOption');
    expect(c).toContain('error:relative-without-absolute:$.outcomes[2].relativeEffect');
    expect(c).toContain('error:one-in-x:$.condition.description');
  });

  it('allows "1 out of 100" style frequencies on round scales', () => {
    expect(hasOneInX('About 1 in 20 people.')).toBe(true);
    expect(hasOneInX('Uno de cada 7 hombres.')).toBe(true);
    expect(hasOneInX('Alrededor de 1 de cada 100 hombres.')).toBe(false);
    expect(hasOneInX('1 in 1,000 women.')).toBe(false);
  });

  it('requires the screening block for screening decisions', () => {
    const doc = { ...testDecisionAid(), kind: 'screening' as const };
    expect(codes(doc)).toContain('error:missing-screening-block:$.screening');
  });
});
