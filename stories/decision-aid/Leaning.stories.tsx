import { Leaning } from '@sdmkit/decision-aid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { type ExamplePartArgs, examplePart } from './Frame';

/** Controls: which example decision aid the part shows (`example`). */
const meta = {
  title: 'DecisionAid/Leaning',
  component: Leaning,
  ...examplePart(Leaning),
} satisfies Meta<ExamplePartArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const radios = canvas.getAllByRole('radio');
    await expect(radios.some((r) => (r as HTMLInputElement).checked)).toBe(false);
    await userEvent.click(radios[radios.length - 1]!);
    await expect(radios[radios.length - 1]).toBeChecked();
  },
};
