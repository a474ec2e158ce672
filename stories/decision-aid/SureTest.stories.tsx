import { SureTest } from '@sdmkit/decision-aid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { docFor, Frame, TREATMENT } from './Frame';

const meta = {
  title: 'DecisionAid/SureTest',
  component: SureTest,
  render: (_args, { globals }) => (
    <Frame locale={globals.locale} theme={globals.theme} content={docFor(TREATMENT, globals.locale)}>
      <SureTest />
    </Frame>
  ),
} satisfies Meta<typeof SureTest>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const groups = canvas.getAllByRole('group');
    for (const g of groups) await userEvent.click(within(g).getAllByRole('radio')[1]!);
    await expect(canvasElement.querySelectorAll('[data-help]')).toHaveLength(4);
  },
};
