// The FHIR label sets copy the widgets' own Spanish and Arabic wording (the fhir package depends on core only, so it
// cannot import the widget translations). This keeps the copies in step: what the patient reads on screen is what
// the record says.

import type { TranslationPack } from '@sdmkit/core';
import { decisionAidAr } from '@sdmkit/decision-aid/locales/ar';
import { decisionAidEs } from '@sdmkit/decision-aid/locales/es';
import { decisionAidFhirLabelsAr, visitPrepFhirLabelsAr } from '@sdmkit/fhir/labels/ar';
import { decisionAidFhirLabelsEs, visitPrepFhirLabelsEs } from '@sdmkit/fhir/labels/es';
import { visitPrepAr } from '@sdmkit/visit-prep/locales/ar';
import { visitPrepEs } from '@sdmkit/visit-prep/locales/es';
import { describe, expect, it } from 'vitest';

type Tree = { readonly [key: string]: string | Tree };

function messages(pack: TranslationPack, ns: string): Tree {
  const bundle = pack.bundles.find((b) => b.ns === ns);
  if (!bundle) throw new Error(`${pack.lng} pack has no ${ns}`);
  return bundle.messages as Tree;
}

const at = (tree: Tree, path: string): unknown => path.split('.').reduce<unknown>((t, k) => (t as Tree)?.[k], tree);

const cases = [
  { lng: 'es', da: decisionAidEs, vp: visitPrepEs, daLabels: decisionAidFhirLabelsEs, vpLabels: visitPrepFhirLabelsEs },
  { lng: 'ar', da: decisionAidAr, vp: visitPrepAr, daLabels: decisionAidFhirLabelsAr, vpLabels: visitPrepFhirLabelsAr },
];

describe.each(cases)('FHIR labels in $lng match the widget translations', ({ da, vp, daLabels, vpLabels }) => {
  it('decision aid: SURE questions, rating scale, "not sure yet", headings', () => {
    const m = messages(da, 'sdm-decision-aid');
    expect(daLabels.sureItems).toEqual(at(m, 'sure.items'));
    expect(daLabels.sure).toBe(at(m, 'sure.heading'));
    expect(daLabels.unsure).toBe(at(m, 'leaning.unsure'));
    expect(daLabels.knowledge).toBe(at(m, 'knowledge.heading'));
    for (const r of [0, 1, 2, 3, 4] as const) expect(daLabels.rating[r]).toBe(at(m, `rating.${r}`));
  });

  it('visit prep: severity levels and "are you taking it?" answers', () => {
    const m = messages(vp, 'sdm-visit-prep');
    for (const level of ['very-mild', 'mild', 'moderate', 'severe', 'very-severe'] as const)
      expect(vpLabels.severity[level]).toBe(at(m, `severity.${level}`));
    for (const answer of ['yes', 'sometimes', 'no'] as const)
      expect(vpLabels.taking[answer]).toBe(at(m, `taking.${answer}`));
  });
});
