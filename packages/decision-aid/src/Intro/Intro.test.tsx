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
});
