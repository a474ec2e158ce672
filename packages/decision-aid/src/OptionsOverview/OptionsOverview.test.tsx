import { prostateTreatmentEn } from '@sdmkit/content';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInProvider } from '../test-utils/render.js';
import { OptionsOverview } from './OptionsOverview.js';

describe('OptionsOverview', () => {
  it('shows every option with the same parts in the same order (Q3-Q6, C1)', () => {
    const { container } = renderInProvider(prostateTreatmentEn, <OptionsOverview />);
    const options = container.querySelectorAll('.sdm-OptionsOverview__option');
    expect(options).toHaveLength(3);
    const shape = (el: Element) =>
      [...el.querySelectorAll('h4, h5, [data-part], dt')]
        .map((n) => n.getAttribute('data-part') ?? n.tagName)
        .join(',');
    const shapes = [...options].map(shape);
    expect(new Set(shapes).size).toBe(1);
    for (const [i, o] of prostateTreatmentEn.options.entries()) {
      const el = options[i]!;
      expect(el.querySelectorAll('[data-part="benefits"] li')).toHaveLength(o.benefits.length);
      expect(el.querySelectorAll('[data-part="harms"] li')).toHaveLength(o.harms.length);
      expect(el.querySelectorAll('[data-part="livingWith"] dd')).toHaveLength(4);
    }
    // Nothing highlighted or pre-selected: no option carries state.
    expect(container.querySelectorAll('[aria-current], [aria-selected="true"], [data-state="selected"]')).toHaveLength(
      0,
    );
    expect(
      screen.getByText(
        'Regular PSA blood tests and check-ups. You have surgery or radiotherapy later only if the cancer seems to grow.',
      ),
    ).toBeVisible();
  });
});
