import { prostateTreatmentEn } from '@sdmkit/content';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInProvider } from '../test-utils/render.js';
import { OptionGrid } from './OptionGrid.js';

describe('OptionGrid', () => {
  it('answers every question for every option and says "No data", never an empty cell (C1)', () => {
    renderInProvider(prostateTreatmentEn, <OptionGrid />);
    const table = screen.getByRole('table', { name: 'Common questions, answered for each option' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Question', 'Active monitoring', 'Surgery (removing the prostate)', 'Radiotherapy']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(prostateTreatmentEn.faq.length);
    for (const row of rows) {
      const cells = within(row).getAllByRole('cell');
      expect(cells).toHaveLength(3);
      for (const c of cells) expect(c.textContent?.trim()).not.toBe('');
    }
    const costRow = within(table).getByRole('rowheader', { name: 'What will it cost me?' }).closest('tr')!;
    expect(within(costRow).getAllByText('No data')).toHaveLength(3);
  });
});
