import type { PersistenceState } from '@sdmkit/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderInWidget } from '../test-utils/render.js';
import { SaveArea } from './SaveArea.js';

const store = () => ({
  readAside: vi.fn(async () => 'saved text'),
  restoreAside: vi.fn(async () => true),
  dismissAside: vi.fn(async () => {}),
});
const ready: PersistenceState = { status: 'ready', lastSavedAt: '2026-01-01T00:00:00Z', lastError: null, asides: [] };

describe('SaveArea', () => {
  it('shows nothing when saving is off, unless asked to say so', () => {
    const off: PersistenceState = { ...ready, status: 'off', lastSavedAt: null };
    const { container, unmount } = renderInWidget(<SaveArea persistence={off} store={store()} />);
    expect(container.querySelector('.sdm-SaveStatus')).toBeNull();
    unmount();
    renderInWidget(<SaveArea persistence={off} store={store()} sayWhenOff />);
    expect(screen.getByRole('status')).toBeInTheDocument();
  });

  it('says the save state and offers a copy kept aside back through the store', async () => {
    const s = store();
    const key = 'sdmkit:x:y:v1:aside:conflict:2026-01-01T00:00:00.000Z';
    renderInWidget(
      <SaveArea
        persistence={{ ...ready, asides: [{ key, reason: 'conflict', at: '2026-01-01T00:00:00.000Z' }] }}
        store={s}
      />,
    );
    expect(screen.getAllByRole('status')[0]).toHaveTextContent('Saved');
    await userEvent.click(screen.getByRole('button', { name: /^Use that copy/ }));
    expect(s.restoreAside).toHaveBeenCalledWith(key);
    await userEvent.click(screen.getByRole('button', { name: /^Dismiss/ }));
    expect(s.dismissAside).toHaveBeenCalledWith(key);
  });
});
