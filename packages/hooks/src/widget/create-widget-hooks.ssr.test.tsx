import { createPersistence, type WidgetState } from '@sdmkit/core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { type NotesInput, NotesView, notes, notesDoc } from '../test-utils/notes.js';

const selectNote = (s: WidgetState<NotesInput, unknown>, key: string) => s.input.notes[Number(key)] ?? 'none';

function KeyedNote({ noteKey }: { noteKey: string }) {
  return <i>{notes.useWidgetKeyedSelector(noteKey, selectNote)}</i>;
}

describe('server rendering', () => {
  it('renders with react-dom/server without touching storage or window', () => {
    const storage = vi.fn(() => {
      throw new Error('storage must not be touched on the server');
    });
    expect(typeof window).toBe('undefined');
    const html = renderToString(
      <notes.Provider
        content={notesDoc}
        defaultValue={{ notes: ['server note'] }}
        persist={createPersistence({ storage })}
      >
        <NotesView label="w" />
      </notes.Provider>,
    );
    expect(html).toContain('server note');
    expect(storage).not.toHaveBeenCalled();
  });

  it('reads keyed selectors on the server from the store', () => {
    const html = renderToString(
      <notes.Provider content={notesDoc} defaultValue={{ notes: ['first', 'second'] }}>
        <KeyedNote noteKey="1" />
        <KeyedNote noteKey="5" />
      </notes.Provider>,
    );
    expect(html).toContain('<i>second</i><i>none</i>');
  });
});
