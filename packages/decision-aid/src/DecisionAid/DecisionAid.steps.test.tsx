import { prostateTreatmentEn } from '@sdmkit/content';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DecisionAid } from './DecisionAid.js';

const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const group = (name: string) => screen.getByRole('group', { name });

// Steps the patient has visited stay mounted, hidden (issue 17).
describe('DecisionAid steps', () => {
  it('going back shows the visited step again, the same fields with their answers, focus on its heading', () => {
    const { container } = render(<DecisionAid content={prostateTreatmentEn} defaultStep="values" />);
    const aLot = within(group('Not having an operation')).getByRole('radio', { name: 'A lot' });
    fireEvent.click(aLot);
    press('Next');
    expect(screen.queryByRole('group', { name: 'Not having an operation' })).toBeNull();
    press('Back');
    expect(screen.getByRole('heading', { level: 2, name: 'What matters to you' })).toHaveFocus();
    const again = within(group('Not having an operation')).getByRole('radio', { name: 'A lot' });
    expect(again).toBe(aLot);
    expect(again).toBeChecked();
    expect(container.querySelector('[data-step]')).toHaveAttribute('data-step', 'values');
    const panels = [...container.querySelectorAll<HTMLElement>('[data-step-panel]')];
    // The step left stays laid out (the hidden attribute, no display: none); only the summary goes in Activity.
    expect(panels.map((p) => [p.dataset.stepPanel, p.hidden, p.style.display])).toEqual([
      ['values', false, ''],
      ['knowledge', true, ''],
    ]);
  });

  it('a hidden step shows what changed in another step when it is shown again', () => {
    render(<DecisionAid content={prostateTreatmentEn} defaultStep="summary" />);
    const leaning = screen.getByTestId('summary-leaning');
    expect(leaning).not.toHaveTextContent('Radiotherapy');
    press('Back');
    fireEvent.click(screen.getByRole('radio', { name: 'Radiotherapy' }));
    expect(leaning).not.toBeVisible();
    press('Next');
    // The same summary (not mounted again), up to date.
    expect(screen.getByTestId('summary-leaning')).toBe(leaning);
    expect(leaning).toBeVisible();
    expect(leaning).toHaveTextContent('Radiotherapy');
  });

  it('clears what copying the summary did once the patient leaves it, so coming back does not say "Copied."', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => {} }, configurable: true });
    render(<DecisionAid content={prostateTreatmentEn} defaultStep="summary" />);
    await act(async () => press('Copy as text'));
    expect(screen.getByText('Copied.', { selector: 'p' })).toBeInTheDocument();
    press('Back');
    press('Next');
    expect(screen.queryByText('Copied.', { selector: 'p' })).toBeNull();
  });
});
