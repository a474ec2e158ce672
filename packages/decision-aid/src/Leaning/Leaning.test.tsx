import { prostateTreatmentEn } from '@sdmkit/content';
import type { DecisionAidInput } from '@sdmkit/core';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInProvider } from '../test-utils/render.js';
import { Leaning } from './Leaning.js';

describe('Leaning', () => {
  it('offers every option and "not sure yet", none pre-selected, and reports the change', () => {
    const onValueChange = vi.fn<(i: DecisionAidInput) => void>();
    renderInProvider(prostateTreatmentEn, <Leaning />, { onValueChange });
    const radios = screen.getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual([
      'Active monitoring Waiting or no treatment', // the status-quo option, named as such
      'Surgery (removing the prostate)',
      'Radiotherapy',
      'Not sure yet',
    ]);
    expect(radios.some((r) => (r as HTMLInputElement).checked)).toBe(false);
    fireEvent.click(screen.getByRole('radio', { name: 'Not sure yet' }));
    expect(onValueChange).toHaveBeenLastCalledWith(expect.objectContaining({ leaning: 'unsure' }));
  });
});
