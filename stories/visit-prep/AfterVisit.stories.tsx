import { AfterVisit } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SectionStory, storyToday } from './shared';

const meta = {
  title: 'Visit prep/Sections/AfterVisit',
  component: AfterVisit,
  args: { today: storyToday },
  render: (args, { globals }) => (
    <SectionStory globals={globals}>
      <AfterVisit {...args} />
    </SectionStory>
  ),
} satisfies Meta<typeof AfterVisit>;

export default meta;
type Story = StoryObj<typeof meta>;

export const NextSteps: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Tests that were ordered' }), 'Chest X-ray');
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'When and how will you get the results?' }),
      'Portal message',
    );
    await expect(canvas.getByRole('textbox', { name: 'Tests that were ordered' })).toHaveValue('Chest X-ray');
  },
};
