import { checkUpTemplates } from '@sdmkit/content';
import { createVisitPrepStore } from '@sdmkit/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ClinicianAgenda } from '../ClinicianAgenda/ClinicianAgenda.js';
import { WhatMatters } from '../WhatMatters/WhatMatters.js';
import { VisitPrepRoot } from './VisitPrepRoot.js';

describe('VisitPrepRoot', () => {
  it('runs sections alone on a host store, with string overrides', async () => {
    const user = userEvent.setup();
    const store = createVisitPrepStore(checkUpTemplates.en);
    render(
      <VisitPrepRoot
        content={checkUpTemplates.en}
        store={store}
        theme="dark"
        messages={{ en: { 'sdm-visit-prep': { whatMatters: { goals: 'Your hopes for today' } } } }}
      >
        <WhatMatters />
        <ClinicianAgenda showActions={false} />
      </VisitPrepRoot>,
    );
    await user.type(screen.getByRole('textbox', { name: 'Your hopes for today' }), 'Sleep better');
    expect(store.getState().input.whatMatters.goals).toBe('Sleep better');
    expect(screen.getByText('Sleep better', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Print' })).toBeNull();
    expect(document.querySelector('.sdm-root')).toHaveAttribute('data-sdm-theme', 'dark');
  });

  it('throws a clear error when a section is used outside a root', () => {
    expect(() => render(<WhatMatters />)).toThrow(/outside/);
  });
});
