import { emptyVisitPrepInput, type VisitPrepInput } from '@sdmkit/core';
import { Medicines, type MedicinesProps } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { type SectionPartArgs, SectionStory, sectionPart } from './shared';

/** Controls: the example template (`template`) and the patient’s answers when the story opens (`answers`). */
const meta = {
  title: 'Visit prep/Sections/Medicines',
  component: Medicines,
  ...sectionPart(Medicines),
} satisfies Meta<MedicinesProps & SectionPartArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AddEditRemove: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Add a medicine' }));
    await expect(canvas.getByRole('textbox', { name: 'Name' })).toHaveFocus();
    await userEvent.keyboard('Metformin');
    const row = within(canvas.getByRole('group', { name: 'Metformin' }));
    await userEvent.type(row.getByRole('textbox', { name: 'Dose' }), '500 mg');
    await userEvent.click(row.getByRole('radio', { name: 'Sometimes' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Add an allergy' }));
    await userEvent.keyboard('Penicillin');
    await userEvent.click(canvas.getByRole('button', { name: 'Remove Metformin' }));
    await expect(canvas.queryByRole('group', { name: /Metformin/ })).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Add a medicine' })).toHaveFocus();
  },
};

export const Filled: Story = {
  args: { answers: 'sample' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'Atorvastatin' })).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'Penicillin' })).toBeVisible();
  },
};

/** What `addFromRecord` adds from a patient's record (made-up entries), before the patient checked any of it. */
const fromRecord: VisitPrepInput = {
  ...emptyVisitPrepInput(),
  medicines: [
    {
      id: 'medicine-1',
      name: 'Lisinopril 10 mg tablet',
      dose: 'Once a day',
      frequency: '',
      reason: '',
      taking: null,
      fromRecord: true,
    },
  ],
  allergies: [{ id: 'allergy-1', substance: 'Penicillin', reaction: 'Hives', fromRecord: true }],
  conditions: [
    { id: 'condition-1', name: 'Type 2 diabetes', fromRecord: true },
    { id: 'condition-2', name: 'High blood pressure', fromRecord: true },
  ],
};

/**
 * Rows added from the patient's record (`addFromRecord`, e.g. with `@sdmkit/smart`'s `readVisitPrepRecord`), each
 * marked for the patient to check and correct or remove. The health conditions list shows because it has entries
 * (the template does not ask for it); the patient corrects one and removes another.
 */
export const FromTheRecord: Story = {
  render: (_args, { globals }) => (
    <SectionStory globals={globals} defaultValue={fromRecord}>
      <Medicines />
    </SectionStory>
  ),
  play: async ({ canvasElement, globals }) => {
    if (globals.locale !== 'en') return; // the script below reads the English labels
    const canvas = within(canvasElement);
    const diabetes = within(canvas.getByRole('group', { name: 'Type 2 diabetes' }));
    await expect(diabetes.getByText('From your record: check it and correct it, or remove it.')).toBeVisible();
    await userEvent.type(diabetes.getByRole('textbox', { name: 'Name' }), ', diet only');
    await expect(canvas.getByRole('group', { name: 'Type 2 diabetes, diet only' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Remove High blood pressure' }));
    await expect(canvas.getByRole('button', { name: 'Add a health condition' })).toHaveFocus();
  },
};
