// A host's `value` / `defaultValue` is checked like saved input (issue 22): invalid input is never rendered
// silently, the host is told where and what, and nothing it passed is changed or saved over.
import { createMemoryStorage, createPersistence, SdmInputError } from '@sdmkit/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { type NotesInput, NotesView, notes, notesDoc } from '../test-utils/notes.js';

const { Provider } = notes;
/** Fails the notes input schema: a note that is not text. */
const invalid = { notes: ['fine', 42] } as unknown as NotesInput;
const fallback = (error: SdmInputError) => <p role="alert">{error.message}</p>;

describe('input the host passes', () => {
  it('shows the fallback instead of an invalid defaultValue, and tells the host where and what', () => {
    const onInputError = vi.fn<(error: SdmInputError) => void>();
    render(
      <Provider content={notesDoc} defaultValue={invalid} onInputError={onInputError} inputErrorFallback={fallback}>
        <NotesView label="w" />
      </Provider>,
    );
    expect(screen.queryByRole('region', { name: 'w' })).toBeNull();
    expect(screen.getByRole('alert')).toHaveTextContent('Invalid defaultValue for the notes widget (1 problem):');
    expect(screen.getByRole('alert')).toHaveTextContent('$.notes[1]: Expected string but received 42. [invalid_type]');
    expect(onInputError).toHaveBeenCalledTimes(1);
    const error = onInputError.mock.calls[0]?.[0];
    expect(error).toBeInstanceOf(SdmInputError);
    expect(error).toMatchObject({ widget: 'notes', prop: 'defaultValue', issues: [{ path: '$.notes[1]' }] });
    expect(error?.input).toBe(invalid);
  });

  it('neither reads nor overwrites saved data while the input is invalid', async () => {
    const storage = createMemoryStorage({
      'sdmkit:notes:notes-1:v1': JSON.stringify({ sdmkit: 1, version: 1, state: { notes: ['saved'] } }),
    });
    const before = new Map(storage.map);
    render(
      <Provider
        content={notesDoc}
        defaultValue={invalid}
        persist={createPersistence({ storage })}
        onInputError={() => {}}
      >
        <NotesView label="w" />
      </Provider>,
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByText('saved')).toBeNull();
    expect(storage.map).toEqual(before);
    // The same saved data is read once the input is valid.
    render(
      <Provider content={notesDoc} defaultValue={{ notes: [] }} persist={createPersistence({ storage })}>
        <NotesView label="valid" />
      </Provider>,
    );
    expect(await screen.findByText('saved')).toBeInTheDocument();
  });

  it('recovers when a controlled value becomes valid, and takes its own proposals back', async () => {
    const onInputError = vi.fn();
    const onValueChange = vi.fn<(input: NotesInput) => void>();
    const view = (value: NotesInput) => (
      <Provider
        content={notesDoc}
        value={value}
        onValueChange={onValueChange}
        onInputError={onInputError}
        inputErrorFallback={fallback}
      >
        <NotesView label="w" />
      </Provider>
    );
    const { rerender } = render(view(invalid));
    expect(screen.getByRole('alert')).toHaveTextContent('Invalid value for the notes widget');
    expect(onInputError.mock.calls[0]?.[0]).toMatchObject({ prop: 'value' });
    rerender(view({ notes: ['from host'] }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('from host')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'add to w' }));
    const proposed = onValueChange.mock.calls[0]?.[0] as NotesInput;
    rerender(view(proposed));
    expect(screen.getByText('note 2')).toBeInTheDocument();
    expect(onInputError).toHaveBeenCalledTimes(1);
  });

  it('throws the error when the host neither listens nor shows a fallback, so it is never silent', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() =>
      render(
        <Provider content={notesDoc} defaultValue={invalid}>
          <NotesView label="w" />
        </Provider>,
      ),
    ).toThrow(/\$\.notes\[1\]/);
    vi.restoreAllMocks();
  });
});
