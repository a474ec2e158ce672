import { mammographyScreeningEn, prostateTreatmentEn, prostateTreatmentEs } from '@sdmkit/content';
import type { DecisionAidDocument } from '@sdmkit/core';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Leaning } from '../Leaning/Leaning.js';
import { OptionGrid } from '../OptionGrid/OptionGrid.js';
import { OptionsOverview } from '../OptionsOverview/OptionsOverview.js';
import { renderInProvider } from '../test-utils/render.js';

/** Where the status-quo option is named: overview cards, grid column headers (and narrow cards), the leaning. */
const Everywhere = () => (
  <>
    <OptionsOverview />
    <OptionGrid />
    <Leaning />
  </>
);

const statusQuoIds = (doc: DecisionAidDocument) => doc.options.filter((o) => o.statusQuo).map((o) => o.id);

describe('status-quo label', () => {
  it.each([
    ['en', prostateTreatmentEn, 'Waiting or no treatment'],
    ['es', prostateTreatmentEs, 'Esperar o no tratar'],
    ['ar', prostateTreatmentEn, 'الانتظار أو عدم العلاج'],
    ['en', mammographyScreeningEn, 'Waiting or no treatment'],
  ] as [string, DecisionAidDocument, string][])(
    'names the statusQuo option in words wherever options are shown (%s, %#)',
    (lng, doc, label) => {
      const { container } = renderInProvider(doc, <Everywhere />, { lng });
      const [id] = statusQuoIds(doc);
      expect(statusQuoIds(doc)).toHaveLength(1);

      // Options overview: one card, below its title (the heading's name stays the option's title).
      const card = container.querySelector(`.sdm-OptionsOverview__option[data-option-id="${id}"]`) as HTMLElement;
      expect(within(card).getByText(label)).toBeVisible();
      expect(card.querySelector('h4')?.textContent).toBe(doc.options.find((o) => o.id === id)?.title);

      // Option grid: the column header, and the card that stands for it on narrow screens.
      const header = container.querySelector(`th[data-option-id="${id}"]`) as HTMLElement;
      expect(within(header).getByText(label)).toBeInTheDocument();
      expect(within(screen.getByRole('table')).getByRole('columnheader', { name: new RegExp(label) })).toBe(header);
      const gridCard = container.querySelector(`.sdm-OptionGrid__card[data-option-id="${id}"]`) as HTMLElement;
      expect(within(gridCard).getByText(label)).toBeInTheDocument();

      // Leaning: part of the radio's name, so a screen reader hears it too.
      const title = doc.options.find((o) => o.id === id)?.title ?? '';
      expect(screen.getByRole('radio', { name: `${title} ${label}` })).toBeInTheDocument();

      // Exactly there, and nowhere else.
      expect(container.querySelectorAll('[data-status-quo]')).toHaveLength(4);
      for (const el of container.querySelectorAll('[data-status-quo]')) expect(el).toHaveTextContent(label);
    },
  );

  it('describes and does not promote (IPDAS C1): nothing selected, options alike apart from the words', () => {
    const { container } = renderInProvider(prostateTreatmentEn, <Everywhere />);
    const id = statusQuoIds(prostateTreatmentEn)[0];
    // No option is marked current, selected, pre-checked or emphasised.
    expect(container.querySelectorAll('[aria-current], [aria-selected="true"], [data-state="selected"]')).toHaveLength(
      0,
    );
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    for (const el of container.querySelectorAll('[data-status-quo]')) {
      expect(el.tagName).toBe('SPAN');
      expect(el.className).toBe('sdm-StatusQuo');
      expect(el.querySelector('strong, em, mark, svg, img')).toBeNull();
    }
    // The status-quo card carries the same classes and attributes as the others.
    const cards = [...container.querySelectorAll('.sdm-OptionsOverview__option')];
    const attrs = (el: Element) =>
      el
        .getAttributeNames()
        .filter((n) => n !== 'data-option-id')
        .map((n) => `${n}=${el.getAttribute(n)}`)
        .join(' ');
    expect(new Set(cards.map(attrs)).size).toBe(1);
    expect(cards.map((c) => c.querySelector('[data-status-quo]') !== null)).toEqual(
      prostateTreatmentEn.options.map((o) => o.id === id),
    );
  });

  it('says its own language inside content in another language', () => {
    // English content, Spanish interface: the option's title is marked English, the label is Spanish.
    const { container } = renderInProvider(prostateTreatmentEn, <Everywhere />, { lng: 'es' });
    for (const el of container.querySelectorAll('[data-status-quo]')) {
      expect(el).toHaveAttribute('lang', 'es');
      expect(el).toHaveAttribute('dir', 'ltr');
    }
    const header = container.querySelector('th[data-status-quo], th:has([data-status-quo])');
    expect(header).toHaveAttribute('lang', 'en');
  });

  it('adds no language marks when the content is in the interface language', () => {
    const { container } = renderInProvider(prostateTreatmentEn, <Everywhere />);
    for (const el of container.querySelectorAll('[data-status-quo]')) expect(el).not.toHaveAttribute('lang');
  });
});
