import { Summary, type SummaryProps } from '@sdmkit/decision-aid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { callbackArgType } from '../ui/StoryShell';
import { type DecisionAidExample, docFor, EXAMPLE_IDS, exampleArgType, Frame } from './Frame';

/** Controls: which example decision aid the part shows (`example`). */
const meta = {
  title: 'DecisionAid/Summary',
  component: Summary,
  args: {
    example: 'treatment',
    onCopy: fn(),
  },
  argTypes: {
    example: exampleArgType,
    onCopy: callbackArgType('Called with the plain text when the patient copies the summary.'),
  },
  render: ({ example, ...args }, { globals }) => (
    <Frame
      key={example}
      locale={globals.locale}
      theme={globals.theme}
      content={docFor(EXAMPLE_IDS[example], globals.locale)}
    >
      <Summary {...args} />
    </Frame>
  ),
} satisfies Meta<SummaryProps & { readonly example: DecisionAidExample }>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('button')).toHaveLength(2);
    await userEvent.click(canvasElement.querySelector('.sdm-Summary__text summary')!);
    await expect(canvasElement.querySelector('textarea')!.value).toContain('?');
  },
};
