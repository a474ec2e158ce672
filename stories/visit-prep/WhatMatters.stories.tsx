import { WhatMatters, type WhatMattersProps } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { type SectionPartArgs, sectionPart } from './shared';

/** Controls: the example template (`template`) and the patient’s answers when the story opens (`answers`). */
const meta = {
  title: 'Visit prep/Sections/WhatMatters',
  component: WhatMatters,
  ...sectionPart(WhatMatters),
} satisfies Meta<WhatMattersProps & SectionPartArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const GoalsAndWorries: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const goals = canvas.getByRole('textbox', { name: 'What do you hope to get from this visit?' });
    await userEvent.type(goals, 'Sleep through the night');
    await expect(goals).toHaveAccessibleDescription('4 of 150 words');
  },
};
