import { newSymptomTemplates } from '@sdmkit/content';
import { createVisitPrepStore } from '@sdmkit/core';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { rowWork, workMeter } from '../../../ui/src/test-utils/profile.js';
import { VisitPrep } from './VisitPrep.js';

const today = new Date(2026, 10, 21);

/** A store on the medicines step with `n` medicines. */
function medicinesStore(n: number) {
  const store = createVisitPrepStore(newSymptomTemplates.en);
  const ids = Array.from({ length: n }, (_, i) =>
    store.getState().actions.addMedicine('medicines', { name: `Medicine ${i}` }),
  );
  store.getState().actions.setStep('medicines');
  return { store, ids };
}

const medicineFields = () =>
  screen.getAllByRole('group', { name: /^Medicine \d+/ }).flatMap((g) => within(g).getAllByRole('textbox'));

// Steps the patient has visited stay mounted, hidden (issue 17): going back to one shows it again, without building
// its rows again.
describe('VisitPrep steps', () => {
  it('going back to a step shows its rows again without mounting them, however many there are', async () => {
    const user = userEvent.setup();
    const backAndForth = async (n: number) => {
      const meter = workMeter();
      const { store } = medicinesStore(n);
      render(meter.wrap(<VisitPrep content={newSymptomTemplates.en} store={store} today={today} />));
      const mount = meter.take();
      const fields = medicineFields();
      await user.click(screen.getByRole('button', { name: 'Next' }));
      expect(screen.queryAllByRole('group', { name: /^Medicine \d+/ })).toEqual([]);
      meter.take();
      await user.click(screen.getByRole('button', { name: 'Back' }));
      const back = meter.take();
      // The same fields: not mounted again.
      const again = medicineFields();
      expect(again).toHaveLength(fields.length);
      again.forEach((field, i) => {
        expect(field).toBe(fields[i]);
      });
      cleanup();
      return { mount, back };
    };
    const small = await backAndForth(5);
    const large = await backAndForth(25);
    const row = rowWork(small.mount, large.mount, 20);
    // The 20 rows more are shown again, not rendered: less than a tenth of a row each (the whole row each before).
    expect(large.back.work - small.back.work).toBeLessThan((20 * row) / 10);
  });

  it('moves focus to the heading of the step shown, not to a hidden one, and keeps one step in view', async () => {
    const user = userEvent.setup();
    const { store } = medicinesStore(2);
    const { container } = render(<VisitPrep content={newSymptomTemplates.en} store={store} today={today} />);
    const medicinesHeading = screen.getByRole('heading', { level: 3, name: 'Medicines and allergies' });
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const nextHeading = screen.getByRole('heading', { level: 3, name: 'What matters to you' });
    expect(nextHeading).toHaveFocus();
    expect(medicinesHeading).not.toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(medicinesHeading).toHaveFocus();
    expect(medicinesHeading).toBeVisible();
    expect(nextHeading).not.toBeVisible();
    // Both steps are there, one of them shown; the step container names the step shown.
    const panels = [...container.querySelectorAll<HTMLElement>('[data-step-panel]')];
    expect(panels.map((p) => p.dataset.stepPanel)).toEqual(['medicines', 'what-matters']);
    expect(panels.filter((p) => !p.hidden && p.style.display !== 'none')).toHaveLength(1);
    expect(container.querySelector('[data-step]')).toHaveAttribute('data-step', 'medicines');
  });

  it('shows what changed while a step was hidden when it is shown again, the agenda included', async () => {
    const user = userEvent.setup();
    const { store, ids } = medicinesStore(2);
    render(<VisitPrep content={newSymptomTemplates.en} store={store} today={today} />);
    const steps = within(screen.getByRole('navigation', { name: 'Steps' }));
    const agenda = () => screen.getByRole('article', { name: 'Agenda for your care team' });
    await user.click(steps.getByRole('button', { name: /Your agenda/ }));
    expect(agenda()).toHaveTextContent('Medicine 1');
    // Changed by the host while the medicines step is hidden...
    act(() => store.getState().actions.updateMedicine('medicines', ids[1] ?? '', { name: 'Metformin' }));
    await user.click(steps.getByRole('button', { name: /Medicines and allergies/ }));
    // ... and shown when it is shown again.
    const row = screen.getByRole('group', { name: 'Metformin' });
    expect(within(row).getByRole('textbox', { name: 'Name' })).toHaveValue('Metformin');
    // Changed in this step while the agenda is hidden: the agenda says it when shown again.
    await user.type(within(row).getByRole('textbox', { name: 'Dose' }), '500 mg');
    await user.click(steps.getByRole('button', { name: /Your agenda/ }));
    expect(agenda()).toHaveTextContent(/Metformin.*500 mg/);
  });

  it('clears what copying the agenda did once the patient leaves it, so coming back does not say "copied"', async () => {
    const user = userEvent.setup();
    const writeText = async () => {};
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { store } = medicinesStore(1);
    store.getState().actions.setStep('agenda');
    render(<VisitPrep content={newSymptomTemplates.en} store={store} today={today} />);
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    expect(await screen.findByText('Agenda copied.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'See my agenda' }));
    expect(screen.getByRole('heading', { name: 'Agenda for your care team' })).toHaveFocus();
    expect(screen.queryByText('Agenda copied.')).toBeNull();
  });

  // The sections stay laid out while hidden, rendered, with their store subscriptions on: an edit in the step shown
  // must pass the hidden medicines over, however many there are.
  it('an edit in the step shown renders nothing of a hidden section, however long its lists', async () => {
    const user = userEvent.setup();
    const editAfter = async (n: number) => {
      const meter = workMeter();
      const { store } = medicinesStore(n);
      render(meter.wrap(<VisitPrep content={newSymptomTemplates.en} store={store} today={today} />));
      const mount = meter.take();
      await user.click(screen.getByRole('button', { name: 'Next' }));
      meter.take();
      act(() => store.getState().actions.setWhatMatters({ goals: 'Walk the dog again' }));
      const edit = meter.take();
      expect(store.getState().input.whatMatters.goals).toBe('Walk the dog again');
      expect(screen.queryAllByRole('group', { name: /^Medicine \d+/ })).toEqual([]);
      cleanup();
      return { mount, edit };
    };
    const small = await editAfter(5);
    const large = await editAfter(45);
    const row = rowWork(small.mount, large.mount, 40);
    expect(large.edit.commits).toEqual(small.edit.commits);
    // The 40 hidden rows more render nothing: less than a twentieth of a row each.
    expect(large.edit.work - small.edit.work).toBeLessThan((40 * row) / 20);
  });
});
