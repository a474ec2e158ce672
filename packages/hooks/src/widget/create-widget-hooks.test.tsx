import { createMemoryStorage, createPersistence, createWidgetStore } from '@sdmkit/core';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { type NotesInput, NotesView, notes, notesDefinition, notesDoc } from '../test-utils/notes.js';

const { Provider } = notes;

/** A host that owns the value and accepts (or refuses) each proposed change. */
function ControlledHost({ accept, seen }: { accept: boolean; seen: NotesInput[] }) {
  const [value, setValue] = useState<NotesInput>({ notes: [] });
  return (
    <Provider
      content={notesDoc}
      value={value}
      onValueChange={(next) => {
        seen.push(next);
        if (accept) setValue(next);
      }}
    >
      <NotesView label="w" />
    </Provider>
  );
}

describe('createWidgetHooks', () => {
  it('gives two widgets on one page separate state', async () => {
    render(
      <StrictMode>
        <Provider content={notesDoc}>
          <NotesView label="first" />
        </Provider>
        <Provider content={notesDoc}>
          <NotesView label="second" />
        </Provider>
      </StrictMode>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'add to first' }));
    await userEvent.click(screen.getByRole('button', { name: 'add to first' }));
    expect(within(screen.getByRole('region', { name: 'first' })).getAllByRole('listitem')).toHaveLength(2);
    expect(within(screen.getByRole('region', { name: 'second' })).queryAllByRole('listitem')).toHaveLength(0);
  });

  it('works uncontrolled: starts from defaultValue and reports changes', async () => {
    const onValueChange = vi.fn();
    render(
      <Provider content={notesDoc} defaultValue={{ notes: ['from host'] }} onValueChange={onValueChange}>
        <NotesView label="w" />
      </Provider>,
    );
    expect(screen.getByText('from host')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button'));
    expect(onValueChange).toHaveBeenLastCalledWith({ notes: ['from host', 'note 2'] });
  });

  it('works controlled: shows only what the host passes back', async () => {
    const seen: NotesInput[] = [];
    const { unmount } = render(<ControlledHost accept={false} seen={seen} />);
    await userEvent.click(screen.getByRole('button'));
    expect(seen).toEqual([{ notes: ['note 1'] }]);
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    unmount();
    render(<ControlledHost accept seen={seen} />);
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('uses a store the host made', async () => {
    const hooksStore = createWidgetStore(notesDefinition, notesDoc);
    render(
      <Provider content={notesDoc} store={hooksStore}>
        <NotesView label="w" />
      </Provider>,
    );
    act(() => hooksStore.getState().actions.add('added by host'));
    expect(screen.getByText('added by host')).toBeInTheDocument();
  });

  it('restores saved input after mount and saves changes', async () => {
    const storage = createMemoryStorage();
    const first = render(
      <Provider content={notesDoc} persist={createPersistence({ storage })}>
        <NotesView label="w" />
      </Provider>,
    );
    await userEvent.click(await screen.findByRole('button'));
    await vi.waitFor(() => expect(storage.map.size).toBe(1));
    first.unmount();
    render(
      <Provider content={notesDoc} persist={createPersistence({ storage })}>
        <NotesView label="w" />
      </Provider>,
    );
    expect(await screen.findByText('note 1')).toBeInTheDocument();
  });

  it('keeps two widgets on one persistence in step, in StrictMode, and the one left keeps saving', async () => {
    const storage = createMemoryStorage();
    const persist = createPersistence({ storage });
    const page = render(
      <StrictMode>
        <Provider content={notesDoc} persist={persist}>
          <NotesView label="first" />
        </Provider>
        <Provider content={notesDoc} persist={persist}>
          <NotesView label="second" />
        </Provider>
      </StrictMode>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'add to first' }));
    // The other widget takes the change in (StrictMode's second mount resumed its listening).
    const second = screen.getByRole('region', { name: 'second' });
    await vi.waitFor(() => expect(within(second).getByText('note 1')).toBeInTheDocument());
    page.rerender(
      <StrictMode>
        <Provider content={notesDoc} persist={persist}>
          <NotesView label="first" />
        </Provider>
      </StrictMode>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'add to first' }));
    await vi.waitFor(() =>
      expect(JSON.parse(storage.getItem('sdmkit:notes:notes-1:v1') ?? '{}').state.notes).toHaveLength(2),
    );
  });

  it('explains the mistake when a hook is used outside its provider', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<NotesView label="w" />)).toThrow(/outside <NotesProvider>/);
    spy.mockRestore();
  });
});
