import { Button, Dialog, DialogClose } from '@sdmkit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { StoryShell } from './StoryShell';

const meta = {
  title: 'UI/Dialog',
  component: Dialog,
  render: (args, { globals }) => (
    <StoryShell locale={globals.locale} theme={globals.theme}>
      <Dialog
        {...args}
        trigger={<Button>Open the evidence</Button>}
        footer={
          <DialogClose asChild>
            <Button variant="primary">Done</Button>
          </DialogClose>
        }
      >
        <p>Dialog content renders as text, in the widget's language and direction.</p>
      </Dialog>
    </StoryShell>
  ),
  args: { title: 'About the evidence', description: 'Where the numbers come from.' },
} satisfies Meta<typeof Dialog>;

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
