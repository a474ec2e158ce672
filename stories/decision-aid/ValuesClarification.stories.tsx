import { ValuesClarification } from '@sdmkit/decision-aid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { type ExamplePartArgs, examplePart } from './Frame';

/** Controls: which example decision aid the part shows (`example`). */
const meta = {
  title: 'DecisionAid/ValuesClarification',
  component: ValuesClarification,
  ...examplePart(ValuesClarification),
} satisfies Meta<ExamplePartArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const radios = canvas.getAllByRole('radio');
    await userEvent.click(radios[4]!);
    await expect(canvasElement.querySelectorAll('.sdm-ValuesClarification__fitList li')).toHaveLength(3);
  },
};
