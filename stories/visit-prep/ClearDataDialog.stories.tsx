import { sampleVisitPrepInput } from '@sdmkit/content';
import { ClearDataDialog, WhatMatters } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SectionStory } from './shared';

const meta = {
  title: 'Visit prep/ClearDataDialog',
  component: ClearDataDialog,
  render: (args, { globals }) => (
    <SectionStory globals={globals} defaultValue={sampleVisitPrepInput}>
      <WhatMatters />
      <ClearDataDialog {...args} />
    </SectionStory>
  ),
} satisfies Meta<typeof ClearDataDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AsksBeforeClearing: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(canvas.getByRole('button', { name: 'Clear my answers' }));
    const dialog = await body.findByRole('alertdialog', { name: 'Clear all your answers?' });
    await expect(dialog.closest('.sdm-root')).not.toBeNull();
    await userEvent.click(body.getByRole('button', { name: 'Keep my answers' }));
    await expect(canvas.getByRole('textbox', { name: 'What worries you most?' })).toHaveValue(
      'That it is my heart, like my father',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Clear my answers' }));
    await userEvent.click(await body.findByRole('button', { name: 'Yes, clear everything' }));
    await expect(await canvas.findByText('Your answers were cleared.')).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'What worries you most?' })).toHaveValue('');
  },
};
