import { newSymptomTemplates } from '@sdmkit/content';
import { createVisitPrepStore } from '@sdmkit/core';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { rowWork, workMeter } from '../../../ui/src/test-utils/profile.js';
import { visitPrepEs } from '../locales/es.js';
import { renderInRoot } from '../test-utils/render.js';
import { VisitPrepRoot } from '../VisitPrepRoot/VisitPrepRoot.js';
import { Medicines } from './Medicines.js';

describe('Medicines', () => {
  it('adds, edits and removes medicine rows, supplements and allergies', async () => {
    const user = userEvent.setup();
    const { last } = renderInRoot(<Medicines />);
    await user.click(screen.getByRole('button', { name: 'Add a medicine' }));
    const row1 = within(screen.getByRole('group', { name: 'Medicine 1' }));
    expect(row1.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await user.keyboard('Metformin');
    const named = within(screen.getByRole('group', { name: 'Metformin' }));
    await user.type(named.getByRole('textbox', { name: 'Dose' }), '500 mg');
    await user.type(named.getByRole('textbox', { name: 'How often' }), 'Twice a day');
    await user.type(named.getByRole('textbox', { name: 'What it is for' }), 'Diabetes');
    await user.click(
      within(named.getByRole('group', { name: 'Are you taking it?' })).getByRole('radio', { name: 'Sometimes' }),
    );

    await user.click(screen.getByRole('button', { name: 'Add a medicine' }));
    await user.keyboard('Aspirin');
    expect(last().medicines).toEqual([
      {
        id: 'medicine-1',
        name: 'Metformin',
        dose: '500 mg',
        frequency: 'Twice a day',
        reason: 'Diabetes',
        taking: 'sometimes',
      },
      { id: 'medicine-2', name: 'Aspirin', dose: '', frequency: '', reason: '', taking: null },
    ]);

    await user.click(screen.getByRole('button', { name: 'Remove Metformin' }));
    expect(last().medicines.map((m) => m.name)).toEqual(['Aspirin']);
    expect(screen.getByRole('button', { name: 'Add a medicine' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Add a supplement' }));
    await user.keyboard('Vitamin D');
    await user.click(screen.getByRole('button', { name: 'Add an allergy' }));
    await user.keyboard('Penicillin');
    await user.type(screen.getByRole('textbox', { name: 'What happens?' }), 'Hives');
    expect(last().supplements.map((m) => m.name)).toEqual(['Vitamin D']);
    expect(last().allergies).toEqual([{ id: 'allergy-1', substance: 'Penicillin', reaction: 'Hives' }]);
  });

  it('lets the patient say they take no medicines and have no allergies', async () => {
    const user = userEvent.setup();
    const { last } = renderInRoot(<Medicines />);
    await user.click(screen.getByRole('checkbox', { name: 'I do not take any medicines' }));
    await user.click(screen.getByRole('checkbox', { name: 'I have no known allergies' }));
    expect(last()).toMatchObject({ noMedicines: true, noAllergies: true });
  });

  it('shows what came from the record for the patient to check, and lets them correct or remove it', async () => {
    const user = userEvent.setup();
    const store = createVisitPrepStore(newSymptomTemplates.en);
    store.getState().actions.addRow('medicines', { name: 'Metformin', dose: 'as I take it' });
    store.getState().actions.addFromRecord({
      medicines: [
        { name: 'METFORMIN', dose: '500 mg', frequency: '', reason: '' },
        { name: 'Lisinopril', dose: '10 mg', frequency: 'daily', reason: 'Blood pressure' },
      ],
      allergies: [{ substance: 'Penicillin', reaction: 'Rash' }],
    });
    const { last } = renderInRoot(<Medicines />, { store });
    const note = 'From your record: check it and correct it, or remove it.';
    const typed = within(screen.getByRole('group', { name: 'Metformin' }));
    expect(typed.queryByText(note)).toBeNull();
    expect(typed.getByRole('textbox', { name: 'Dose' })).toHaveValue('as I take it');
    const fromRecord = within(screen.getByRole('group', { name: 'Lisinopril' }));
    expect(fromRecord.getByText(note)).toBeVisible();
    expect(within(screen.getByRole('group', { name: 'Penicillin' })).getByText(note)).toBeVisible();
    await user.clear(fromRecord.getByRole('textbox', { name: 'Dose' }));
    await user.type(fromRecord.getByRole('textbox', { name: 'Dose' }), '20 mg');
    expect(last().medicines[1]).toMatchObject({ name: 'Lisinopril', dose: '20 mg', fromRecord: true });
    await user.click(screen.getByRole('button', { name: 'Remove Penicillin' }));
    expect(last().allergies).toEqual([]);
  });

  it('shows health conditions from the record to check, correct and remove, with focus kept in place', async () => {
    const user = userEvent.setup();
    const template = newSymptomTemplates.en;
    const store = createVisitPrepStore(template);
    const { unmount } = renderInRoot(<Medicines />, { store });
    // The template does not ask for conditions and there are none: no list.
    expect(screen.queryByRole('heading', { name: 'Health conditions' })).toBeNull();
    unmount();

    act(() => {
      store.getState().actions.addFromRecord({ conditions: [{ name: 'Type 2 diabetes' }] });
    });
    const { last } = renderInRoot(<Medicines />, { store });
    expect(screen.getByRole('heading', { name: 'Health conditions' })).toBeVisible();
    const row = within(screen.getByRole('group', { name: 'Type 2 diabetes' }));
    expect(row.getByText('From your record: check it and correct it, or remove it.')).toBeVisible();
    await user.type(row.getByRole('textbox', { name: 'Name' }), ', diet only');
    expect(last().conditions).toMatchObject([{ name: 'Type 2 diabetes, diet only', fromRecord: true }]);

    await user.click(screen.getByRole('button', { name: 'Add a health condition' }));
    expect(screen.getByRole('group', { name: 'Condition 2' })).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('Asthma');
    expect(last().conditions.map((c) => [c.name, c.fromRecord])).toEqual([
      ['Type 2 diabetes, diet only', true],
      ['Asthma', undefined],
    ]);
    await user.click(screen.getByRole('button', { name: 'Remove Asthma' }));
    expect(screen.getByRole('button', { name: 'Add a health condition' })).toHaveFocus();
    // The last one removed: the list goes, and focus goes to the allergies' add button before it.
    await user.click(screen.getByRole('button', { name: 'Remove Type 2 diabetes, diet only' }));
    expect(last().conditions).toEqual([]);
    expect(screen.queryByRole('heading', { name: 'Health conditions' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add an allergy' })).toHaveFocus();
  });

  it('asks for health conditions when the template says so, in Spanish too', async () => {
    const user = userEvent.setup();
    const asks = (t: typeof newSymptomTemplates.en) => ({
      ...t,
      sections: t.sections.map((x) => (x.type === 'medicines' ? { ...x, conditions: true } : x)),
    });
    const { last } = renderInRoot(<Medicines />, { content: asks(newSymptomTemplates.es), locale: 'es' });
    expect(screen.getByRole('heading', { name: 'Problemas de salud' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Añadir un problema de salud' }));
    await user.keyboard('Asma');
    expect(last().conditions).toMatchObject([{ name: 'Asma' }]);
    expect(screen.getByRole('group', { name: 'Asma' })).toBeVisible();
  });

  // The rows take the section's `t` (they hold no subscription to the strings of their own): a change of language
  // reaches them through the section.
  it('names the rows in the new language when the language changes', () => {
    const store = createVisitPrepStore(newSymptomTemplates.en);
    store.getState().actions.addMedicine('medicines', { name: 'Metformin' });
    store.getState().actions.addAllergy({ substance: '' });
    const root = (locale: string) => (
      <VisitPrepRoot content={newSymptomTemplates.en} store={store} locale={locale} translations={[visitPrepEs]}>
        <Medicines />
      </VisitPrepRoot>
    );
    const { rerender } = render(root('en'));
    expect(screen.getByRole('group', { name: 'Metformin' })).toBeVisible();
    expect(screen.getByRole('group', { name: 'Allergy 1' })).toBeVisible();
    rerender(root('es'));
    expect(screen.getByRole('button', { name: 'Quitar Metformin' })).toBeVisible();
    expect(screen.getByRole('group', { name: 'Alergia 1' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Quitar Alergia 1' })).toBeVisible();
  });

  // Protects the cost of typing in a long list (issue 17): a row reads its own medicine from the store, so a
  // keystroke in one row renders that row alone, however many medicines there are. Measured with a Profiler around
  // the section (workMeter, as the question list's rows are): 5 medicines against 50, and against one row's cost.
  it('a keystroke in one medicine renders that row only, in one commit, however long the list', () => {
    const keystroke = (n: number) => {
      const meter = workMeter();
      const store = createVisitPrepStore(newSymptomTemplates.en);
      const ids = Array.from({ length: n }, (_, i) =>
        store.getState().actions.addMedicine('medicines', { name: `Medicine ${i}` }),
      );
      renderInRoot(meter.wrap(<Medicines />), { store });
      const mount = meter.take();
      const others = screen.getAllByRole('listitem').filter((_, i) => i !== 2);
      act(() => store.getState().actions.updateMedicine('medicines', ids[2] ?? '', { dose: '5' }));
      const typed = meter.take();
      expect(
        within(screen.getByRole('group', { name: 'Medicine 2' })).getByRole('textbox', { name: 'Dose' }),
      ).toHaveValue('5');
      const after = screen.getAllByRole('listitem').filter((_, i) => i !== 2);
      expect(after.every((li, i) => li === others[i])).toBe(true); // the same elements: not mounted again
      cleanup();
      return { mount, typed };
    };
    const small = keystroke(5);
    const large = keystroke(50);
    const row = rowWork(small.mount, large.mount, 45);
    for (const size of [small, large]) expect(size.typed.commits).toEqual(['update']);
    // One row renders (less than two rows' work, the way down from the root included)...
    expect(small.typed.work).toBeLessThan(2 * row);
    // ... and the 45 rows more are passed over, not rendered: less than a tenth of a row each.
    expect(large.typed.work - small.typed.work).toBeLessThan((45 * row) / 10);
  });

  // Protects the cost of removing a row near the top of a long list (issue 17): a named row is named by its name,
  // so the rows after it render nothing when their place changes; a row without a name yet is named by its place
  // ("Medicine 51" becomes "Medicine 50"), and only its frame (group name and remove button) renders again, not its
  // fields. Removing the second of 5 named medicines against the second of 50: the 45 rows more that shift cost
  // less than a tenth of a row each (a quarter of a row each when every row showed its number, the whole row
  // before that).
  it('removing a medicine renders no named row after it, and only the frame of an unnamed one', async () => {
    const user = userEvent.setup();
    const removeSecond = async (n: number) => {
      const meter = workMeter();
      const store = createVisitPrepStore(newSymptomTemplates.en);
      for (let i = 0; i < n; i++) store.getState().actions.addMedicine('medicines', { name: `Medicine ${i}` });
      store.getState().actions.addMedicine('medicines', { name: '' });
      renderInRoot(meter.wrap(<Medicines />), { store });
      const mount = meter.take();
      const lastRow = () => screen.getAllByRole('listitem').at(-1) as HTMLElement;
      const fields = within(lastRow()).getAllByRole('textbox');
      expect(within(lastRow()).getByRole('group', { name: `Medicine ${n + 1}` })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Remove Medicine 1' }));
      const removed = meter.take();
      // The named rows after it keep their names; the unnamed last one is renumbered, its remove button too...
      expect(screen.getByRole('group', { name: 'Medicine 2' })).toBeInTheDocument();
      expect(within(lastRow()).getByRole('group', { name: `Medicine ${n}` }).tagName).toBe('FIELDSET');
      expect(within(lastRow()).getByRole('button', { name: `Remove Medicine ${n}` })).toBeInTheDocument();
      // ... with the same fields (not mounted again).
      within(lastRow())
        .getAllByRole('textbox')
        .forEach((field, i) => {
          expect(field).toBe(fields[i]);
        });
      cleanup();
      return { mount, removed };
    };
    const small = await removeSecond(5);
    const large = await removeSecond(50);
    const row = rowWork(small.mount, large.mount, 45);
    expect(large.removed.commits).toEqual(['update']);
    expect(large.removed.work - small.removed.work).toBeLessThan((45 * row) / 10);
  });

  // Protects the cost of adding a medicine when the other lists are long (issue 17): each list reads its own rows,
  // so adding to the medicines renders that list, and the allergies and supplements are not gone through again.
  // 5 allergies and supplements against 50 each.
  it('adding a medicine does not go through the other lists of the section', async () => {
    const user = userEvent.setup();
    const addOne = async (n: number) => {
      const meter = workMeter();
      const store = createVisitPrepStore(newSymptomTemplates.en);
      store.getState().actions.addMedicine('medicines', { name: 'Metformin' });
      for (let i = 0; i < n; i++) {
        store.getState().actions.addMedicine('supplements', { name: `Supplement ${i}` });
        store.getState().actions.addAllergy({ substance: `Allergy ${i}` });
      }
      renderInRoot(meter.wrap(<Medicines />), { store });
      const mount = meter.take();
      await user.click(screen.getByRole('button', { name: 'Add a medicine' }));
      const added = meter.take();
      expect(store.getState().input.medicines).toHaveLength(2);
      expect(
        within(screen.getByRole('group', { name: 'Medicine 2' })).getByRole('textbox', { name: 'Name' }),
      ).toHaveFocus();
      cleanup();
      return { mount, added };
    };
    const small = await addOne(5);
    const large = await addOne(50);
    const row = rowWork(small.mount, large.mount, 90);
    expect(large.added.commits).toEqual(['update']);
    // The 90 rows more are not even passed over: together they cost less than half a row (90 clock reads before).
    expect(large.added.work - small.added.work).toBeLessThan(row / 2);
  });
});
