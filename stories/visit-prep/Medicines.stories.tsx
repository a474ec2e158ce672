import { sampleVisitPrepInput } from '@sdmkit/content';
import { Medicines } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SectionStory } from './shared';

const meta = {
  title: 'Visit prep/Sections/Medicines',
  component: Medicines,
  render: (args, { globals }) => (
    <SectionStory globals={globals}>
      <Medicines {...args} />
    </SectionStory>
  ),
} satisfies Meta<typeof Medicines>;

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
  render: (args, { globals }) => (
    <SectionStory globals={globals} defaultValue={sampleVisitPrepInput}>
      <Medicines {...args} />
    </SectionStory>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'Medicine 2: Atorvastatin' })).toBeVisible();
    await expect(canvas.getByRole('group', { name: 'Allergy 1: Penicillin' })).toBeVisible();
  },
};
