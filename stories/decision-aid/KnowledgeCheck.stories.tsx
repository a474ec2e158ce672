import { KnowledgeCheck } from '@sdmkit/decision-aid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { type DecisionAidExample, docFor, EXAMPLE_IDS, exampleArgType, Frame } from './Frame';

/** Controls: which example decision aid the part shows (`example`). */
const meta = {
  title: 'DecisionAid/KnowledgeCheck',
  component: KnowledgeCheck,
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
      <KnowledgeCheck />
    </Frame>
  ),
} satisfies Meta<{ readonly example: DecisionAidExample }>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getAllByRole('radio')[0]!);
    await expect(canvasElement.querySelector('[data-correct]')).not.toBeNull();
  },
};
