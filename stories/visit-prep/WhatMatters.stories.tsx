import { WhatMatters } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SectionStory } from './shared';

const meta = {
  title: 'Visit prep/Sections/WhatMatters',
  component: WhatMatters,
  render: (args, { globals }) => (
    <SectionStory globals={globals}>
      <WhatMatters {...args} />
    </SectionStory>
  ),
} satisfies Meta<typeof WhatMatters>;

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
