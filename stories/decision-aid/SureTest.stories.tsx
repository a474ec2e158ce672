import { SureTest, type SureTestProps } from '@sdmkit/decision-aid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { type DecisionAidExample, docFor, EXAMPLE_IDS, exampleArgType, Frame } from './Frame';

/** Controls: which example decision aid the part shows (`example`) and read-only (`readOnly`). */
const meta = {
  title: 'DecisionAid/SureTest',
  component: SureTest,
  args: {
    example: 'treatment',
    readOnly: false,
  },
  argTypes: {
    example: exampleArgType,
    readOnly: {
      control: { type: 'boolean' },
      description: 'Show only the result, without the questions (as in encounter mode, “at a glance”).',
    },
  },
  render: ({ example, ...args }, { globals }) => (
    <Frame
      key={example}
      locale={globals.locale}
      theme={globals.theme}
      content={docFor(EXAMPLE_IDS[example], globals.locale)}
    >
      <SureTest {...args} />
    </Frame>
  ),
} satisfies Meta<SureTestProps & { readonly example: DecisionAidExample }>;

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
