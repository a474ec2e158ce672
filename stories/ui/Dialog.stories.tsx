import { Button, Dialog, DialogClose, type DialogProps } from '@sdmkit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { callbackArgType, hiddenArgType, StoryShell } from './StoryShell';

/** The dialog's props, with text for its title, description, trigger and body (plain words in these stories). */
type DialogStoryArgs = Omit<DialogProps, 'title' | 'description' | 'trigger' | 'footer' | 'children'> & {
  readonly title: string;
  readonly description: string;
  readonly triggerLabel: string;
  readonly body: string;
};

/**
 * Controls: the texts (`title`, `description`, `triggerLabel`, `body`), whether it starts open (`defaultOpen`) and
 * its `role`.
 */
const meta = {
  title: 'UI/Dialog',
  component: Dialog,
  render: ({ triggerLabel, body, ...args }, { globals }) => (
    <StoryShell locale={globals.locale} theme={globals.theme}>
      <Dialog
        key={String(args.defaultOpen)}
        {...args}
        trigger={<Button>{triggerLabel}</Button>}
        footer={
          <DialogClose asChild>
            <Button variant="primary">Done</Button>
          </DialogClose>
        }
      >
        <p>{body}</p>
      </Dialog>
    </StoryShell>
  ),
  args: {
    title: 'About the evidence',
    description: 'Where the numbers come from.',
    triggerLabel: 'Open the evidence',
    body: "Dialog content renders as text, in the widget's language and direction.",
    defaultOpen: false,
    role: 'dialog',
    onOpenChange: fn(),
  },
  argTypes: {
    title: { control: { type: 'text' }, description: 'Names the dialog for screen readers (required).' },
    description: {
      control: { type: 'text' },
      description: 'Optional description under the title, linked with `aria-describedby`.',
    },
    triggerLabel: { control: { type: 'text' }, description: 'Words on the button that opens the dialog (`trigger`).' },
    body: { control: { type: 'text' }, description: 'The dialog’s content (`children`).' },
    defaultOpen: {
      control: { type: 'boolean' },
      description: 'Start open (uncontrolled: it still closes with Escape, a click outside or Done).',
    },
    role: {
      control: { type: 'radio' },
      options: ['dialog', 'alertdialog'],
      description: '`alertdialog` for confirmations that need an answer.',
    },
    open: hiddenArgType,
    onOpenChange: callbackArgType('Told when the dialog asks to open or to close.'),
  },
} satisfies Meta<DialogStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const OpensAndReturnsFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Open the evidence' });
    await userEvent.click(trigger);
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog', { name: 'About the evidence' });
    await expect(dialog).toBeVisible();
    // The dialog is portalled into the widget root, so direction and theme follow the widget.
    await expect(dialog.closest('.sdm-root')).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    await expect(trigger).toHaveFocus();
  },
};
