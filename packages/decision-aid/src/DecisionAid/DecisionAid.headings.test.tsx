import { mammographyScreeningEn, prostateTreatmentEn } from '@sdmkit/content';
import { HeadingLevelProvider } from '@sdmkit/ui';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Intro } from '../Intro/Intro.js';
import { OptionGrid } from '../OptionGrid/OptionGrid.js';
import { renderInProvider } from '../test-utils/render.js';
import { DecisionAid } from './DecisionAid.js';

const heading = (level: number, name: string | RegExp) =>
  // `hidden`: some sit in closed <details>, still part of the outline.
  screen.getByRole('heading', { level, name, hidden: true });

describe('DecisionAid headings', () => {
  it('puts each step title at h2 and the step parts under it', () => {
    const { unmount } = render(<DecisionAid content={prostateTreatmentEn} />);
    expect(heading(2, 'About this decision')).toBeInTheDocument();
    expect(heading(3, prostateTreatmentEn.meta.title)).toBeInTheDocument();
    expect(heading(4, 'The condition')).toBeInTheDocument();
    unmount();

    render(<DecisionAid content={prostateTreatmentEn} defaultStep="options" />);
    expect(heading(2, 'Your options')).toBeInTheDocument();
    expect(heading(3, 'Your options')).toBeInTheDocument();
    expect(
      screen.getAllByRole('heading', { level: 4, name: 'Surgery (removing the prostate)', hidden: true }),
    ).toHaveLength(2);
    expect(
      screen.getAllByRole('heading', { level: 5, name: 'Possible benefits', hidden: true }).length,
    ).toBeGreaterThan(0);
    expect(heading(3, 'Compare your options')).toBeInTheDocument();
  });

  it('keeps the screening chances under the outcomes heading', () => {
    render(<DecisionAid content={mammographyScreeningEn} defaultStep="outcomes" />);
    expect(heading(2, 'What might happen')).toBeInTheDocument();
    expect(heading(3, 'What might happen with each option')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 4, name: /^What the test can show/ }).length).toBeGreaterThan(0);
    expect(screen.getAllByRole('heading', { level: 5, name: 'What the test looks for' }).length).toBeGreaterThan(0);
  });

  it('in encounter mode, the intro title is h2 and every part an h3 under it', () => {
    render(<DecisionAid content={prostateTreatmentEn} mode="encounter" />);
    expect(heading(2, prostateTreatmentEn.meta.title)).toBeInTheDocument();
    expect(heading(3, 'The decision')).toBeInTheDocument();
    expect(heading(3, 'Compare your options')).toBeInTheDocument();
    expect(heading(3, 'What matters to you')).toBeInTheDocument();
    expect(heading(4, 'How the options fit your ratings')).toBeInTheDocument();
    expect(heading(3, 'Your summary')).toBeInTheDocument();
  });

  it('starts where the host says, and everything follows', () => {
    render(
      <HeadingLevelProvider level={3}>
        <DecisionAid content={prostateTreatmentEn} defaultStep="values" />
      </HeadingLevelProvider>,
    );
    expect(heading(3, 'What matters to you')).toBeInTheDocument();
    expect(heading(4, 'What matters to you')).toBeInTheDocument();
    expect(heading(5, 'How the options fit your ratings')).toBeInTheDocument();
  });
});

describe('decision-aid parts on their own', () => {
  it('a part is an h3 under the intro h2, as in a host layout like encounter mode', () => {
    renderInProvider(
      prostateTreatmentEn,
      <>
        <Intro />
        <OptionGrid />
      </>,
    );
    expect(heading(2, prostateTreatmentEn.meta.title)).toBeInTheDocument();
    expect(heading(3, 'Compare your options')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 4, name: 'Radiotherapy', hidden: true })).toHaveLength(1);
  });

  it('a part takes the level the host gives it', () => {
    renderInProvider(
      prostateTreatmentEn,
      <HeadingLevelProvider level={2}>
        <OptionGrid />
      </HeadingLevelProvider>,
    );
    expect(heading(2, 'Compare your options')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3, name: 'Radiotherapy', hidden: true })).toHaveLength(1);
  });

  it('the intro still takes headingLevel, its own headings one below', () => {
    renderInProvider(prostateTreatmentEn, <Intro headingLevel={4} />);
    expect(heading(4, prostateTreatmentEn.meta.title)).toBeInTheDocument();
    expect(heading(5, 'The condition')).toBeInTheDocument();
  });
});
