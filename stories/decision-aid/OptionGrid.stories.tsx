import { OptionGrid } from '@sdmkit/decision-aid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { type DecisionAidExample, docFor, EXAMPLE_IDS, exampleArgType, Frame } from './Frame';

/** Controls: which example decision aid the part shows (`example`). */
const meta = {
  title: 'DecisionAid/OptionGrid',
  component: OptionGrid,
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
      <OptionGrid />
    </Frame>
  ),
} satisfies Meta<{ readonly example: DecisionAidExample }>;

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
