import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInWidget } from '../test-utils/render.js';
import { SaveStatus } from './SaveStatus.js';

describe('SaveStatus', () => {
  it('announces saving politely', () => {
    renderInWidget(
      <SaveStatus persistence={{ status: 'ready', lastSavedAt: '2026-01-01T00:00:00Z', lastError: null }} />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Saved');
  });

  it('says plainly when answers cannot be saved on this device', () => {
    renderInWidget(<SaveStatus persistence={{ status: 'memory-only', lastSavedAt: null, lastError: 'quota' }} />, 'es');
    expect(screen.getByRole('status')).toHaveTextContent('No se pudo guardar en este dispositivo');
  });
});
