import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderInRoot } from '../test-utils/render.js';
import { ReasonAndConcerns } from './ReasonAndConcerns.js';

describe('ReasonAndConcerns', () => {
  it('adds concerns, focuses the new one and reorders them with move buttons', async () => {
    const user = userEvent.setup();
    const { last } = renderInRoot(<ReasonAndConcerns />);
    expect(screen.getByRole('heading', { name: 'Why you are coming' })).toBeInTheDocument();
    for (const text of ['Headaches', 'Tired', 'Knee pain', 'Rash']) {
      await user.click(screen.getByRole('button', { name: 'Add a concern' }));
      await user.keyboard(text);
    }
    expect(last().concerns.map((c) => c.text)).toEqual(['Headaches', 'Tired', 'Knee pain', 'Rash']);

    const moveUp = screen.getByRole('button', { name: 'Move concern 3 up' });
    await user.click(moveUp);
    expect(last().concerns.map((c) => c.text)).toEqual(['Headaches', 'Knee pain', 'Tired', 'Rash']);
    expect(screen.getByRole('status')).toHaveTextContent('Concern moved to place 2.');

    // The first three are marked as the top concerns; the fourth is not.
    const items = screen.getAllByRole('listitem');
    expect(items.slice(0, 3).every((li) => li.hasAttribute('data-top'))).toBe(true);
    expect(items[3]?.hasAttribute('data-top')).toBe(false);

    // The first row cannot move up: the button stays focusable but does nothing.
    const firstUp = screen.getByRole('button', { name: 'Move concern 1 up' });
    expect(firstUp).toHaveAttribute('aria-disabled', 'true');
    await user.click(firstUp);
    expect(last().concerns[0]?.text).toBe('Headaches');

    await user.click(screen.getByRole('button', { name: 'Remove concern 4' }));
    expect(last().concerns.map((c) => c.text)).toEqual(['Headaches', 'Knee pain', 'Tired']);
    expect(screen.getByRole('button', { name: 'Add a concern' })).toHaveFocus();
  });

  it('announces the same message again when it repeats (the region text still changes)', async () => {
    const user = userEvent.setup();
    renderInRoot(<ReasonAndConcerns />);
    for (const text of ['Headaches', 'Tired', 'Knee pain', 'Rash']) {
      await user.click(screen.getByRole('button', { name: 'Add a concern' }));
      await user.keyboard(text);
    }
    const region = screen.getByRole('status');
    await user.click(screen.getByRole('button', { name: 'Move concern 2 down' }));
    const first = region.textContent;
    await user.click(screen.getByRole('button', { name: 'Move concern 4 up' }));
    const second = region.textContent;
    expect(first?.trim()).toBe('Concern moved to place 3.');
    expect(second?.trim()).toBe('Concern moved to place 3.');
    // A screen reader reads a live region when its text changes: the same words must not leave it unchanged.
    expect(second).not.toBe(first);
    expect(screen.getByRole('status')).toBe(region);
  });

  it('flags a concern over the word limit and keeps every word', async () => {
    const user = userEvent.setup();
    const { last } = renderInRoot(<ReasonAndConcerns />);
    await user.click(screen.getByRole('button', { name: 'Add a concern' }));
    const field = screen.getByRole('textbox', { name: /Concern 1/ });
    expect(field).toHaveFocus();
    const long = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');
    await user.keyboard(long);
    expect(field).toHaveValue(long);
    expect(last().concerns[0]?.text).toBe(long);
    expect(field).toHaveAccessibleDescription(/30 of 25 words.*longer than 25 words/);
  });

  it('shows the reason field with its own word count', async () => {
    const user = userEvent.setup();
    const { last } = renderInRoot(<ReasonAndConcerns />);
    const reason = screen.getByRole('textbox', { name: 'Main reason for the visit' });
    await user.type(reason, 'Chest pain on stairs');
    expect(last().reason).toBe('Chest pain on stairs');
    expect(within(reason.parentElement as HTMLElement).getByText('4 of 100 words')).toBeInTheDocument();
  });
});
