import { prostateTreatmentEn } from '@sdmkit/content';
import type { DecisionAidDocument } from '@sdmkit/core';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInProvider } from '../test-utils/render.js';
import { EvidenceDialog } from './EvidenceDialog.js';

describe('EvidenceDialog', () => {
  it('shows sources (C2), dates (C3), update policy (C4), funding and conflicts (C6)', () => {
    renderInProvider(prostateTreatmentEn, <EvidenceDialog today={new Date('2026-12-01')} />);
    fireEvent.click(screen.getByRole('button', { name: 'About the evidence' }));
    const dialog = screen.getByRole('dialog', { name: 'About the evidence' });
    expect(within(dialog).getByText('2026-11-21')).toBeInTheDocument();
    expect(within(dialog).getByText('2027-11-21')).toBeInTheDocument();
    expect(within(dialog).getByText(prostateTreatmentEn.meta.updatePolicy!)).toBeInTheDocument();
    expect(within(dialog).getByText(prostateTreatmentEn.meta.funding)).toBeInTheDocument();
    expect(within(dialog).getByText(prostateTreatmentEn.meta.conflictsOfInterest)).toBeInTheDocument();
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(prostateTreatmentEn.meta.sources.length);
    expect(within(dialog).getByRole('link', { name: 'doi:10.1056/NEJMoa1606220' })).toHaveAttribute(
      'href',
      'https://doi.org/10.1056/NEJMoa1606220',
    );
    expect(within(dialog).queryByText(/review date has passed/)).toBeNull();
  });

  it('warns when the review date has passed (C4)', () => {
    renderInProvider(prostateTreatmentEn, <EvidenceDialog defaultOpen today={new Date('2028-01-01')} />);
    expect(screen.getByText('The review date has passed. Some information may be out of date.')).toBeInTheDocument();
  });

  it('lists each certainty rating the outcomes use once, and links a source by URL when it has no DOI', () => {
    const [o] = prostateTreatmentEn.outcomes;
    if (!o) throw new Error('fixture has no outcome');
    const rated = Object.fromEntries(
      Object.entries(o.byOption).map(([id, p], i) => [
        id,
        p && { ...p, certainty: i === 0 ? ('low' as const) : ('moderate' as const) },
      ]),
    );
    const [first, ...rest] = prostateTreatmentEn.meta.sources;
    if (!first) throw new Error('fixture has no source');
    const doc: DecisionAidDocument = {
      ...prostateTreatmentEn,
      meta: {
        ...prostateTreatmentEn.meta,
        sources: [{ id: first.id, citation: first.citation, url: 'https://example.org/report' }, ...rest],
      },
      outcomes: [
        { ...o, byOption: rated },
        { ...o, id: 'again', byOption: rated },
      ],
    };
    renderInProvider(doc, <EvidenceDialog defaultOpen today={new Date('2026-12-01')} />);
    const dialog = screen.getByRole('dialog', { name: 'About the evidence' });
    expect(within(dialog).getAllByText(/^Low certainty/)).toHaveLength(1);
    expect(within(dialog).getAllByText(/^Moderate certainty/)).toHaveLength(1);
    expect(within(dialog).getByRole('link', { name: 'https://example.org/report' })).toHaveAttribute(
      'href',
      'https://example.org/report',
    );
  });
});
