import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderInRoot } from '../test-utils/render.js';
import { Medicines } from './Medicines.js';

describe('Medicines', () => {
  it('adds, edits and removes medicine rows, supplements and allergies', async () => {
    const user = userEvent.setup();
    const { last } = renderInRoot(<Medicines />);
    await user.click(screen.getByRole('button', { name: 'Add a medicine' }));
    const row1 = within(screen.getByRole('group', { name: 'Medicine 1' }));
    expect(row1.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await user.keyboard('Metformin');
    const named = within(screen.getByRole('group', { name: 'Medicine 1: Metformin' }));
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
});
