import { prostateTreatmentEn, prostateTreatmentEs } from '@sdmkit/content';
import { type DecisionAidDocument, type DecisionAidInput, emptyDecisionAidInput } from '@sdmkit/core';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInProvider } from '../test-utils/render.js';
import { Summary } from './Summary.js';

/** A patient who did every step: values rated, an own concern, two SURE "no" answers, a leaning. */
const filledIn: DecisionAidInput = {
  ...emptyDecisionAidInput(),
  ratings: { 'avoid-side-effects': 4, 'lower-spread': 3, 'no-operation': 2, 'done-with-it': 1, bowels: 0 },
  ownConcerns: [{ id: 'own-1', text: 'Can I keep working?', rating: 4, optionIds: ['monitoring', 'radiotherapy'] }],
  sure: { sure: true, understand: false, riskBenefit: true, encouragement: false },
  leaning: 'radiotherapy',
};

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Walks the copied text line by line and the summary on screen in document order (the title, each term, each value
 * and each list item; not the text box): every line must be the next thing on screen, visible, and nothing on
 * screen may be left over. "Label: value" is a term and its value, "Label:" a term with a list, "- x" a list item.
 */
function expectScreenMatchesText(section: HTMLElement, text: string) {
  const onScreen = [
    ...section.querySelectorAll<HTMLElement>('.sdm-Summary__title, dt, .sdm-Summary__value, li, .sdm-Summary__notice'),
  ].filter((el) => el.closest('.sdm-Summary__text') === null);
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  let at = 0;
  for (const line of lines) {
    const el = onScreen[at];
    if (!el) throw new Error(`"${line}" is in the copied text but not on screen`);
    const shown = norm(el.textContent);
    let used = 0;
    if (el.tagName === 'LI') used = line === `- ${shown}` ? 1 : 0;
    else if (el.tagName === 'DT') {
      const value = onScreen[at + 1];
      if (line === `${shown}:`) used = 1;
      else if (value?.matches('.sdm-Summary__value') && line === `${shown}: ${norm(value.textContent)}`) used = 2;
    } else used = line === shown ? 1 : 0;
    expect(used, `copied line "${line}" has no counterpart on screen (next on screen: "${shown}")`).toBeGreaterThan(0);
    for (const shownEl of onScreen.slice(at, at + used)) expect(shownEl).toBeVisible();
    at += used;
  }
  expect(
    onScreen.slice(at).map((el) => norm(el.textContent)),
    'shown on screen but not in the copied text',
  ).toEqual([]);
}

describe('Summary', () => {
  it.each([
    ['en', prostateTreatmentEn],
    ['es', prostateTreatmentEs],
  ] as [string, DecisionAidDocument][])(
    'shows every line of the copied text, in the same order (%s)',
    async (lng, doc) => {
      const writeText = vi.fn(async (_text: string) => {});
      Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
      const { container } = renderInProvider(doc, <Summary />, { lng, defaultValue: filledIn });
      fireEvent.click(screen.getByRole('button', { name: lng === 'es' ? 'Copiar como texto' : 'Copy as text' }));
      await waitFor(() => expect(writeText).toHaveBeenCalledOnce());
      const text = writeText.mock.calls[0]?.[0] ?? '';
      // The input fills every section: values fit, SURE help lines and open questions are all in the text.
      const sections = [...container.querySelectorAll('dd[data-section]')].map((dd) => dd.getAttribute('data-section'));
      expect(sections).toEqual(['decision', 'options', 'whatMatters', 'fit', 'leaning', 'sure', 'openQuestions']);
      expect(text.split('\n').filter((l) => l.startsWith('- ')).length).toBeGreaterThan(12);
      expectScreenMatchesText(container.querySelector('.sdm-Summary') as HTMLElement, text);
    },
  );

  it('shows the values fit, the SURE help and the open questions on screen', () => {
    renderInProvider(prostateTreatmentEn, <Summary />, { defaultValue: filledIn });
    const fit = screen.getByTestId('summary-fit');
    expect(
      within(fit)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      // 14 points rated for some option: 4 + 2 + 4 for monitoring, 3 + 1 for surgery, 3 + 2 + 4 for radiotherapy.
      'Active monitoring: 71% of what I rated',
      'Surgery (removing the prostate): 29% of what I rated',
      'Radiotherapy: 64% of what I rated',
    ]);
    const sure = screen.getByTestId('summary-sure');
    expect(sure).toHaveTextContent(/^2 out of 4/);
    expect(
      within(sure)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Get more information about the benefits and harms of each option.',
      'Find support: ask your clinician, family or a patient group for advice.',
    ]);
    const open = within(screen.getByTestId('summary-openQuestions')).getAllByRole('listitem');
    expect(open.map((li) => li.textContent)).toContain('Can I keep working?');
    expect(open.map((li) => li.textContent)).toContain('What are the benefits and harms of each option for me?');
  });

  it('marks content words with the content language and leaves interface words alone', () => {
    // English content under a Spanish interface.
    renderInProvider(prostateTreatmentEn, <Summary />, { lng: 'es', defaultValue: filledIn });
    const fitItem = within(screen.getByTestId('summary-fit')).getAllByRole('listitem')[0] as HTMLElement;
    expect(fitItem).toHaveTextContent('Active monitoring: el 71 % de lo que valoré');
    expect(within(fitItem).getByText('Active monitoring')).toHaveAttribute('lang', 'en');
    expect(fitItem).not.toHaveAttribute('lang');
    const own = within(screen.getByTestId('summary-whatMatters'))
      .getAllByRole('listitem')
      .find((li) => li.textContent?.startsWith('Can I keep working?'));
    expect(own?.querySelector('[lang]')).toBeNull(); // the patient's own words
    expect(screen.getByTestId('summary-sure').querySelector('[lang]')).toBeNull();
  });

  it('shows the decision, what matters, leaning and SURE, and copies plain text', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const onCopy = vi.fn();
    renderInProvider(prostateTreatmentEn, <Summary onCopy={onCopy} />, {
      defaultValue: {
        ...emptyDecisionAidInput(),
        ratings: { 'avoid-side-effects': 4 },
        leaning: 'monitoring',
        sure: { sure: true, understand: true, riskBenefit: true, encouragement: false },
      },
    });
    expect(screen.getByText('Avoiding leaking urine and erection problems (Very much)')).toBeInTheDocument();
    expect(screen.getByTestId('summary-leaning')).toHaveTextContent('Active monitoring');
    fireEvent.click(screen.getByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied.'));
    // Copying again is read again: the live region's text changes each time.
    const first = screen.getByRole('status').textContent;
    fireEvent.click(screen.getByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).not.toBe(first));
    expect(screen.getByRole('status')).toHaveTextContent('Copied.');
    const text = writeText.mock.calls[0]?.[0] ?? '';
    expect(text).toContain('Decision: Should I choose active monitoring, surgery or radiotherapy?');
    expect(text).toContain('Leaning: Active monitoring');
    expect(text).toContain('SURE test: 3 out of 4');
    expect(text).toContain('- Find support: ask your clinician');
    expect(text).toContain('Questions still open:\n- What will it cost me?');
    expect(onCopy).toHaveBeenCalledWith(text);
    expect((screen.getByLabelText('Summary as text') as HTMLTextAreaElement).value).toBe(text);
  });

  it('says when copying failed and opens the text for manual copy', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new Error('no')) },
      configurable: true,
    });
    renderInProvider(prostateTreatmentEn, <Summary />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Could not copy.'));
  });
});
