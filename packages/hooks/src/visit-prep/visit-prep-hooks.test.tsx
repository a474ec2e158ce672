import { createMemoryStorage, createPersistence, type VisitPrepTemplate } from '@sdmkit/core';
import { act, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  useVisitAgenda,
  useVisitPrepActions,
  useVisitPrepProgress,
  useVisitPrepRowPosition,
  useVisitPrepStore,
  VisitPrepProvider,
} from './visit-prep-hooks.js';

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

/** Shows the place of the third concern, and tells each render (with the store) to `seen`. */
function Place({
  follow,
  seen,
}: {
  follow: boolean;
  seen: (follow: boolean, store: ReturnType<typeof useVisitPrepStore>) => void;
}) {
  const place = useVisitPrepRowPosition('concerns', 'concern-3', follow);
  seen(follow, useVisitPrepStore());
  return <p data-testid={follow ? 'on' : 'off'}>{place}</p>;
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

  it("follows a row's place, and with follow off neither reads it nor renders when it changes", () => {
    const renders = { on: 0, off: 0 };
    let store: ReturnType<typeof useVisitPrepStore> | undefined;
    const seen = (follow: boolean, s: typeof store) => {
      renders[follow ? 'on' : 'off'] += 1;
      store = s;
    };
    render(
      <VisitPrepProvider content={template}>
        <Place follow seen={seen} />
        <Place follow={false} seen={seen} />
      </VisitPrepProvider>,
    );
    act(() => {
      for (const text of ['A', 'B', 'C']) store?.getState().actions.addConcern(text);
    });
    expect(screen.getByTestId('on').textContent).toBe('2');
    expect(screen.getByTestId('off').textContent).toBe('-1');
    const before = { ...renders };
    act(() => store?.getState().actions.removeConcern('concern-1'));
    expect(screen.getByTestId('on').textContent).toBe('1');
    expect(renders.on).toBe(before.on + 1);
    expect(renders.off).toBe(before.off);
  });
});
