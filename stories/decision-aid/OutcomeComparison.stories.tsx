import { OutcomeComparison } from '@sdmkit/decision-aid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { docFor, Frame, TREATMENT } from './Frame';

const meta = {
  title: 'DecisionAid/OutcomeComparison',
  component: OutcomeComparison,
  render: (_args, { globals }) => (
    <Frame locale={globals.locale} theme={globals.theme} content={docFor(TREATMENT, globals.locale)}>
      <OutcomeComparison />
    </Frame>
  ),
} satisfies Meta<typeof OutcomeComparison>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('img')).toHaveLength(3);
    for (const a of canvasElement.querySelectorAll('.sdm-IconArray'))
      await expect(a).toHaveAttribute('data-total', '100');
  },
};
