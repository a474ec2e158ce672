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
    ).toEqual([
      'Question',
      'Active monitoring Waiting or no treatment',
      'Surgery (removing the prostate)',
      'Radiotherapy',
    ]);
    // The status-quo option is labelled as such, in its header's accessible name.
    expect(
      within(table).getByRole('columnheader', { name: 'Active monitoring Waiting or no treatment' }),
    ).toBeInTheDocument();
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

  it('also renders one card per option for narrow screens: every question, in the same order, "No data" kept', () => {
    renderInProvider(prostateTreatmentEn, <OptionGrid />);
    // jsdom applies no stylesheet, so both are present here; the container query shows exactly one (e2e layout).
    const list = screen.getByRole('list', { name: 'Common questions, answered for each option' });
    const cards = within(list).getAllByRole('listitem');
    expect(cards.map((c) => within(c).getByRole('heading', { level: 4 }).textContent)).toEqual(
      prostateTreatmentEn.options.map((o) => o.title),
    );
    const questions = prostateTreatmentEn.faq.map((row) => row.question);
    for (const card of cards) expect([...card.querySelectorAll('dt')].map((dt) => dt.textContent)).toEqual(questions);
    expect(cards.map((card) => [...card.querySelectorAll('dd')].map((dd) => dd.textContent))).toEqual(
      prostateTreatmentEn.options.map((o) => prostateTreatmentEn.faq.map((row) => row.answers[o.id] ?? 'No data')),
    );
  });
});
