import { prostateTreatmentEn } from '@sdmkit/content';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInProvider } from '../test-utils/render.js';
import { ValuesClarification } from './ValuesClarification.js';

describe('ValuesClarification', () => {
  it('starts with nothing rated, then shows fit per option in content order, neutrally', () => {
    const { container } = renderInProvider(prostateTreatmentEn, <ValuesClarification />);
    expect(screen.getAllByRole('radio').filter((r) => (r as HTMLInputElement).checked)).toHaveLength(0);
    expect(screen.getByText(/Rate at least one thing/)).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Avoiding leaking urine and erection problems' });
    fireEvent.click(within(group).getByRole('radio', { name: 'Very much' }));
    const lower = screen.getByRole('group', { name: 'Lowering the chance that the cancer grows or spreads' });
    fireEvent.click(within(lower).getByRole('radio', { name: 'Somewhat' }));
    // 4 for monitoring; 2 for surgery and radiotherapy; total 6.
    const items = [...container.querySelectorAll('.sdm-ValuesClarification__fitList li')];
    expect(items.map((li) => li.getAttribute('data-option-id'))).toEqual(['monitoring', 'surgery', 'radiotherapy']);
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('67% of what you rated'),
      expect.stringContaining('33% of what you rated'),
      expect.stringContaining('33% of what you rated'),
    ]);
    expect(screen.getByText(/It is not a recommendation/)).toBeInTheDocument();
    expect(container.textContent).not.toMatch(/best|recommended for you/i);
    // The fit list is there to read, not spoken again by a screen reader on every rating: no live region holds it.
    const live = '[aria-live]:not([aria-live="off"]), [role="status"], [role="log"], [role="alert"]';
    expect(items.every((li) => li.closest(live) === null)).toBe(true);
  });

  it("adds the patient's own concern, rates it and ties it to options", () => {
    renderInProvider(prostateTreatmentEn, <ValuesClarification />);
    fireEvent.change(screen.getByLabelText('Add something that matters to you'), {
      target: { value: 'Being able to keep working' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    const own = screen.getByRole('group', { name: 'Being able to keep working' });
    fireEvent.click(within(own).getByRole('radio', { name: 'A lot' }));
    fireEvent.click(screen.getAllByRole('checkbox', { name: 'Active monitoring' })[0]!);
    expect(screen.getByText(/100% of what you rated/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Remove "Being able to keep working"' }));
    expect(screen.queryByRole('group', { name: 'Being able to keep working' })).toBeNull();
  });

  it('moves focus to the new concern, and keeps a draft it cannot add', () => {
    const { container } = renderInProvider(prostateTreatmentEn, <ValuesClarification />);
    const field = screen.getByRole('textbox', { name: 'Add something that matters to you' });
    fireEvent.change(field, { target: { value: 'Being able to keep working' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    const own = screen.getByRole('group', { name: 'Being able to keep working' });
    expect(within(own).getAllByRole('radio')[0]).toHaveFocus();
    expect(field).toHaveValue('');

    // Only spaces (sent with Enter, the button being off): refused, nothing added, the draft left as it was.
    fireEvent.change(field, { target: { value: '   ' } });
    expect(screen.getByRole('button', { name: 'Add' })).toBeDisabled();
    fireEvent.submit(container.querySelector('form') as HTMLFormElement);
    expect(field).toHaveValue('   ');
    expect(screen.getAllByRole('button', { name: /^Remove / })).toHaveLength(1);
  });
});
