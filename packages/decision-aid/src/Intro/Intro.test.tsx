import { prostateTreatmentEn } from '@sdmkit/content';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInProvider } from '../test-utils/render.js';
import { Intro } from './Intro.js';

describe('Intro', () => {
  it('describes the condition (Q1), states the decision as a question (Q2) and marks demonstration content', () => {
    renderInProvider(prostateTreatmentEn, <Intro />);
    expect(screen.getByRole('heading', { level: 2, name: prostateTreatmentEn.meta.title })).toBeInTheDocument();
    expect(screen.getByText(prostateTreatmentEn.condition.description)).toBeInTheDocument();
    expect(screen.getByText('Should I choose active monitoring, surgery or radiotherapy?')).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Demonstration content' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'About the evidence' })).toBeInTheDocument();
  });

  it("shows a guideline recommendation as the guideline's: its words, its strength and its source", () => {
    // The BMJ Rapid Recommendation on colorectal cancer screening (Helsingen et al. 2019), its weak recommendation
    // for people with a 15-year risk above 3%. Test content, never shown to patients.
    const doc = {
      ...prostateTreatmentEn,
      meta: {
        ...prostateTreatmentEn.meta,
        sources: [
          ...prostateTreatmentEn.meta.sources,
          {
            id: 'helsingen-2019',
            citation:
              'Helsingen LM, Vandvik PO, Jodal HC, et al. Colorectal cancer screening with faecal immunochemical testing, sigmoidoscopy or colonoscopy: a clinical practice guideline. BMJ. 2019;367:l5515.',
            doi: '10.1136/bmj.l5515',
          },
        ],
      },
      recommendation: {
        text: 'For people with an estimated 15-year risk of colorectal cancer above 3%, we suggest screening with one of the four screening options.',
        strength: 'weak' as const,
        sourceIds: ['helsingen-2019'],
      },
    };
    renderInProvider(doc, <Intro />);
    expect(screen.getByRole('heading', { level: 3, name: 'What a guideline says' })).toBeInTheDocument();
    expect(screen.getByText(/we suggest screening with one of the four/)).toBeInTheDocument();
    expect(screen.getByText(/^Weak recommendation: most informed people would choose this/)).toHaveAttribute(
      'data-strength',
      'weak',
    );
    expect(screen.getByText(/^Source: Helsingen LM, Vandvik PO/)).toHaveClass('sdm-Intro__source');
  });

  it('shows no recommendation section when the content cites none', () => {
    renderInProvider(prostateTreatmentEn, <Intro />);
    expect(screen.queryByRole('heading', { name: 'What a guideline says' })).toBeNull();
  });
});
