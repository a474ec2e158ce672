import { ValuesClarification } from '@sdmkit/decision-aid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { type DecisionAidExample, docFor, EXAMPLE_IDS, exampleArgType, Frame } from './Frame';

/** Controls: which example decision aid the part shows (`example`). */
const meta = {
  title: 'DecisionAid/ValuesClarification',
  component: ValuesClarification,
  args: {
    example: 'treatment',
  },
  argTypes: {
    example: exampleArgType,
  },
  render: ({ example }, { globals }) => (
    <Frame
      key={example}
      locale={globals.locale}
      theme={globals.theme}
      content={docFor(EXAMPLE_IDS[example], globals.locale)}
    >
      <ValuesClarification />
    </Frame>
  ),
} satisfies Meta<{ readonly example: DecisionAidExample }>;

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
