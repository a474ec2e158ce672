import { EvidenceDialog } from '@sdmkit/decision-aid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { docFor, Frame, TREATMENT } from './Frame';

const meta = {
  title: 'DecisionAid/EvidenceDialog',
  component: EvidenceDialog,
  render: (_args, { globals }) => (
    <Frame locale={globals.locale} theme={globals.theme} content={docFor(TREATMENT, globals.locale)}>
      <EvidenceDialog />
    </Frame>
  ),
} satisfies Meta<typeof EvidenceDialog>;

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
