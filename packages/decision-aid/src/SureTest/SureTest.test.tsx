import { prostateTreatmentEn } from '@sdmkit/content';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInProvider } from '../test-utils/render.js';
import { SureTest } from './SureTest.js';

const answer = (name: RegExp, yes: boolean) =>
  fireEvent.click(within(screen.getByRole('group', { name })).getByRole('radio', { name: yes ? 'Yes' : 'No' }));

describe('SureTest', () => {
  it('scores four items and names the help for each "no"', () => {
    const { container } = renderInProvider(prostateTreatmentEn, <SureTest />);
    answer(/feel sure/, true);
    answer(/benefits and risks of each/, false);
    answer(/which benefits and risks matter/, true);
    answer(/support and advice/, false);
    expect(screen.getByText('Your score: 2 out of 4.')).toBeInTheDocument();
    expect([...container.querySelectorAll('[data-help]')].map((li) => li.getAttribute('data-help'))).toEqual([
      'information',
      'support',
    ]);
    answer(/benefits and risks of each/, true);
    answer(/support and advice/, true);
    expect(screen.getByText('You answered yes to all four questions.')).toBeInTheDocument();
  });

  it('shows only the result when read-only (encounter glance)', () => {
    renderInProvider(prostateTreatmentEn, <SureTest readOnly />, {
      defaultValue: {
        ratings: {},
        ownConcerns: [],
        knowledge: {},
        sure: { sure: false, understand: true, riskBenefit: true, encouragement: true },
        leaning: null,
        riskProfileId: null,
        completedAt: null,
      },
    });
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.getByText('Your score: 3 out of 4.')).toBeInTheDocument();
  });
});
