import { describe, expect, it } from 'vitest';
import { parseDecisionAidInput } from './input.js';
import { matchRiskProfile, riskProfileCodes } from './record.js';
import { type DecisionAidDocument, parseDecisionAid, type RiskProfile } from './schema.js';
import { createDecisionAidStore } from './store.js';
import { testDecisionAid } from './test-utils/fixture.js';

// Test-only codes and ranges for the machinery (not clinical advice).
const SCT = 'http://snomed.info/sct';
const LOINC = 'http://loinc.org';

function withProfiles(riskProfiles: RiskProfile[]): DecisionAidDocument {
  return { ...testDecisionAid(), riskProfiles };
}

const profiles: RiskProfile[] = [
  {
    id: 'high',
    label: 'Higher risk',
    record: {
      conditions: [{ system: SCT, code: '111' }],
      observations: [{ system: LOINC, code: '2857-1', unit: 'ng/mL', low: 10 }],
    },
  },
  {
    id: 'low',
    label: 'Lower risk',
    record: { observations: [{ system: LOINC, code: '2857-1', unit: 'ng/mL', high: 10 }] },
  },
];

describe('risk profiles from the record', () => {
  it('parses profiles that say where the record shows them, and refuses matches that cannot match', () => {
    expect(parseDecisionAid(withProfiles(profiles)).ok).toBe(true);
    const bad = parseDecisionAid(
      withProfiles([{ id: 'd', label: 'D', record: { conditions: [{ system: SCT, code: 'has space' }] } }]),
    );
    expect(bad.issues.map((i) => [i.path, i.code])).toEqual([
      ['$.riskProfiles[0].record.conditions[0].code', 'invalid_format'],
    ]);
    const refined = parseDecisionAid(
      withProfiles(
        profiles.slice(0, 0).concat([
          { id: 'a', label: 'A', record: {} },
          { id: 'b', label: 'B', record: { observations: [{ system: LOINC, code: 'x', unit: '%' }] } },
          { id: 'c', label: 'C', record: { observations: [{ system: LOINC, code: 'x', unit: '%', low: 5, high: 5 }] } },
        ]),
      ),
    );
    expect(refined.issues.map((i) => [i.path, i.code])).toEqual([
      ['$.riskProfiles[0].record', 'required'],
      ['$.riskProfiles[1].record.observations[0]', 'invalid_value'],
      ['$.riskProfiles[2].record.observations[0]', 'invalid_value'],
    ]);
  });

  it('lists each code to ask the record for once', () => {
    expect(riskProfileCodes(withProfiles(profiles))).toEqual({
      conditions: [{ system: SCT, code: '111' }],
      observations: [{ system: LOINC, code: '2857-1' }],
    });
    expect(riskProfileCodes(testDecisionAid())).toEqual({ conditions: [], observations: [] });
  });

  it('offers the one profile the record matches: by condition, or by a result in range and in the same unit', () => {
    const doc = withProfiles(profiles);
    const none = { conditions: [], observations: [] };
    expect(matchRiskProfile(doc, { ...none, conditions: [{ system: SCT, code: '111' }] })).toEqual({
      riskProfileId: 'high',
      matched: ['high'],
    });
    const psa = (value: number, unit = 'ng/mL') => ({
      ...none,
      observations: [{ system: LOINC, code: '2857-1', value, unit }],
    });
    expect(matchRiskProfile(doc, psa(10)).riskProfileId).toBe('high'); // low is included
    expect(matchRiskProfile(doc, psa(9.9)).riskProfileId).toBe('low'); // high is not
    expect(matchRiskProfile(doc, psa(10, 'ug/L'))).toEqual({ riskProfileId: null, matched: [] }); // never converted
    expect(matchRiskProfile(doc, { ...none, conditions: [{ system: 'http://other', code: '111' }] }).matched).toEqual(
      [],
    );
    // The record puts the patient in two groups: nothing is offered, the patient chooses.
    expect(
      matchRiskProfile(doc, { conditions: [{ system: SCT, code: '111' }], observations: psa(3).observations }),
    ).toEqual({ riskProfileId: null, matched: ['high', 'low'] });
  });

  it('chooses the record’s profile only where the patient has not chosen, marks it, and the patient’s choice clears the mark', () => {
    const doc = withProfiles(profiles);
    const s = createDecisionAidStore(doc);
    const a = s.getState().actions;
    expect(a.addFromRecord({ riskProfileId: 'nope' })).toBe(false);
    expect(a.addFromRecord({ riskProfileId: null })).toBe(false);
    expect(s.getState().input.riskProfileId).toBeNull();
    expect(a.addFromRecord({ riskProfileId: 'high' })).toBe(true);
    expect(s.getState().input).toMatchObject({ riskProfileId: 'high', riskProfileFromRecord: true });
    expect(parseDecisionAidInput(s.getState().input, doc).ok).toBe(true);
    // A second read of the record does not overwrite.
    expect(a.addFromRecord({ riskProfileId: 'low' })).toBe(false);
    a.setRiskProfile('high'); // the patient confirms it
    expect(s.getState().input.riskProfileFromRecord).toBeUndefined();
    a.setRiskProfile('low');
    expect(s.getState().input.riskProfileId).toBe('low');
    expect(a.addFromRecord({ riskProfileId: 'high' })).toBe(false);
    expect(s.getState().input.riskProfileId).toBe('low');
  });

  it('refuses read-back input marked from the record without a profile', () => {
    const doc = withProfiles(profiles);
    const input = { ...createDecisionAidStore(doc).getState().input, riskProfileFromRecord: true };
    const r = parseDecisionAidInput(input, doc);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.path)).toEqual(['$.riskProfileFromRecord']);
  });
});
