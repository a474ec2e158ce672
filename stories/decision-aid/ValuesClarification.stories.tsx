import { ValuesClarification } from '@sdmkit/decision-aid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { docFor, Frame, TREATMENT } from './Frame';

const meta = {
  title: 'DecisionAid/ValuesClarification',
  component: ValuesClarification,
  render: (_args, { globals }) => (
    <Frame locale={globals.locale} theme={globals.theme} content={docFor(TREATMENT, globals.locale)}>
      <ValuesClarification />
    </Frame>
  ),
} satisfies Meta<typeof ValuesClarification>;

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
