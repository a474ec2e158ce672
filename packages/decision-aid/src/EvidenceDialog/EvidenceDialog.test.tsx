import { prostateTreatmentEn } from '@sdmkit/content';
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
});
