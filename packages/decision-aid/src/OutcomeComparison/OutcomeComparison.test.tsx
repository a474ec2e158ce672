import { mammographyScreeningEn, prostateTreatmentEn } from '@sdmkit/content';
import { type DecisionAidDocument, type DecisionAidInput, emptyDecisionAidInput, parseDecisionAid } from '@sdmkit/core';
import { fireEvent, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderInProvider } from '../test-utils/render.js';
import { OutcomeComparison } from './OutcomeComparison.js';

/**
 * A colorectal-screening comparison encoded as a new author would, from Buskermolen et al. 2019 (BMJ 367:l5383,
 * the modelling study behind the BMJ Rapid Recommendation on colorectal cancer screening): for people aged 50-79
 * with a 3% 15-year risk, over 15 years, annual FIT or one colonoscopy avoids 6 colorectal cancer deaths per
 * 1,000 people screened, biennial FIT or one sigmoidoscopy 5 per 1,000. Only these four published figures are
 * used; "no screening" is the reference and has none of its own. Test content, never shown to patients.
 */
function colorectalStyle(): DecisionAidDocument {
  const base = prostateTreatmentEn;
  const template = base.options[0]!;
  const ids = ['none', 'fit-yearly', 'fit-2-yearly', 'sigmoidoscopy', 'colonoscopy'] as const;
  const titles = ['No screening', 'FIT every year', 'FIT every 2 years', 'Sigmoidoscopy once', 'Colonoscopy once'];
  const avoided = (numerator: number) => ({
    numerator,
    denominator: 1000,
    timeFrame: 'over 15 years',
    population: 'people aged 50 to 79 with a 3 in 100 chance of bowel cancer in 15 years',
    certainty: 'low' as const,
    sourceIds: ['buskermolen-2019'],
  });
  return {
    ...base,
    id: 'colorectal-screening-test',
    kind: 'screening',
    meta: {
      ...base.meta,
      sources: [
        {
          id: 'buskermolen-2019',
          citation:
            'Buskermolen M, Cenin DR, Helsingen LM, et al. Colorectal cancer screening with faecal immunochemical testing, sigmoidoscopy or colonoscopy: a microsimulation modelling study. BMJ. 2019;367:l5383.',
          doi: '10.1136/bmj.l5383',
        },
      ],
    },
    options: ids.map((id, i) => ({
      ...template,
      id,
      title: titles[i]!,
      benefits: [],
      harms: [],
      ...(id === 'none' ? { statusQuo: true } : { statusQuo: false }),
    })),
    faq: [],
    values: [],
    knowledgeCheck: [],
    outcomes: [
      {
        id: 'crc-deaths-avoided',
        label: 'Bowel cancer deaths avoided',
        comparedWith: 'none',
        eventText: 'avoid dying of bowel cancer',
        nonEventText: 'do not',
        byOption: {
          none: null,
          'fit-yearly': avoided(6),
          'fit-2-yearly': avoided(5),
          sigmoidoscopy: avoided(5),
          colonoscopy: avoided(6),
        },
      },
    ],
  };
}

/** "6 out of 1000" -> [6, 1000]: the figure a patient reads. */
const figure = (words: string) => {
  const m = /(\d+) out of (\d+)/.exec(words);
  return m ? [Number(m[1]), Number(m[2])] : null;
};

describe('OutcomeComparison', () => {
  it('shows 5 and 6 per 1,000 as 5 and 6 out of 1,000 in the arrays, their words and their tables', () => {
    const doc = colorectalStyle();
    expect(parseDecisionAid(doc).issues).toEqual([]);
    const { container } = renderInProvider(doc, <OutcomeComparison />);
    const arrays = [...container.querySelectorAll('.sdm-IconArray')];
    expect(arrays.map((a) => a.getAttribute('data-total'))).toEqual(['1000', '1000', '1000', '1000']);
    const expected = [6, 5, 5, 6];
    arrays.forEach((a, i) => {
      const n = expected[i]!;
      expect(within(a as HTMLElement).getByRole('img')).toHaveAccessibleName(
        `${doc.options[i + 1]!.title}: ${n} out of 1000 avoid dying of bowel cancer. ${1000 - n} out of 1000 do not.`,
      );
      expect(a.querySelector('.sdm-IconArray__line strong')).toHaveTextContent(`${n} out of 1000`);
      expect(a.querySelector('tbody td')).toHaveTextContent(`${n} out of 1000`);
      expect(a.querySelector('.sdm-IconArray__event')).toHaveAttribute('data-count', String(n));
    });
    expect(screen.getByText(/^Out of 1000 people: people aged 50 to 79/)).toBeInTheDocument();
    // The figures are differences from no screening: said once, and the reference option says what it is.
    expect(screen.getByText('Compared with No screening.')).toBeInTheDocument();
    expect(screen.getByText('The other options are compared with this one.')).toBeInTheDocument();
    expect(screen.queryByText('No data for this option.')).toBeNull();
  });

  it('shows each ProtecT group person by person: 8 of 545, 5 of 553, 4 of 545, never "1 out of 100"', () => {
    const { container } = renderInProvider(prostateTreatmentEn, <OutcomeComparison />);
    const arrays = container.querySelectorAll('.sdm-IconArray');
    expect([...arrays].map((a) => a.getAttribute('data-total'))).toEqual(['545', '553', '545']);
    expect(
      screen.getByRole('img', {
        name: 'Active monitoring: 8 out of 545 died of prostate cancer. 537 out of 545 did not die of prostate cancer.',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /^Surgery \(removing the prostate\): 5 out of 553 died/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /^In the study: men aged 50 to 69.*Each picture shows every person in one group of the study\.$/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/could be due to chance/)).toBeInTheDocument(); // C5 uncertainty
  });

  it('shows screening chances exactly on 10,000 icons with what happens after each result', () => {
    const { container } = renderInProvider(mammographyScreeningEn, <OutcomeComparison />);
    const arrays = [...container.querySelectorAll('.sdm-IconArray')];
    expect(arrays.map((a) => a.getAttribute('data-total'))).toEqual(['10000', '10000', '10000']);
    expect(screen.getByRole('img', { name: /^Cancer found by the mammogram: 55 out of 10000/ })).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /^Called back, but no cancer \(false alarm\): 290 out of 10000/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Cancer missed.*: 18 out of 10000/ })).toBeInTheDocument();
    expect(screen.getByText('If the result is abnormal')).toBeInTheDocument();
    expect(screen.getByText('If the result is normal')).toBeInTheDocument();
  });

  it("property: for any content the parser accepts, every figure on screen equals the content's figure", () => {
    const doc = colorectalStyle();
    const options = doc.options.slice(1);
    fc.assert(
      fc.property(
        fc.constantFrom(100, 1000, 10000),
        fc.array(fc.nat({ max: 10000 }), { minLength: options.length, maxLength: options.length }),
        (denominator, raw) => {
          const numerators = raw.map((n) => n % (denominator + 1));
          const o = doc.outcomes[0]!;
          const byOption = Object.fromEntries(
            options.map((opt, i) => [opt.id, { ...o.byOption.colonoscopy!, numerator: numerators[i]!, denominator }]),
          );
          const candidate = { ...doc, outcomes: [{ ...o, byOption: { ...byOption, none: null } }] };
          const parsed = parseDecisionAid(candidate);
          if (!parsed.ok) return false; // whole numbers on a round scale are always accepted
          const view = renderInProvider(parsed.value, <OutcomeComparison />);
          try {
            const arrays = [...view.container.querySelectorAll('.sdm-IconArray')];
            return arrays.every((a, i) => {
              const shown = [
                within(a as HTMLElement)
                  .getByRole('img')
                  .getAttribute('aria-label') ?? '',
                a.querySelector('.sdm-IconArray__line strong')?.textContent ?? '',
                a.querySelector('tbody td')?.textContent ?? '',
              ].map(figure);
              // events / total == numerator / denominator, compared without division.
              return shown.every((f) => f !== null && f[0]! * denominator === numerators[i]! * f[1]!);
            });
          } finally {
            view.unmount();
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it("shows test accuracy per option, each under its option's name", () => {
    const doc = colorectalStyle();
    const s = mammographyScreeningEn.screening!; // structure only: the same chances under two options
    const options = doc.options.map((o) =>
      o.id === 'fit-yearly' || o.id === 'colonoscopy' ? { ...o, screening: s } : o,
    );
    const { container } = renderInProvider({ ...doc, options }, <OutcomeComparison />);
    expect(screen.getByRole('heading', { name: 'What the test can show: FIT every year' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What the test can show: Colonoscopy once' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'What the test can show' })).toBeNull();
    expect(container.querySelectorAll('.sdm-OutcomeComparison__screening .sdm-IconArray')).toHaveLength(6);
  });

  it('tailors numbers to a chosen risk profile, exactly', () => {
    const base = prostateTreatmentEn;
    const o = base.outcomes[0]!;
    const doc: DecisionAidDocument = {
      ...base,
      riskProfiles: [{ id: 'higher', label: 'Higher-risk cancer' }],
      outcomes: [
        {
          ...o,
          byOption: {
            monitoring: { ...o.byOption.monitoring!, profiles: { higher: { numerator: 109 } } },
            surgery: o.byOption.surgery!,
            radiotherapy: null,
          },
        },
      ],
    };
    renderInProvider(doc, <OutcomeComparison />);
    expect(screen.getByText('No data for this option.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'Higher-risk cancer' }));
    expect(screen.getByRole('img', { name: /^Active monitoring: 109 out of 545/ })).toBeInTheDocument();
  });

  it('says a profile came from the record until the patient chooses, in their language', () => {
    const doc: DecisionAidDocument = {
      ...prostateTreatmentEn,
      riskProfiles: [
        { id: 'higher', label: 'Higher-risk cancer' },
        { id: 'lower', label: 'Lower-risk cancer' },
      ],
    };
    const fromRecord = { ...emptyDecisionAidInput(), riskProfileId: 'higher', riskProfileFromRecord: true as const };
    const changes: DecisionAidInput[] = [];
    const view = renderInProvider(doc, <OutcomeComparison />, {
      defaultValue: fromRecord,
      onValueChange: (i) => changes.push(i),
    });
    const group = screen.getByRole('group', { name: 'Numbers for people like you' });
    expect(within(group).getByRole('radio', { name: 'Higher-risk cancer' })).toBeChecked();
    expect(within(group).getByText(/^Chosen from your record: check it/)).toBeInTheDocument();
    fireEvent.click(within(group).getByRole('radio', { name: 'Lower-risk cancer' }));
    expect(within(group).queryByText(/from your record/)).toBeNull();
    expect(changes.at(-1)).toMatchObject({ riskProfileId: 'lower' });
    expect(changes.at(-1)?.riskProfileFromRecord).toBeUndefined();
    view.unmount();
    renderInProvider(doc, <OutcomeComparison />, { lng: 'ar', defaultValue: fromRecord });
    expect(screen.getByText(/^اختيرت من سجلك الطبي/)).toBeInTheDocument();
  });

  it('says so instead of drawing when a host passes unparsed numbers with mixed time frames', () => {
    const o = prostateTreatmentEn.outcomes[0]!;
    const doc: DecisionAidDocument = {
      ...prostateTreatmentEn,
      outcomes: [
        { ...o, byOption: { ...o.byOption, radiotherapy: { ...o.byOption.radiotherapy!, timeFrame: 'over 5 years' } } },
      ],
    };
    renderInProvider(doc, <OutcomeComparison />);
    expect(screen.getByText(/cannot be shown side by side/)).toBeInTheDocument();
  });
});
