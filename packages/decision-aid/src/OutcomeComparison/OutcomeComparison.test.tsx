import { mammographyScreeningEn, prostateTreatmentEn } from '@sdmkit/content';
import type { DecisionAidDocument } from '@sdmkit/core';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInProvider } from '../test-utils/render.js';
import { OutcomeComparison } from './OutcomeComparison.js';

describe('OutcomeComparison', () => {
  it('draws one 100-icon array per option with numbers in words, population and time frame', () => {
    const { container } = renderInProvider(prostateTreatmentEn, <OutcomeComparison />);
    const arrays = container.querySelectorAll('.sdm-IconArray');
    expect(arrays).toHaveLength(3);
    for (const a of arrays) expect(a.getAttribute('data-total')).toBe('100');
    expect(
      screen.getByRole('img', {
        name: 'Active monitoring: 1 out of 100 died of prostate cancer. 99 out of 100 did not die of prostate cancer.',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Out of 100 people: men aged 50 to 69/)).toBeInTheDocument();
    expect(screen.getByText(/over about 10 years\.$/)).toBeInTheDocument();
    expect(screen.getByText(/could be due to chance/)).toBeInTheDocument(); // C5 uncertainty
  });

  it('shows screening chances on 1000 icons with what happens after each result', () => {
    const { container } = renderInProvider(mammographyScreeningEn, <OutcomeComparison />);
    const arrays = [...container.querySelectorAll('.sdm-IconArray')];
    expect(arrays.map((a) => a.getAttribute('data-total'))).toEqual(['1000', '1000', '1000']);
    expect(screen.getByRole('img', { name: /^Cancer found by the mammogram: 6 out of 1000/ })).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /^Called back, but no cancer \(false alarm\): 29 out of 1000/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Cancer missed.*: 2 out of 1000/ })).toBeInTheDocument();
    expect(screen.getByText('If the result is abnormal')).toBeInTheDocument();
    expect(screen.getByText('If the result is normal')).toBeInTheDocument();
  });

  it('refuses to compare mixed time frames and tailors numbers to a chosen risk profile', () => {
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
            radiotherapy: { ...o.byOption.radiotherapy!, timeFrame: 'over 5 years' },
          },
        },
      ],
    };
    const first = renderInProvider(doc, <OutcomeComparison />);
    expect(screen.getByText(/cannot be shown side by side/)).toBeInTheDocument();
    first.unmount();
    const fixed: DecisionAidDocument = {
      ...doc,
      outcomes: [{ ...doc.outcomes[0]!, byOption: { ...doc.outcomes[0]!.byOption, radiotherapy: null } }],
    };
    renderInProvider(fixed, <OutcomeComparison />);
    expect(screen.getByText('No data for this option.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'Higher-risk cancer' }));
    expect(screen.getByRole('img', { name: /^Active monitoring: 20 out of 100/ })).toBeInTheDocument();
  });
});
