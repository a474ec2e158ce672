import { longVisitPrepInput, newSymptomTemplates, sampleVisitPrepInput } from '@sdmkit/content';
import { countWords, type VisitPrepInput } from '@sdmkit/core';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInRoot } from '../test-utils/render.js';
import { VisitPrepRoot } from '../VisitPrepRoot/VisitPrepRoot.js';
import { ClinicianAgenda } from './ClinicianAgenda.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ClinicianAgenda', () => {
  it('shows top concerns first, the timeline in date order, medicine changes and top questions', () => {
    renderInRoot(<ClinicianAgenda />, { defaultValue: sampleVisitPrepInput });
    const agenda = screen.getByRole('article', { name: 'Agenda for your care team' });
    const parts = [...agenda.querySelectorAll('[data-part]')].map((p) => p.getAttribute('data-part'));
    expect(parts).toEqual(['concerns', 'symptoms', 'medicines', 'what-matters', 'questions', 'practical']);
    const concerns = within(agenda.querySelector('[data-part="concerns"]') as HTMLElement);
    expect(concerns.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Tight chest when I climb stairs',
      'Out of breath sooner than before',
      'Ankles swell in the evening',
    ]);
    expect(concerns.getByText('1 more concern')).toBeInTheDocument();
    const timeline = agenda.querySelector('.sdm-ClinicianAgenda__timeline') as HTMLElement;
    expect(
      within(timeline)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Sep 14, 2026: First noticed on the stairs at work', 'Oct 30, 2026: Now also when I carry shopping']);
    expect(screen.getByText('Not taking as prescribed')).toBeInTheDocument();
    // Once, under "Not taking as prescribed", not again in the list.
    expect(screen.getAllByText(/Atorvastatin/)).toHaveLength(1);
    expect(screen.getByText('Atorvastatin, 20 mg, At night, for Cholesterol (taking: Sometimes)')).toBeInTheDocument();
    expect(agenda.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const questions = within(agenda.querySelector('[data-part="questions"]') as HTMLElement);
    expect(questions.getAllByRole('listitem')).toHaveLength(3);
    expect(questions.getByText('and 1 more question')).toBeInTheDocument();
  });

  it('the compact view keeps the essentials and drops the detail', () => {
    renderInRoot(<ClinicianAgenda compact />, { defaultValue: sampleVisitPrepInput });
    expect(screen.getByText('Not taking as prescribed')).toBeInTheDocument();
    expect(screen.getByText('1 more concern')).toBeInTheDocument();
    expect(screen.queryByRole('listitem', { name: 'Sleeping badly' })).toBeNull();
    expect(screen.getByText('Sleeping badly')).not.toBeVisible();
    expect(screen.queryByText(/Amlodipine/)).toBeNull();
    expect(screen.queryByText('Walking more slowly')).toBeNull();
    expect(screen.getByText('Penicillin (Hives)')).toBeInTheDocument();
    expect(screen.getByText('Allergies:')).toBeInTheDocument();
  });

  it('copies the agenda as plain text, and offers the text to select when copying fails', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderInRoot(<ClinicianAgenda />, { defaultValue: sampleVisitPrepInput });
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Agenda copied.'));
    const text = writeText.mock.calls[0]?.[0] as string;
    expect(text).toContain(
      'TOP CONCERNS\nReason: Chest tightness when I walk uphill\n1. Tight chest when I climb stairs',
    );
    expect(text).toContain('Not taking as prescribed:\n! Atorvastatin');

    writeText.mockRejectedValueOnce(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    const fallback = await screen.findByRole('textbox', { name: 'Agenda as plain text' });
    expect((fallback as HTMLTextAreaElement).value).toBe(text);
  });

  it('prints through the browser', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderInRoot(<ClinicianAgenda />, { defaultValue: sampleVisitPrepInput });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('says when nothing was entered yet', () => {
    renderInRoot(<ClinicianAgenda />);
    expect(screen.getByText('Nothing entered yet.')).toBeInTheDocument();
  });

  it('shows the host additions under their own headings, and leaves out invalid ones with a report', () => {
    const onAdditionsError = vi.fn();
    const additions = [
      { id: 'decision-aid', heading: 'From the decision aid', items: ['Leaning: Active monitoring'] },
      { id: 'broken', heading: '', items: [] },
      { id: 'top-questions', heading: 'Top questions from the question list', items: ['What else could it be?'] },
    ];
    const view = render(
      <VisitPrepRoot content={newSymptomTemplates.en}>
        <ClinicianAgenda additions={additions} onAdditionsError={onAdditionsError} />
      </VisitPrepRoot>,
    );
    const parts = [...document.querySelectorAll('[data-part="addition"]')];
    expect(parts.map((p) => p.getAttribute('data-addition'))).toEqual(['decision-aid', 'top-questions']);
    expect(screen.getByRole('heading', { name: 'From the decision aid' })).toBeInTheDocument();
    expect(within(parts[1] as HTMLElement).getByRole('listitem')).toHaveTextContent('What else could it be?');
    expect(screen.queryByText('Nothing entered yet.')).toBeNull();
    expect(onAdditionsError).toHaveBeenCalledOnce();
    expect(onAdditionsError.mock.calls[0]?.[0].map((i: { path: string }) => i.path)).toEqual([
      '$[1].heading',
      '$[1].items',
    ]);
    // A host passing a new but equal array on every render is not reported again.
    view.rerender(
      <VisitPrepRoot content={newSymptomTemplates.en}>
        <ClinicianAgenda additions={[...additions]} onAdditionsError={onAdditionsError} />
      </VisitPrepRoot>,
    );
    expect(onAdditionsError).toHaveBeenCalledOnce();
  });
});

/** Copies the agenda through the Copy button (the real translations) and returns the text. */
async function copiedText(input: VisitPrepInput): Promise<string> {
  const user = userEvent.setup();
  const writeText = vi.fn().mockResolvedValue(undefined);
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  const view = renderInRoot(<ClinicianAgenda />, { defaultValue: input });
  await user.click(screen.getByRole('button', { name: 'Copy as text' }));
  view.unmount();
  return writeText.mock.calls[0]?.[0] as string;
}

describe('ClinicianAgenda: a 30-second read', () => {
  const long: VisitPrepInput = { ...longVisitPrepInput, step: 'agenda' };

  it('clips long entries with an ellipsis and a Show all button that shows the whole text', async () => {
    const user = userEvent.setup();
    renderInRoot(<ClinicianAgenda />, { defaultValue: long });
    const reason = document.querySelector('.sdm-ClinicianAgenda__reason') as HTMLElement;
    expect(reason.textContent).toMatch(/^Reason: reason1 reason2 .*…\s*Show all$/u);
    expect(reason.textContent).not.toContain('reason60');
    const button = within(reason).getByRole('button', { name: 'Show all' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const controlled = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(controlled).not.toBeNull();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveTextContent('Show less');
    expect(controlled?.textContent).toBe(long.reason);
    await user.click(button);
    expect(controlled?.textContent).not.toContain('reason60');
    // The hope is clipped too; the other concerns are one click away.
    expect(screen.getAllByRole('button', { name: 'Show all' }).length).toBeGreaterThanOrEqual(3);
    const more = screen.getByText('2 more concerns').closest('p') as HTMLElement;
    await user.click(within(more).getByRole('button', { name: 'Show all' }));
    expect(screen.getByText('Sleeping badly')).toBeVisible();
  });

  it('writes dates in the widget language: Spanish and Arabic', () => {
    const es = renderInRoot(<ClinicianAgenda />, { defaultValue: sampleVisitPrepInput, locale: 'es' });
    expect(document.querySelector('.sdm-ClinicianAgenda__date')?.textContent).toMatch(/^14 sept?\.? 2026$/);
    expect(screen.getAllByRole('button', { name: 'Imprimir' })).toHaveLength(1);
    es.unmount();
    renderInRoot(<ClinicianAgenda />, { defaultValue: long, locale: 'ar' });
    expect(document.querySelector('.sdm-ClinicianAgenda__date')?.textContent).toContain('سبتمبر');
    expect(screen.getAllByRole('button', { name: 'عرض الكل' }).length).toBeGreaterThanOrEqual(3);
  });

  // The budget of the plain-text agenda, up to the section with the whole text of clipped entries, headings and
  // labels included (docs/visit-prep.md says why).
  const AGENDA_WORD_BUDGET = 240;

  it.each([
    ['sample', sampleVisitPrepInput],
    ['long', long],
  ] as const)('the %s agenda as text is within the word budget, and the whole text follows', async (name, input) => {
    const text = await copiedText(input);
    const [read = '', full = ''] = text.split('\nFULL TEXT OF SHORTENED ENTRIES\n');
    const words = countWords(read);
    console.log(
      `${name}: agenda words: ${words} (plain text; budget ${AGENDA_WORD_BUDGET}; full-text section ${countWords(full)})`,
    );
    expect(words).toBeLessThanOrEqual(AGENDA_WORD_BUDGET);
    expect(text.match(/Atorvastatin/g)).toHaveLength(1);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    if (name === 'long') {
      expect(read).toMatch(/^Reason: reason1 .*reason\d+… \[1\]$/mu);
      expect(full).toContain(`[1] Reason: ${input.reason}`);
      expect(full).toContain(input.whatMatters.goals);
    } else {
      // Nothing is clipped in the sample; only the fourth concern waits at the end.
      expect(full.split('\n')).toEqual(['[1] 1 more concern:', '- Sleeping badly']);
    }
  });
});
