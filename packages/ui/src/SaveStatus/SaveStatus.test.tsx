import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInWidget } from '../test-utils/render.js';
import { SaveStatus } from './SaveStatus.js';

describe('SaveStatus', () => {
  it('announces saving politely', () => {
    renderInWidget(
      <SaveStatus
        persistence={{ status: 'ready', lastSavedAt: '2026-01-01T00:00:00Z', lastError: null, asides: [] }}
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Saved');
  });

  it('says plainly when answers cannot be saved on this device', () => {
    renderInWidget(
      <SaveStatus persistence={{ status: 'memory-only', lastSavedAt: null, lastError: 'quota', asides: [] }} />,
      'es',
    );
    expect(screen.getByRole('status')).toHaveTextContent('No se pudo guardar en este dispositivo');
  });

  it('never says saved when the last change was not saved, or when saved answers could not be opened', () => {
    const cases = [
      { lastError: 'write-failed', says: 'Your last change is not saved yet.' },
      { lastError: 'conflict', says: 'Not saved: these answers were also changed in another tab or window.' },
      { lastError: 'corrupt', says: 'Answers saved earlier on this device could not be opened. They were kept' },
      { lastError: 'newer-version', says: 'could not be opened. They were kept, not deleted.' },
    ] as const;
    for (const c of cases) {
      const { unmount } = renderInWidget(
        <SaveStatus
          persistence={{ status: 'ready', lastSavedAt: '2026-01-01T00:00:00Z', lastError: c.lastError, asides: [] }}
        />,
      );
      const region = screen.getByRole('status');
      expect(region).toHaveTextContent(c.says);
      expect(region.textContent).not.toMatch(/^Saved/);
      expect(region).toHaveAttribute('data-error', c.lastError);
      unmount();
    }
  });

  it('says it in Spanish and Arabic too', () => {
    const failed = {
      status: 'ready',
      lastSavedAt: '2026-01-01T00:00:00Z',
      lastError: 'write-failed',
      asides: [],
    } as const;
    const es = renderInWidget(<SaveStatus persistence={failed} />, 'es');
    expect(screen.getByRole('status')).toHaveTextContent('Su último cambio todavía no se guardó.');
    es.unmount();
    renderInWidget(<SaveStatus persistence={failed} />, 'ar');
    expect(screen.getByRole('status')).toHaveTextContent('لم يُحفظ تغييرك الأخير بعد.');
  });

  it('says whether a server has the answers, when the saving sends them on', () => {
    const cases = [
      { remote: 'pending', lang: 'en', says: 'Saved on this device, not sent yet.' },
      { remote: 'failed', lang: 'ar', says: 'محفوظ على هذا الجهاز ولم يُرسل بعد' },
      { remote: 'sent', lang: 'es', says: 'Guardado y enviado' },
      { remote: 'sending', lang: 'en', says: 'Saved' },
    ] as const;
    for (const c of cases) {
      const { unmount } = renderInWidget(
        <SaveStatus
          persistence={{
            status: 'ready',
            lastSavedAt: '2026-01-01T00:00:00Z',
            lastError: null,
            asides: [],
            remote: c.remote,
          }}
        />,
        c.lang,
      );
      expect(screen.getByRole('status')).toHaveTextContent(c.says);
      expect(screen.getByRole('status')).toHaveAttribute('data-remote', c.remote);
      unmount();
    }
  });
});
