import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useDraft } from './use-draft.js';

/** A field with an unsent note, tied to a count of resets the host owns, and an unrelated counter. */
function Host() {
  const [resets, setResets] = useState(0);
  const [clicks, setClicks] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setResets(resets + 1)}>
        Reset
      </button>
      <button type="button" onClick={() => setClicks(clicks + 1)}>
        Something else ({clicks})
      </button>
      <Note resetKey={resets} />
    </>
  );
}

function Note({ resetKey }: { resetKey: number }) {
  const [draft, setDraft] = useDraft('', resetKey);
  return (
    <label>
      Note
      <input value={draft} onChange={(e) => setDraft(e.currentTarget.value)} />
    </label>
  );
}

describe('useDraft', () => {
  it('keeps what was typed through other renders and starts again when the reset key changes', () => {
    render(<Host />);
    const field = screen.getByRole('textbox', { name: 'Note' });
    fireEvent.change(field, { target: { value: 'half a sentence' } });
    fireEvent.click(screen.getByRole('button', { name: 'Something else (0)' }));
    expect(field).toHaveValue('half a sentence');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(field).toHaveValue('');
    fireEvent.change(field, { target: { value: 'again' } });
    expect(field).toHaveValue('again');
  });
});
