import { createPersistence } from '@sdmkit/core';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { NotesView, notes, notesDoc } from '../test-utils/notes.js';

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
});
