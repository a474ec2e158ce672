import { newSymptomTemplates, sampleVisitPrepInput } from '@sdmkit/content';
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
      'Sleeping badly',
    ]);
    expect(concerns.getByText('1 more concern:')).toBeInTheDocument();
    const timeline = agenda.querySelector('.sdm-ClinicianAgenda__timeline') as HTMLElement;
    expect(
      within(timeline)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['2026-09-14: First noticed on the stairs at work', '2026-10-30: Now also when I carry shopping']);
    expect(screen.getByText('Not taking as prescribed')).toBeInTheDocument();
    expect(screen.getAllByText(/Atorvastatin, 20 mg, At night, for Cholesterol \(taking: Sometimes\)/)).toHaveLength(2);
    const questions = within(agenda.querySelector('[data-part="questions"]') as HTMLElement);
    expect(questions.getAllByRole('listitem')).toHaveLength(3);
    expect(questions.getByText('and 1 more question')).toBeInTheDocument();
  });

  it('the compact view keeps the essentials and drops the detail', () => {
    renderInRoot(<ClinicianAgenda compact />, { defaultValue: sampleVisitPrepInput });
    expect(screen.getByText('Not taking as prescribed')).toBeInTheDocument();
    expect(screen.getByText('1 more concern')).toBeInTheDocument();
    expect(screen.queryByText('Sleeping badly')).toBeNull();
    expect(screen.queryByText(/Amlodipine/)).toBeNull();
    expect(screen.queryByText('Walking more slowly')).toBeNull();
    expect(screen.getByText('Penicillin (Hives)')).toBeInTheDocument();
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
