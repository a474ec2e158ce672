import { describe, expect, it } from 'vitest';
import { DECISION_AID_ADVISED, lintDecisionAid } from './lint.js';
import { DECISION_AID_LIMITS, parseDecisionAid } from './schema.js';
import { testDecisionAid } from './test-utils/fixture.js';

const codesAt = (input: unknown) => {
  const r = parseDecisionAid(input);
  return r.ok ? [] : r.issues.map((i) => `${i.code}:${i.path}`);
};

describe('decision aid numbers: only what can be shown exactly', () => {
  const doc = testDecisionAid();
  const o = doc.outcomes[0]!;
  const a = o.byOption.a!;
  const withChances = (byOption: typeof o.byOption) => ({ ...doc, outcomes: [{ ...o, byOption }] });

  it('accepts whole people on a round scale, decimals that are whole on a larger one, and study groups', () => {
    expect(
      codesAt(
        withChances({ a: { ...a, numerator: 6, denominator: 1000 }, wait: { ...a, numerator: 5, denominator: 1000 } }),
      ),
    ).toEqual([]);
    expect(
      codesAt(
        withChances({
          a: { ...a, numerator: 5.5, denominator: 1000 },
          wait: { ...a, numerator: 1.8, denominator: 1000 },
        }),
      ),
    ).toEqual([]);
    expect(
      codesAt(
        withChances({ a: { ...a, numerator: 8, denominator: 545 }, wait: { ...a, numerator: 5, denominator: 553 } }),
      ),
    ).toEqual([]);
  });

  it('refuses a fraction of a person on every scale, with the outcome path (near miss: 5.5 of 1,000 is fine)', () => {
    expect(codesAt(withChances({ a: { ...a, numerator: 5.5, denominator: 545 }, wait: a }))).toEqual([
      'inexact_numbers:$.outcomes[0].byOption',
    ]);
    expect(codesAt(withChances({ a: { ...a, numerator: 0.25, denominator: 10000 }, wait: a }))).toEqual([
      'inexact_numbers:$.outcomes[0].byOption',
    ]);
  });

  it('refuses a denominator above 10,000 (1e15) and a number outside its own range', () => {
    expect(codesAt(withChances({ a: { ...a, numerator: 1, denominator: 1e15 }, wait: a }))).toContain(
      'invalid_value:$.outcomes[0].byOption.a.denominator',
    );
    expect(codesAt(withChances({ a: { ...a, range: { low: 14, high: 20 } }, wait: a }))).toEqual([
      'invalid_value:$.outcomes[0].byOption.a.numerator',
    ]);
    // Near miss: the number at the edge of its range.
    expect(codesAt(withChances({ a: { ...a, range: { low: 12, high: 20 } }, wait: a }))).toEqual([]);
  });

  it('checks risk-profile numbers too: exact, inside their range, and never read from Object.prototype', () => {
    const profiled = { ...a, profiles: { high: { numerator: 2.125 } } };
    expect(codesAt(withChances({ a: profiled, wait: a }))).toEqual(['inexact_numbers:$.outcomes[0].byOption']);
    const ranged = { ...a, profiles: { high: { numerator: 30, range: { low: 1, high: 5 } } } };
    expect(codesAt(withChances({ a: ranged, wait: a }))).toEqual([
      'invalid_value:$.outcomes[0].byOption.a.profiles.high.numerator',
    ]);
    // An id that names an Object.prototype member is refused with its path; it never reaches a lookup.
    const proto = { ...doc, riskProfiles: [{ id: 'constructor', label: 'Odd id' }] };
    expect(codesAt(proto)).toEqual(['invalid_value:$.riskProfiles[0].id']);
  });

  it('reads figures given as differences from a reference option (comparedWith), whose own entry is null', () => {
    expect(codesAt(withChances({ a, wait: null }))).toEqual([]);
    expect(codesAt({ ...doc, outcomes: [{ ...o, byOption: { a, wait: null }, comparedWith: 'wait' }] })).toEqual([]);
    expect(codesAt({ ...doc, outcomes: [{ ...o, comparedWith: 'wait' }] })).toEqual([
      'invalid_value:$.outcomes[0].byOption.wait',
    ]);
    expect(codesAt({ ...doc, outcomes: [{ ...o, byOption: { a, wait: null }, comparedWith: 'nope' }] })).toEqual([
      'unknown_reference:$.outcomes[0].comparedWith',
    ]);
  });

  it('takes test accuracy per option and a sourced recommendation with its strength', () => {
    const chance = (numerator: number) => ({ ...a, numerator, denominator: 1000 });
    const screening = {
      measures: 'What the test looks for.',
      truePositive: chance(5),
      falsePositive: chance(29),
      falseNegative: chance(2),
      afterPositive: 'More tests.',
      afterNegative: 'Test again later.',
      truePositiveText: 'Found',
      falsePositiveText: 'False alarm',
      falseNegativeText: 'Missed',
    };
    const [first, second] = doc.options;
    const perOption = { ...doc, kind: 'screening', options: [{ ...first!, screening }, second!] };
    expect(codesAt(perOption)).toEqual([]);
    const inexact = { ...screening, falseNegative: { ...chance(2), numerator: 2.25 } };
    expect(codesAt({ ...perOption, options: [{ ...first!, screening: inexact }, second!] })).toEqual([
      'inexact_numbers:$.options[0].screening',
    ]);
    const recommendation = { text: 'We suggest option A.', strength: 'Weak', sourceIds: ['s1'] };
    const parsed = parseDecisionAid({ ...doc, recommendation });
    expect(parsed.ok && parsed.value.recommendation?.strength).toBe('weak');
    expect(codesAt({ ...doc, recommendation: { ...recommendation, sourceIds: ['x'] } })).toEqual([
      'unknown_reference:$.recommendation.sourceIds[0]',
    ]);
    expect(codesAt({ ...doc, recommendation: { ...recommendation, sourceIds: [] } })).toEqual([
      'too_short:$.recommendation.sourceIds',
    ]);
  });
});

describe('decision aid limits: refused past them with a path, warned well before', () => {
  const doc = testDecisionAid();
  const values = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `v${i + 1}`, label: `Consideration ${i + 1}`, supports: ['a'] }));
  const steps = (n: number) => Array.from({ length: n }, (_, i) => `Step ${i + 1}`);

  it('takes each list up to its limit and refuses one more, at that list', () => {
    expect(codesAt({ ...doc, values: values(DECISION_AID_LIMITS.values) })).toEqual([]);
    expect(codesAt({ ...doc, values: values(DECISION_AID_LIMITS.values + 1) })).toEqual(['too_long:$.values']);
    expect(codesAt({ ...doc, nextSteps: steps(DECISION_AID_LIMITS.nextSteps + 1) })).toEqual(['too_long:$.nextSteps']);
    const options = Array.from({ length: DECISION_AID_LIMITS.options + 1 }, (_, i) => ({
      ...doc.options[0],
      id: `o${i}`,
    }));
    const r = parseDecisionAid({ ...doc, options });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issues.find((i) => i.path === '$.options')?.message).toBe(
      'At most 12 options: a patient cannot weigh more.',
    );
  });

  it('lint warns past the advised size, not at it', () => {
    const warned = (d: unknown) =>
      lintDecisionAid(d)
        .issues.filter((i) => i.code === 'too-many')
        .map((i) => `${i.severity}:${i.path}`);
    expect(warned({ ...doc, values: values(DECISION_AID_ADVISED.values) })).toEqual([]);
    expect(warned({ ...doc, values: values(DECISION_AID_ADVISED.values + 1) })).toEqual(['warning:$.values']);
    expect(warned({ ...doc, nextSteps: steps(DECISION_AID_ADVISED.nextSteps + 1) })).toEqual(['warning:$.nextSteps']);
  });
});
