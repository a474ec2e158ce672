import { sampleVisitPrepInput } from '@sdmkit/content';
import { createMemoryStorage, createPersistence } from '@sdmkit/core';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderInRoot } from '../test-utils/render.js';
import { WhatMatters } from '../WhatMatters/WhatMatters.js';
import { ClearDataDialog } from './ClearDataDialog.js';

describe('ClearDataDialog', () => {
  it('asks first; cancelling keeps everything', async () => {
    const user = userEvent.setup();
    renderInRoot(
      <>
        <WhatMatters />
        <ClearDataDialog />
      </>,
      { defaultValue: sampleVisitPrepInput },
    );
    const trigger = screen.getByRole('button', { name: 'Clear my answers' });
    await user.click(trigger);
    const dialog = screen.getByRole('alertdialog', { name: 'Clear all your answers?' });
    expect(dialog).toHaveAccessibleDescription(/cannot undo/);
    await user.click(screen.getByRole('button', { name: 'Keep my answers' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await waitFor(() => expect(trigger).toHaveFocus()); // Radix hands focus back one task after the close
    expect(screen.getByRole('textbox', { name: 'What worries you most?' })).toHaveValue(
      'That it is my heart, like my father',
    );
  });

  it('clears the answers and the saved draft after confirmation', async () => {
    const user = userEvent.setup();
    const storage = createMemoryStorage();
    renderInRoot(
      <>
        <WhatMatters />
        <ClearDataDialog />
      </>,
      { persist: createPersistence({ storage }) },
    );
    await user.type(screen.getByRole('textbox', { name: 'What worries you most?' }), 'My heart');
    await waitFor(() => expect(storage.map.size).toBe(1));
    await user.click(screen.getByRole('button', { name: 'Clear my answers' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear everything' }));
    await waitFor(() => expect(screen.getByText('Your answers were cleared.')).toBeInTheDocument());
    expect(screen.getByRole('textbox', { name: 'What worries you most?' })).toHaveValue('');
    expect(storage.map.size).toBe(0);
  });
});
