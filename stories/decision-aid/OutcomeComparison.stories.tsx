import { OutcomeComparison } from '@sdmkit/decision-aid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { type ExamplePartArgs, examplePart } from './Frame';

/** Controls: which example decision aid the part shows (`example`). */
const meta = {
  title: 'DecisionAid/OutcomeComparison',
  component: OutcomeComparison,
  ...examplePart(OutcomeComparison),
} satisfies Meta<ExamplePartArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('img')).toHaveLength(3);
    // ProtecT's groups person by person (8 of 545, 5 of 553, 4 of 545): no figure is rounded to a scale.
    const totals = [...canvasElement.querySelectorAll('.sdm-IconArray')].map((a) => a.getAttribute('data-total'));
    await expect(totals).toEqual(['545', '553', '545']);
  },
};
