import { Medicines, type MedicinesProps } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { type SectionPartArgs, sectionPart } from './shared';

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
    const row = within(canvas.getByRole('group', { name: 'Medicine 1: Metformin' }));
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
    await expect(canvas.getByRole('group', { name: 'Medicine 2: Atorvastatin' })).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'Allergy 1: Penicillin' })).toBeVisible();
  },
};
