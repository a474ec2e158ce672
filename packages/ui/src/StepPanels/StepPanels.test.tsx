import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { StepPanels } from './StepPanels.js';

const STEPS = ['one', 'two', 'three'] as const;
type Step = (typeof STEPS)[number];

/** A step with its own state (a draft the patient typed) and a count of its mounts. */
function Draft({ step, mounts }: { step: Step; mounts: Record<string, number> }) {
  const [draft, setDraft] = useState(() => {
    mounts[step] = (mounts[step] ?? 0) + 1;
    return '';
  });
  return (
    <label>
      Draft for {step}
      <input value={draft} onChange={(e) => setDraft(e.target.value)} />
    </label>
  );
}

function Host({ mounts, keepLaidOut }: { mounts: Record<string, number>; keepLaidOut?: (step: Step) => boolean }) {
  const [step, setStep] = useState<Step>('one');
  return (
    <>
      {STEPS.map((s) => (
        <button key={s} type="button" onClick={() => setStep(s)}>
          Go to {s}
        </button>
      ))}
      <StepPanels steps={STEPS} current={step} keepLaidOut={keepLaidOut}>
        {(s) => <Draft step={s} mounts={mounts} />}
      </StepPanels>
    </>
  );
}

/** A host that turns `keepLaidOut` on and off for every step. */
function Switching({ mounts }: { mounts: Record<string, number> }) {
  const [keep, setKeep] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setKeep(!keep)}>
        Toggle
      </button>
      <Host mounts={mounts} keepLaidOut={keep ? () => true : undefined} />
    </>
  );
}

const go = (step: Step) => fireEvent.click(screen.getByRole('button', { name: `Go to ${step}` }));
const panels = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('[data-step-panel]')].map(
    (p) => `${p.dataset.stepPanel}${p.style.display === 'none' ? ' (hidden)' : ''}${p.hidden ? ' (kept)' : ''}`,
  );

describe('StepPanels', () => {
  it('renders the current step only until others are visited, then keeps them hidden, in the steps’ order', () => {
    const mounts: Record<string, number> = {};
    const { container } = render(<Host mounts={mounts} />);
    expect(panels(container)).toEqual(['one']);
    go('three');
    expect(panels(container)).toEqual(['one (hidden)', 'three']);
    go('two');
    expect(panels(container)).toEqual(['one (hidden)', 'two', 'three (hidden)']);
    // A hidden step is out of the accessibility tree.
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: 'Draft for two' })).toBeVisible();
  });

  it('shows a visited step again with its state, without mounting it again', () => {
    const mounts: Record<string, number> = {};
    render(<Host mounts={mounts} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Draft for one' }), { target: { value: 'kept' } });
    go('two');
    go('one');
    expect(screen.getByRole('textbox', { name: 'Draft for one' })).toHaveValue('kept');
    go('two');
    expect(mounts).toEqual({ one: 1, two: 1 });
  });

  it('keeps the steps named by keepLaidOut rendered with the hidden attribute, the others in Activity', () => {
    const mounts: Record<string, number> = {};
    const { container } = render(<Host mounts={mounts} keepLaidOut={(s) => s !== 'three'} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Draft for one' }), { target: { value: 'kept' } });
    go('three');
    expect(panels(container)).toEqual(['one (kept)', 'three']);
    go('two');
    expect(panels(container)).toEqual(['one (kept)', 'two', 'three (hidden)']);
    // Out of the accessibility tree either way; the shown step has no hidden attribute.
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: 'Draft for two' })).toBeVisible();
    go('one');
    expect(panels(container)).toEqual(['one', 'two (kept)', 'three (hidden)']);
    expect(screen.getByRole('textbox', { name: 'Draft for one' })).toHaveValue('kept');
    expect(mounts).toEqual({ one: 1, two: 1, three: 1 });
  });

  it('does not mount a step again when keepLaidOut starts or stops naming it', () => {
    const mounts: Record<string, number> = {};
    const { container } = render(<Switching mounts={mounts} />);
    go('two');
    fireEvent.click(screen.getByRole('button', { name: 'Toggle' }));
    go('three');
    expect(panels(container)).toEqual(['one (kept)', 'two (kept)', 'three']);
    fireEvent.click(screen.getByRole('button', { name: 'Toggle' }));
    expect(panels(container)).toEqual(['one (hidden)', 'two (hidden)', 'three']);
    expect(mounts).toEqual({ one: 1, two: 1, three: 1 });
  });
});
