import '../styles.css';
import { cleanup, render, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { ReorderList } from '../test-utils/reorder-list.js';

afterEach(() => {
  cleanup();
  document.querySelector('[data-testid="shadow-host"]')?.remove();
});

/** Where the list is rendered: the page, or a shadow root (as the custom elements of @sdmkit/elements do). */
let view: { root: HTMLElement; focused: () => Element | null } = {
  root: document.body,
  focused: () => document.activeElement,
};

function renderIn(ui: ReactNode, where: 'page' | 'shadow' = 'page') {
  if (where === 'page') {
    view = { root: document.body, focused: () => document.activeElement };
    return render(ui);
  }
  const host = document.createElement('div');
  host.dataset.testid = 'shadow-host';
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  view = { root: container, focused: () => shadow.activeElement };
  return render(ui, { container });
}

const order = () =>
  within(view.root)
    .getAllByRole('group')
    .map((g) => g.getAttribute('aria-label'));
const button = (row: string, name: string) =>
  within(within(view.root).getByRole('group', { name: row })).getByRole('button', { name });
const status = () => within(view.root).getByRole('status').textContent?.trim();

/** Presses `key` on `row`'s button `name` with the real keyboard, counting the times focus left it meanwhile. */
async function press(row: string, name: string, key = '{Enter}') {
  const target = button(row, name);
  target.focus();
  expect(view.focused()).toBe(target);
  let blurs = 0;
  const onBlur = () => blurs++;
  target.addEventListener('blur', onBlur);
  await userEvent.keyboard(key);
  target.removeEventListener('blur', onBlur);
  return { target, blurs };
}

describe('useReorderControls in Chromium', () => {
  // Down, the row's own element is moved in the page, which takes focus from it; up, the rows around it move. In a
  // shadow root React does not put focus back itself after a commit (it only sees the host as focused).
  it.each(['page', 'shadow'] as const)(
    'keeps focus on the pressed button while its row moves down and up (%s)',
    async (where) => {
      renderIn(<ReorderList rows={['Apples', 'Pears', 'Plums', 'Figs']} />, where);
      const down = await press('Pears', 'Move down');
      expect(order()).toEqual(['Apples', 'Plums', 'Pears', 'Figs']);
      expect(status()).toBe('Pears moved to place 3 of 4.');
      expect(button('Pears', 'Move down')).toBe(down.target);
      expect(view.focused()).toBe(down.target);
      await userEvent.keyboard(' ');
      expect(order()).toEqual(['Apples', 'Plums', 'Figs', 'Pears']);
      expect(view.focused()).toBe(down.target);
      const up = await press('Pears', 'Move up');
      expect(order()).toEqual(['Apples', 'Plums', 'Pears', 'Figs']);
      expect(status()).toBe('Pears moved to place 3 of 4.');
      expect(view.focused()).toBe(up.target);
      await userEvent.keyboard('{Enter}');
      await userEvent.keyboard('{Enter}');
      expect(order()).toEqual(['Pears', 'Apples', 'Plums', 'Figs']);
      expect(view.focused()).toBe(up.target);
      expect(up.target).toHaveAttribute('aria-disabled', 'true');
    },
  );

  it('at the ends, nothing moves and focus stays on the unavailable button', async () => {
    renderIn(<ReorderList rows={['Apples', 'Pears', 'Plums']} />);
    const top = await press('Apples', 'Move up');
    expect(top.target).toHaveAttribute('aria-disabled', 'true');
    expect(order()).toEqual(['Apples', 'Pears', 'Plums']);
    expect(view.focused()).toBe(top.target);
    const bottom = await press('Plums', 'Move down', ' ');
    expect(bottom.target).toHaveAttribute('aria-disabled', 'true');
    expect(order()).toEqual(['Apples', 'Pears', 'Plums']);
    expect(view.focused()).toBe(bottom.target);
    expect(top.blurs + bottom.blurs).toBe(0);
    expect(status()).toBe('');
    // Still in the tab order: Tab goes on from there.
    await userEvent.tab({ shift: true });
    expect(view.focused()).toBe(button('Plums', 'Move up'));
  });

  it('puts focus on Move up when Move to top goes away with the move', async () => {
    renderIn(<ReorderList rows={['Apples', 'Pears', 'Plums', 'Figs', 'Kiwis']} topCount={3} />);
    await press('Kiwis', 'Move to top');
    expect(order()).toEqual(['Apples', 'Pears', 'Kiwis', 'Plums', 'Figs']);
    expect(status()).toBe('Kiwis moved to place 3 of 5.');
    expect(view.focused()).toBe(button('Kiwis', 'Move up'));
  });
});
