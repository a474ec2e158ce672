import { prostateTreatmentEn } from '@sdmkit/content';
import { createDecisionAidStore, type DecisionAidInput, emptyDecisionAidInput } from '@sdmkit/core';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DecisionAid } from './DecisionAid.js';

const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const ownField = () => screen.getByRole('textbox', { name: 'Add something that matters to you' });
const type = (text: string) => fireEvent.change(ownField(), { target: { value: text } });

/** A host that owns the input and has its own "start again" button. */
function ControlledHost({ start }: { start: DecisionAidInput }) {
  const [value, setValue] = useState(start);
  return (
    <>
      <button type="button" onClick={() => setValue(emptyDecisionAidInput())}>
        Start again
      </button>
      {/* A host that copies what it is given (as a state library or a round trip through JSON does). */}
      <DecisionAid
        content={prostateTreatmentEn}
        defaultStep="values"
        value={value}
        onValueChange={(next) => setValue(structuredClone(next))}
      />
    </>
  );
}

// The values step's unsent "own concern" draft belongs to the input it was typed against: it is kept across step
// changes and the patient's own changes, and goes when the host resets or replaces the input, shown or hidden.
describe('DecisionAid: an unsent draft and the host resetting the input', () => {
  it('keeps the draft across step changes, and clears it when the host resets its store while the step is hidden', () => {
    const store = createDecisionAidStore(prostateTreatmentEn);
    render(<DecisionAid content={prostateTreatmentEn} store={store} defaultStep="values" />);
    type('Being able to keep working');
    press('Next');
    press('Back');
    expect(ownField()).toHaveValue('Being able to keep working');

    press('Next');
    act(() => store.getState().actions.reset());
    press('Back');
    expect(ownField()).toHaveValue('');
  });

  it('clears the draft when the host replaces the input, shown or hidden', () => {
    const store = createDecisionAidStore(prostateTreatmentEn);
    render(<DecisionAid content={prostateTreatmentEn} store={store} defaultStep="values" />);
    const saved: DecisionAidInput = { ...emptyDecisionAidInput(), ratings: { 'no-operation': 3 } };
    type('Being able to keep working');
    act(() => store.replaceInput(saved));
    expect(ownField()).toHaveValue('');
    expect(
      within(screen.getByRole('group', { name: 'Not having an operation' })).getByRole('radio', { name: 'A lot' }),
    ).toBeChecked();

    type('Time with my family');
    press('Next');
    act(() => store.replaceInput({ ...saved, ratings: {} }));
    press('Back');
    expect(ownField()).toHaveValue('');
  });

  it('clears the draft when the saved data is cleared', async () => {
    const store = createDecisionAidStore(prostateTreatmentEn);
    render(<DecisionAid content={prostateTreatmentEn} store={store} defaultStep="values" />);
    type('Being able to keep working');
    press('Next');
    await act(() => store.clearSaved());
    press('Back');
    expect(ownField()).toHaveValue('');
  });

  it('in controlled use, keeps the draft through the patient’s changes and clears it on a new value from the host', () => {
    render(<ControlledHost start={emptyDecisionAidInput()} />);
    type('Being able to keep working');
    // The patient's own change, proposed to the host and passed back (as a copy): the draft stays.
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Not having an operation' })).getByRole('radio', { name: 'A lot' }),
    );
    expect(ownField()).toHaveValue('Being able to keep working');
    press('Next');
    press('Start again');
    press('Back');
    expect(ownField()).toHaveValue('');
    expect(
      within(screen.getByRole('group', { name: 'Not having an operation' })).getByRole('radio', { name: 'A lot' }),
    ).not.toBeChecked();
  });

  it('keeps the draft when the host passes the same input again as a new object', () => {
    const start: DecisionAidInput = { ...emptyDecisionAidInput(), ratings: { 'no-operation': 4 } };
    const { rerender } = render(<DecisionAid content={prostateTreatmentEn} value={start} defaultStep="values" />);
    type('Being able to keep working');
    rerender(<DecisionAid content={prostateTreatmentEn} value={structuredClone(start)} defaultStep="values" />);
    expect(ownField()).toHaveValue('Being able to keep working');
  });
});
