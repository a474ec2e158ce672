import { newSymptomTemplates } from '@sdmkit/content';
import { HeadingLevelProvider, Section } from '@sdmkit/ui';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInRoot } from '../test-utils/render.js';
import { VisitPrep } from '../VisitPrep/VisitPrep.js';
import { VisitPrepRoot } from '../VisitPrepRoot/VisitPrepRoot.js';
import { WhatMatters } from '../WhatMatters/WhatMatters.js';

// SectionFrame, seen through a section that uses it.
describe('a visit-prep section', () => {
  it('is a region named by its h3 heading, on its own as in the flow', () => {
    renderInRoot(<WhatMatters />);
    const region = screen.getByRole('region', { name: 'What matters to you' });
    expect(within(region).getByRole('heading', { level: 3, name: 'What matters to you' })).toBeInTheDocument();
  });

  it('in the flow, sits under the h2 title', () => {
    render(<VisitPrep content={newSymptomTemplates.en} />);
    expect(screen.getByRole('heading', { level: 2, name: newSymptomTemplates.en.title })).toBeInTheDocument();
    const first = newSymptomTemplates.en.sections[0]?.title ?? '';
    expect(screen.getByRole('heading', { level: 3, name: first })).toBeInTheDocument();
  });

  it('takes the level of where the host puts it', () => {
    render(
      <HeadingLevelProvider level={2}>
        <VisitPrepRoot content={newSymptomTemplates.en}>
          <WhatMatters />
        </VisitPrepRoot>
      </HeadingLevelProvider>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'What matters to you' })).toBeInTheDocument();
  });

  it('follows a section of the host around it', () => {
    render(
      <Section heading="Before your visit">
        <VisitPrepRoot content={newSymptomTemplates.en}>
          <WhatMatters />
        </VisitPrepRoot>
      </Section>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Before your visit' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'What matters to you' })).toBeInTheDocument();
  });
});
