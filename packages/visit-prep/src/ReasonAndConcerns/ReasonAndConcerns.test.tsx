import { newSymptomTemplates } from '@sdmkit/content';
import { createVisitPrepStore, emptyVisitPrepInput } from '@sdmkit/core';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { rowWork, workMeter } from '../../../ui/src/test-utils/profile.js';
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

  // Protects the cost of typing in a long list (issue 17), as for medicines and questions: a concern reads its own
  // row from the store. 5 concerns against 50 (the input accepts up to 200; the template's add button stops at 10).
  it('a keystroke in one concern renders that row only; adding one renders the new row and the one before', () => {
    const steps = (n: number) => {
      const meter = workMeter();
      const concerns = Array.from({ length: n }, (_, i) => ({ id: `concern-${i + 1}`, text: `Concern ${i + 1}` }));
      const store = createVisitPrepStore(
        { ...newSymptomTemplates.en, limits: { ...newSymptomTemplates.en.limits, maxConcerns: undefined } },
        { initialInput: { ...emptyVisitPrepInput(), concerns } },
      );
      renderInRoot(meter.wrap(<ReasonAndConcerns />), { store });
      const mount = meter.take();
      const others = screen.getAllByRole('listitem').filter((_, i) => i !== 2);
      act(() => store.getState().actions.updateConcern('concern-3', 'Dizzy'));
      const typed = meter.take();
      expect(screen.getByRole('textbox', { name: /^Concern 3\b/ })).toHaveValue('Dizzy');
      const after = screen.getAllByRole('listitem').filter((_, i) => i !== 2);
      expect(after.every((li, i) => li === others[i])).toBe(true); // the same elements: not mounted again
      act(() => {
        store.getState().actions.addRow('concerns');
      });
      const added = meter.take();
      expect(screen.getAllByRole('listitem')).toHaveLength(n + 1);
      cleanup();
      return { mount, typed, added };
    };
    const small = steps(5);
    const large = steps(50);
    const row = rowWork(small.mount, large.mount, 45);
    for (const size of [small, large]) expect(size.typed.commits).toEqual(['update']);
    // One row renders (less than two rows' work, the way down from the root and the word count included)...
    expect(small.typed.work).toBeLessThan(2 * row);
    // ... and the 45 rows more are passed over, not rendered: less than a tenth of a row each.
    expect(large.typed.work - small.typed.work).toBeLessThan((45 * row) / 10);
    expect(large.added.work - small.added.work).toBeLessThan((45 * row) / 10);
  });
});
