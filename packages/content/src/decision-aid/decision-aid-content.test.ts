import { lintDecisionAid, parseDecisionAid, planIconArrays } from '@sdmkit/core';
import { describe, expect, it } from 'vitest';
import { decisionAids, mammographyScreeningEn, prostateTreatmentEn } from './index.js';

const all = Object.values(decisionAids).flatMap((byLocale) => Object.values(byLocale));

describe('example decision aids', () => {
  it.each(all.map((d) => [`${d.id} (${d.locale})`, d] as const))('%s parses and passes the lint', (_name, doc) => {
    expect(parseDecisionAid(doc).issues).toEqual([]);
    const report = lintDecisionAid(doc, { today: new Date('2026-11-22T00:00:00Z') });
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(report.criteria.every((c) => c.met)).toBe(true);
    expect(doc.meta.demonstration).toBe(true);
  });

  it('every translation keeps the same ids and numbers as English', () => {
    for (const byLocale of Object.values(decisionAids)) {
      const strip = (d: (typeof all)[number]) =>
        JSON.stringify({
          options: d.options.map((o) => o.id),
          outcomes: d.outcomes.map((o) => Object.values(o.byOption).map((p) => [p?.numerator, p?.denominator])),
          screening: d.screening && [
            d.screening.truePositive.numerator,
            d.screening.falsePositive.numerator,
            d.screening.falseNegative.numerator,
          ],
          values: d.values.map((v) => [v.id, v.supports]),
          faq: d.faq.map((r) => [r.id, Object.keys(r.answers), Object.values(r.answers).map((a) => a === null)]),
        });
      const en = byLocale.en;
      if (!en) throw new Error('English is required');
      for (const doc of Object.values(byLocale)) expect(strip(doc)).toBe(strip(en));
    }
  });

  it('the screening example shows its published chances exactly: 5.5, 2.9 % and 1.8 as 55, 290, 18 of 10,000', () => {
    const s = mammographyScreeningEn.screening;
    if (!s) throw new Error('screening block missing');
    const plan = planIconArrays([s.truePositive, s.falsePositive, s.falseNegative]);
    expect(plan).toMatchObject({ ok: true, scale: 10000 });
    if (plan.ok) expect(plan.counts.map((c) => c.events)).toEqual([55, 290, 18]);
  });

  it('the treatment example shows each ProtecT group person by person: 8 of 545, 5 of 553, 4 of 545', () => {
    const o = prostateTreatmentEn.outcomes[0]!;
    const plan = planIconArrays(Object.values(o.byOption).filter((p) => p !== null));
    expect(plan).toMatchObject({ ok: true, scale: null });
    if (plan.ok)
      expect(plan.counts.map((c) => [c.events, c.total])).toEqual([
        [8, 545],
        [5, 553],
        [4, 545],
      ]);
  });
});
