import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { StepPanels } from './StepPanels.js';

// React before 19.2 has no `Activity` export: the same React without it.
vi.mock('react', async (importOriginal) => ({
  ...(await importOriginal<typeof import('react')>()),
  Activity: undefined,
}));

function Draft({ step }: { step: string }) {
  const [draft, setDraft] = useState('');
  return (
    <label>
      Draft for {step}
      <input value={draft} onChange={(e) => setDraft(e.target.value)} />
    </label>
  );
}

function Host({ keepLaidOut }: { keepLaidOut?: (step: string) => boolean }) {
  const [step, setStep] = useState('one');
  return (
    <>
      <button type="button" onClick={() => setStep(step === 'one' ? 'two' : 'one')}>
        Switch
      </button>
      <StepPanels steps={['one', 'two']} current={step} keepLaidOut={keepLaidOut}>
        {(s) => <Draft step={s} />}
      </StepPanels>
    </>
  );
}

describe('StepPanels without Activity (React 18 to 19.1)', () => {
  it('renders the current step alone, mounted again on each visit', () => {
    const { container } = render(<Host />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Draft for one' }), { target: { value: 'typed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Switch' }));
    expect([...container.querySelectorAll<HTMLElement>('[data-step-panel]')].map((p) => p.dataset.stepPanel)).toEqual([
      'two',
    ]);
    expect(screen.queryByRole('textbox', { name: 'Draft for one' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Switch' }));
    expect(screen.getByRole('textbox', { name: 'Draft for one' })).toHaveValue('');
  });

  it('keeps the steps named by keepLaidOut, hidden, with their state', () => {
    const { container } = render(<Host keepLaidOut={(s) => s === 'one'} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Draft for one' }), { target: { value: 'typed' } });
    fireEvent.click(screen.getByRole('button', { name: 'Switch' }));
    const panels = [...container.querySelectorAll<HTMLElement>('[data-step-panel]')];
    expect(panels.map((p) => [p.dataset.stepPanel, p.hidden])).toEqual([
      ['one', true],
      ['two', false],
    ]);
    expect(screen.queryByRole('textbox', { name: 'Draft for one' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Switch' }));
    expect(screen.getByRole('textbox', { name: 'Draft for one' })).toHaveValue('typed');
  });
});
