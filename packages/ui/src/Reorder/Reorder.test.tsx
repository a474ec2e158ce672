import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ReorderList } from '../test-utils/reorder-list.js';
import { findReorderPlace, reorderPlace } from './Reorder.js';

const group = (name: string) => within(screen.getByRole('group', { name }));
const order = () => screen.getAllByRole('group').map((g) => g.getAttribute('aria-label'));
const button = (row: string, name: string) => group(row).getByRole('button', { name });
const status = () => screen.getByRole('status').textContent?.trim();

describe('reorderPlace', () => {
  it('says first, last and top group from a row index', () => {
    expect(reorderPlace(0, 3)).toEqual({ first: true, last: false, inTop: undefined, topEnd: false });
    expect(reorderPlace(1, 3)).toEqual({ first: false, last: false, inTop: undefined, topEnd: false });
    expect(reorderPlace(2, 3)).toEqual({ first: false, last: true, inTop: undefined, topEnd: false });
    expect(reorderPlace(0, 1)).toEqual({ first: true, last: true, inTop: undefined, topEnd: false });
    expect(reorderPlace(1, 5, 3)).toEqual({ first: false, last: false, inTop: true, topEnd: false });
    expect(reorderPlace(2, 5, 3)).toEqual({ first: false, last: false, inTop: true, topEnd: true });
    expect(reorderPlace(3, 5, 3)).toEqual({ first: false, last: false, inTop: false, topEnd: false });
    // The last of the top group with nothing after it has no gap to make.
    expect(reorderPlace(2, 3, 3)).toEqual({ first: false, last: true, inTop: true, topEnd: false });
  });

  it('gives the same object for the same place, so a store selector can return it', () => {
    expect(reorderPlace(1, 5, 3)).toBe(reorderPlace(1, 9, 3));
    expect(reorderPlace(2, 5, 3)).toBe(reorderPlace(2, 9, 3));
    expect(reorderPlace(2, 5, 3)).not.toBe(reorderPlace(1, 5, 3));
    expect(reorderPlace(4, 5)).toBe(reorderPlace(8, 9));
    expect(reorderPlace(4, 5, 3)).not.toBe(reorderPlace(4, 5));
  });

  it('finds the same place by looking at the ends of a list only', () => {
    for (const count of [1, 2, 3, 4, 5, 8]) {
      const rows = Array.from({ length: count }, (_, i) => ({ key: `k${i}` }));
      rows.forEach(({ key }, index) => {
        expect(findReorderPlace(rows, (r) => r.key === key, 3)).toBe(reorderPlace(index, count, 3));
        expect(findReorderPlace(rows, (r) => r.key === key)).toBe(reorderPlace(index, count));
      });
    }
    // Rows in the middle are not looked at.
    const seen: number[] = [];
    const rows = Array.from({ length: 100 }, (_, i) => i);
    findReorderPlace(
      rows,
      (r) => {
        seen.push(r);
        return r === 50;
      },
      3,
    );
    expect(seen.every((r) => r < 3 || r === 99)).toBe(true);
  });
});

describe('useReorderControls', () => {
  it('marks the buttons at the ends unavailable but keeps them focusable; Move to top only below the top group', () => {
    render(<ReorderList rows={['Apples', 'Pears', 'Plums', 'Figs']} topCount={2} />);
    expect(button('Apples', 'Move up')).toHaveAttribute('aria-disabled', 'true');
    expect(button('Apples', 'Move down')).not.toHaveAttribute('aria-disabled');
    expect(button('Figs', 'Move up')).not.toHaveAttribute('aria-disabled');
    expect(button('Figs', 'Move down')).toHaveAttribute('aria-disabled', 'true');
    for (const b of screen.getAllByRole('button')) expect(b).not.toBeDisabled();
    expect(group('Apples').queryByRole('button', { name: 'Move to top' })).toBeNull();
    expect(group('Pears').queryByRole('button', { name: 'Move to top' })).toBeNull();
    expect(button('Plums', 'Move to top')).toBeInTheDocument();
    expect(button('Figs', 'Move to top')).toBeInTheDocument();
  });

  it('offers no Move to top in a list without a top group', () => {
    render(<ReorderList rows={['Apples', 'Pears', 'Plums']} />);
    expect(screen.queryByRole('button', { name: 'Move to top' })).toBeNull();
  });

  it('moves the row, says where it went and keeps focus on the button used', async () => {
    const user = userEvent.setup();
    render(<ReorderList rows={['Apples', 'Pears', 'Plums']} />);
    button('Apples', 'Move down').focus();
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['Pears', 'Apples', 'Plums']);
    expect(status()).toBe('Apples moved to place 2 of 3.');
    expect(button('Apples', 'Move down')).toHaveFocus();
    await user.keyboard(' ');
    expect(order()).toEqual(['Pears', 'Plums', 'Apples']);
    expect(button('Apples', 'Move down')).toHaveFocus();
    await user.tab({ shift: true });
    expect(button('Apples', 'Move up')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(order()).toEqual(['Pears', 'Apples', 'Plums']);
    expect(status()).toBe('Apples moved to place 2 of 3.');
    expect(button('Apples', 'Move up')).toHaveFocus();
  });

  it('does nothing at the ends: nothing moves, nothing is said, focus stays', async () => {
    const user = userEvent.setup();
    render(<ReorderList rows={['Apples', 'Pears']} />);
    button('Apples', 'Move up').focus();
    await user.keyboard('{Enter}');
    await user.click(button('Pears', 'Move down'));
    expect(order()).toEqual(['Apples', 'Pears']);
    expect(status()).toBe('');
    expect(button('Pears', 'Move down')).toHaveFocus();
  });

  it('puts focus on Move up when Move to top goes away with the move', async () => {
    const user = userEvent.setup();
    render(<ReorderList rows={['Apples', 'Pears', 'Plums', 'Figs']} topCount={2} />);
    await user.click(button('Figs', 'Move to top'));
    expect(order()).toEqual(['Apples', 'Figs', 'Pears', 'Plums']);
    expect(status()).toBe('Figs moved to place 2 of 4.');
    expect(group('Figs').queryByRole('button', { name: 'Move to top' })).toBeNull();
    expect(button('Figs', 'Move up')).toHaveFocus();
    // The row pushed out of the top group gets the button.
    expect(button('Pears', 'Move to top')).toBeInTheDocument();
  });

  it('puts focus back in a row that mounts anew after its move (keyed anew), with focusAfter', async () => {
    const user = userEvent.setup();
    render(<ReorderList rows={['Apples', 'Pears', 'Plums', 'Figs']} topCount={2} rekeyOnTop />);
    const figs = group('Figs').getByText('Figs');
    await user.click(button('Figs', 'Move to top'));
    expect(order()).toEqual(['Apples', 'Figs', 'Pears', 'Plums']);
    // A new row, not the old one moved...
    expect(group('Figs').getByText('Figs')).not.toBe(figs);
    expect(status()).toBe('Figs moved to place 2 of 4.');
    // ... with focus where the move leaves it.
    expect(button('Figs', 'Move up')).toHaveFocus();
  });
});
