import { Intro } from '@sdmkit/decision-aid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { docFor, Frame, TREATMENT } from './Frame';

const meta = {
  title: 'DecisionAid/Intro',
  component: Intro,
  render: (_args, { globals }) => (
    <Frame locale={globals.locale} theme={globals.theme} content={docFor(TREATMENT, globals.locale)}>
      <Intro />
    </Frame>
  ),
} satisfies Meta<typeof Intro>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('complementary')).toBeVisible();
    await userEvent.click(canvas.getByRole('button'));
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('dialog');
    await expect(dialog).toBeVisible();
    await userEvent.keyboard('{Escape}');
  },
};
