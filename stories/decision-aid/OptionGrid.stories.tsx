import { OptionGrid } from '@sdmkit/decision-aid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { type ExamplePartArgs, examplePart } from './Frame';

/** Controls: which example decision aid the part shows (`example`). */
const meta = {
  title: 'DecisionAid/OptionGrid',
  component: OptionGrid,
  ...examplePart(OptionGrid),
} satisfies Meta<ExamplePartArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('table');
    await expect(within(table).getAllByRole('row')).toHaveLength(5);
    await expect(canvasElement.querySelectorAll('[data-no-data="true"]')).toHaveLength(3);
  },
};
