import { createMemoryStorage, createPersistence, type VisitPrepTemplate } from '@sdmkit/core';
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useVisitAgenda, useVisitPrepActions, useVisitPrepProgress, VisitPrepProvider } from './visit-prep-hooks.js';

const template: VisitPrepTemplate = {
  schemaVersion: 1,
  id: 'hooks-test',
  locale: 'en',
  meta: {
    title: 'Hooks test',
    version: '1.0.0',
    authors: [{ name: 'Tests' }],
    published: '2026-01-01',
    nextReview: '2027-01-01',
    funding: 'None.',
    conflictsOfInterest: 'None.',
    sources: [],
    demonstration: true,
  },
  visitType: 'check-up',
  title: 'Check-up',
  sections: [{ type: 'concerns', title: 'Why', required: true }],
  limits: { agendaWords: 50, concernWords: 20, answerWords: 50 },
};

function Probe() {
  const agenda = useVisitAgenda();
  const { completion } = useVisitPrepProgress(new Date(2026, 0, 5));
  const actions = useVisitPrepActions();
  return (
    <div>
      <p data-testid="top">{agenda.topConcerns.map((c) => c.text).join('|')}</p>
      <p data-testid="finish">{String(completion.canFinish)}</p>
      <button type="button" onClick={() => actions.addConcern('Cough')}>
        add
      </button>
    </div>
  );
}

describe('visit-prep hooks', () => {
  it('selects the agenda and completion, and reports changes (uncontrolled)', async () => {
    const onValueChange = vi.fn();
    render(
      <VisitPrepProvider content={template} onValueChange={onValueChange}>
        <Probe />
      </VisitPrepProvider>,
    );
    expect(screen.getByTestId('finish').textContent).toBe('false');
    act(() => screen.getByRole('button').click());
    expect(screen.getByTestId('top').textContent).toBe('Cough');
    expect(screen.getByTestId('finish').textContent).toBe('true');
    expect(onValueChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ concerns: [{ id: 'concern-1', text: 'Cough' }] }),
    );
  });

  it('restores a saved draft after mount', async () => {
    const storage = createMemoryStorage();
    const first = render(
      <VisitPrepProvider content={template} persist={createPersistence({ storage })}>
        <Probe />
      </VisitPrepProvider>,
    );
    await waitFor(() => expect(storage.map.size).toBe(0));
    await act(async () => {
      screen.getByRole('button').click();
      await Promise.resolve();
    });
    await waitFor(() => expect(storage.map.size).toBe(1));
    first.unmount();
    render(
      <VisitPrepProvider content={template} persist={createPersistence({ storage })}>
        <Probe />
      </VisitPrepProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('top').textContent).toBe('Cough'));
  });
});
