import { OptionsOverview } from '@sdmkit/decision-aid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { type ExamplePartArgs, examplePart } from './Frame';

/** Controls: which example decision aid the part shows (`example`). */
const meta = {
  title: 'DecisionAid/OptionsOverview',
  component: OptionsOverview,
  ...examplePart(OptionsOverview),
} satisfies Meta<ExamplePartArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const more = canvasElement.querySelectorAll('details');
    await expect(more).toHaveLength(3);
    await userEvent.click(canvasElement.querySelector('summary')!);
    await expect(canvasElement.querySelector('details')).toHaveAttribute('open');
  },
};
