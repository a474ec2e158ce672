import { checkUpTemplates, newSymptomTemplates, sampleVisitPrepInput } from '@sdmkit/content';
import {
  createMemoryStorage,
  createPersistence,
  emptyVisitPrepInput,
  type VisitPrepInput,
  type VisitPrepResult,
} from '@sdmkit/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { VisitPrep } from './VisitPrep.js';

const today = new Date(2026, 10, 21);

function ControlledHost({ seen }: { seen: VisitPrepInput[] }) {
  const [value, setValue] = useState<VisitPrepInput>(sampleVisitPrepInput);
  return (
    <VisitPrep
      content={newSymptomTemplates.en}
      value={value}
      onValueChange={(next) => {
        seen.push(next);
        setValue(next);
      }}
      today={today}
    />
  );
}

describe('VisitPrep', () => {
  it('shows an error state with paths for an invalid template, and tells the host', async () => {
    const onContentError = vi.fn();
    const bad = { ...newSymptomTemplates.en, sections: [{ type: 'concerns', title: '' }], limits: {} };
    render(<VisitPrep content={bad} onContentError={onContentError} />);
    expect(screen.getByRole('alert')).toHaveTextContent('This tool cannot be shown right now');
    expect(screen.getByText('$.sections[0].title')).toBeInTheDocument();
    expect(screen.getByText('$.limits.agendaWords')).toBeInTheDocument();
    await waitFor(() => expect(onContentError).toHaveBeenCalled());
  });

  it('moves freely between steps, shows progress and moves focus to the step heading', async () => {
    const user = userEvent.setup();
    render(<VisitPrep content={checkUpTemplates.en} today={today} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Get ready for your check-up' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Steps' });
    expect(nav).toHaveTextContent('0 of 6 sections answered');
    await user.type(screen.getByRole('textbox', { name: 'Main reason for the visit' }), 'Yearly check-up');
    expect(nav).toHaveTextContent('1 of 6 sections answered');

    await user.click(screen.getByRole('button', { name: /Questions to ask/ }));
    expect(screen.getByRole('heading', { level: 3, name: 'Questions to ask' })).toHaveFocus();
    expect(screen.getByRole('button', { name: /Questions to ask/ })).toHaveAttribute('aria-current', 'step');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 3, name: 'What matters to you' })).toHaveFocus();
  });

  it('autosaves and resumes at the last step after a reload', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    const first = render(
      <VisitPrep content={newSymptomTemplates.en} persist={createPersistence({ storage })} today={today} />,
    );
    await user.type(screen.getByRole('textbox', { name: 'Main reason for the visit' }), 'Cough for a month');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.type(screen.getByRole('combobox', { name: 'What do you feel?' }), 'Dry cough');
    await waitFor(() => expect(screen.getByText('Saved')).toBeInTheDocument());
    const saved = JSON.parse(storage.getItem('sdmkit:visit-prep:new-symptom-en:v1') ?? '{}');
    expect(saved.state.step).toBe('symptoms');
    first.unmount();

    render(<VisitPrep content={newSymptomTemplates.en} persist={createPersistence({ storage })} today={today} />);
    expect(await screen.findByRole('combobox', { name: 'What do you feel?' })).toHaveValue('Dry cough');
    expect(screen.getByRole('button', { name: /Your symptom story/ })).toHaveAttribute('aria-current', 'step');
  });

  it('blocks finishing until required sections are answered, then hands the typed result to the host', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn<(r: VisitPrepResult) => void>();
    render(
      <VisitPrep
        content={newSymptomTemplates.en}
        defaultValue={{ ...emptyVisitPrepInput(), step: 'agenda', reason: 'Cough' }}
        onComplete={onComplete}
        today={today}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(onComplete).not.toHaveBeenCalled();
    expect(screen.getByText('Please answer “Your symptom story”.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to “Your symptom story”' }));
    await user.type(screen.getByRole('combobox', { name: 'What do you feel?' }), 'Cough');
    await user.click(screen.getByRole('button', { name: /Your agenda/ }));
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(onComplete).toHaveBeenCalledOnce();
    const result = onComplete.mock.calls[0]?.[0] as VisitPrepResult;
    expect(result.templateId).toBe('new-symptom-en');
    expect(result.agenda.reason?.text).toBe('Cough');
    expect(result.agenda.symptoms?.what).toBe('Cough');
    expect(result.input.completedAt).toBe(result.completedAt);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(screen.getByText('Finished. Your agenda is ready to share with your care team.')).toBeInTheDocument();
  });

  it('puts the host agenda additions on the agenda and in the result, not in the input', async () => {
    const user = userEvent.setup();
    const onComplete = vi.fn<(r: VisitPrepResult) => void>();
    const additions = [
      { id: 'question-list', heading: 'Top 3 from your question list', items: ['Is there a test for this?'] },
    ];
    render(
      <VisitPrep
        content={newSymptomTemplates.en}
        defaultValue={{ ...sampleVisitPrepInput, step: 'agenda' }}
        agendaAdditions={additions}
        onComplete={onComplete}
        today={today}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Top 3 from your question list' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    const result = onComplete.mock.calls[0]?.[0] as VisitPrepResult;
    expect(result.agenda.additions).toEqual(additions);
    expect(JSON.stringify(result.input)).not.toContain('Is there a test for this?');
  });

  it('works controlled: the host owns the value', async () => {
    const user = userEvent.setup();
    const seen: VisitPrepInput[] = [];
    render(<ControlledHost seen={seen} />);
    expect(screen.getByRole('article', { name: 'Agenda for your care team' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Why you are coming/ }));
    expect(seen.at(-1)?.step).toBe('concerns');
    await user.click(screen.getByRole('button', { name: 'Move concern 2 up' }));
    expect(seen.at(-1)?.concerns[0]?.text).toBe('Out of breath sooner than before');
  });

  it('keeps answers when the host re-renders with an equal template object', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<VisitPrep content={{ ...checkUpTemplates.en }} today={today} />);
    await user.type(screen.getByRole('textbox', { name: 'Main reason for the visit' }), 'Check');
    rerender(<VisitPrep content={{ ...checkUpTemplates.en }} today={today} />);
    expect(screen.getByRole('textbox', { name: 'Main reason for the visit' })).toHaveValue('Check');
  });
});
