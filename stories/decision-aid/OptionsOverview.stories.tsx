import { OptionsOverview } from '@sdmkit/decision-aid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { docFor, Frame, TREATMENT } from './Frame';

const meta = {
  title: 'DecisionAid/OptionsOverview',
  component: OptionsOverview,
  render: (_args, { globals }) => (
    <Frame locale={globals.locale} theme={globals.theme} content={docFor(TREATMENT, globals.locale)}>
      <OptionsOverview />
    </Frame>
  ),
} satisfies Meta<typeof OptionsOverview>;

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
