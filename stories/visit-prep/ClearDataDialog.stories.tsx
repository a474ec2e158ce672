import type { VisitPrepExampleKind } from '@sdmkit/content';
import { ClearDataDialog, type ClearDataDialogProps, WhatMatters } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { callbackArgType } from '../ui/StoryShell';
import { answersArgType, answersFor, SectionStory, templateArgType, type VisitPrepAnswers } from './shared';

type ClearDataDialogStoryArgs = ClearDataDialogProps & {
  readonly template: VisitPrepExampleKind;
  readonly answers: VisitPrepAnswers;
};

/** Controls: the example template (`template`) and the patient’s answers when the story opens (`answers`). */
const meta = {
  title: 'Visit prep/ClearDataDialog',
  component: ClearDataDialog,
  args: {
    template: 'newSymptom',
    answers: 'sample',
    onCleared: fn(),
  },
  argTypes: {
    template: templateArgType,
    answers: answersArgType(),
    onCleared: callbackArgType('Told after the answers were cleared (in memory and in storage).'),
  },
  render: ({ template, answers, ...args }, { globals }) => (
    <SectionStory key={`${template}:${answers}`} globals={globals} kind={template} defaultValue={answersFor(answers)}>
      <WhatMatters />
      <ClearDataDialog {...args} />
    </SectionStory>
  ),
} satisfies Meta<ClearDataDialogStoryArgs>;

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
