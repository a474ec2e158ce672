import { EvidenceDialog, type EvidenceDialogProps } from '@sdmkit/decision-aid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { callbackArgType } from '../ui/StoryShell';
import { type DecisionAidExample, docFor, EXAMPLE_IDS, exampleArgType, Frame } from './Frame';

/** Controls: which example decision aid the part shows (`example`) and whether it starts open (`defaultOpen`). */
const meta = {
  title: 'DecisionAid/EvidenceDialog',
  component: EvidenceDialog,
  args: {
    example: 'treatment',
    defaultOpen: false,
    onOpenChange: fn(),
  },
  argTypes: {
    example: exampleArgType,
    defaultOpen: {
      control: { type: 'boolean' },
      description: 'Start with the dialog open (uncontrolled: it still closes with Escape or its close button).',
    },
    onOpenChange: callbackArgType('Told when the dialog asks to open or to close.'),
  },
  render: ({ example, ...args }, { globals }) => (
    <Frame
      key={`${example}:${args.defaultOpen}`}
      locale={globals.locale}
      theme={globals.theme}
      content={docFor(EXAMPLE_IDS[example], globals.locale)}
    >
      <EvidenceDialog {...args} />
    </Frame>
  ),
} satisfies Meta<EvidenceDialogProps & { readonly example: DecisionAidExample }>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button'));
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog');
    await expect(within(dialog).getAllByRole('link').length).toBeGreaterThan(0);
    await userEvent.keyboard('{Escape}');
    await expect(canvas.getByRole('button')).toHaveFocus();
  },
};
