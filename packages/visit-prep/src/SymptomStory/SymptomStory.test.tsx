import { newSymptomTemplates } from '@sdmkit/content';
import { createVisitPrepStore, emptyVisitPrepInput } from '@sdmkit/core';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { rowWork, workMeter } from '../../../ui/src/test-utils/profile.js';
import { renderInRoot } from '../test-utils/render.js';
import { SymptomStory } from './SymptomStory.js';

const today = new Date(2026, 10, 21);
const base = emptyVisitPrepInput();

describe('SymptomStory', () => {
  it('records what, where, body areas, severity in words and the timeline in date order', async () => {
    const user = userEvent.setup();
    const { last } = renderInRoot(<SymptomStory today={today} />);
    await user.type(screen.getByRole('combobox', { name: 'What do you feel?' }), 'Headache');
    await user.click(screen.getByRole('checkbox', { name: 'Head' }));
    await user.click(screen.getByRole('radio', { name: /Severe \(4 of 5\)/ }));
    expect(last().symptoms).toMatchObject({ what: 'Headache', bodyAreas: ['Head'], severity: 'severe' });

    await user.click(screen.getByRole('button', { name: 'Add a change' }));
    const first = within(screen.getByRole('group', { name: 'Change 1' }));
    expect(first.getByLabelText('Date')).toHaveFocus();
    await user.type(first.getByLabelText('Date'), '2026-11-10');
    await user.type(first.getByRole('textbox', { name: 'What changed?' }), 'Worse at night');
    await user.click(screen.getByRole('button', { name: 'Add a change' }));
    const second = within(screen.getByRole('group', { name: 'Change 2' }));
    await user.type(second.getByLabelText('Date'), '2026-11-01');
    await user.type(second.getByRole('textbox', { name: 'What changed?' }), 'Started');

    const sorted = screen.getByRole('heading', { name: 'Your timeline in date order' })
      .nextElementSibling as HTMLElement;
    expect(
      within(sorted)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['2026-11-01: Started', '2026-11-10: Worse at night']);
  });

  it('explains date problems in the patient language, without losing the date', () => {
    renderInRoot(<SymptomStory today={today} />, {
      locale: 'es',
      content: newSymptomTemplates.es,
      defaultValue: {
        ...base,
        symptoms: {
          ...base.symptoms,
          onset: '2027-01-01',
          timeline: [{ id: 'event-1', date: '2026-02-30', note: 'x' }],
        },
      },
    });
    expect(screen.getByLabelText('¿Cuándo empezó?')).toHaveAccessibleDescription(/Esta fecha es futura/);
    expect(screen.getByLabelText('¿Cuándo empezó?')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Esta fecha no existe/)).toBeInTheDocument();
  });

  // Protects the cost of typing in a long timeline (issue 17), as for medicines: an entry reads its own row from the
  // store, and so does each entry in date order under the list, whose list renders only when the order changes.
  it('a keystroke in one timeline entry renders that entry, not the others, however long the timeline', () => {
    const keystroke = (n: number) => {
      const meter = workMeter();
      const store = createVisitPrepStore(newSymptomTemplates.en);
      const ids = Array.from({ length: n }, (_, i) =>
        store.getState().actions.addTimelineEntry({ date: '2026-10-01', note: `Change ${i + 1}` }),
      );
      renderInRoot(meter.wrap(<SymptomStory today={today} />), { store });
      const mount = meter.take();
      const entries = () => screen.getAllByRole('group', { name: /^Change \d+$/ });
      const others = entries().filter((_, i) => i !== 2);
      act(() => store.getState().actions.updateTimelineEntry(ids[2] ?? '', { note: 'Worse at night' }));
      const typed = meter.take();
      expect(within(entries()[2] as HTMLElement).getByRole('textbox', { name: 'What changed?' })).toHaveValue(
        'Worse at night',
      );
      // The entries in date order (all on one day: as typed) show it too; the others keep their elements.
      const sorted = () =>
        within(
          screen.getByRole('heading', { name: 'Your timeline in date order' }).nextElementSibling as HTMLElement,
        ).getAllByRole('listitem');
      expect(sorted()[2]).toHaveTextContent('2026-10-01: Worse at night');
      expect(sorted()).toHaveLength(n);
      expect(
        entries()
          .filter((_, i) => i !== 2)
          .every((g, i) => g === others[i]),
      ).toBe(true); // not mounted again
      cleanup();
      return { mount, typed };
    };
    const small = keystroke(5);
    const large = keystroke(50);
    const row = rowWork(small.mount, large.mount, 45);
    for (const size of [small, large]) expect(size.typed.commits).toEqual(['update']);
    expect(small.typed.work).toBeLessThan(2 * row);
    expect(large.typed.work - small.typed.work).toBeLessThan((45 * row) / 10);
  });
});
