import { Summary } from '@sdmkit/decision-aid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { docFor, Frame, TREATMENT } from './Frame';

const meta = {
  title: 'DecisionAid/Summary',
  component: Summary,
  render: (_args, { globals }) => (
    <Frame locale={globals.locale} theme={globals.theme} content={docFor(TREATMENT, globals.locale)}>
      <Summary />
    </Frame>
  ),
} satisfies Meta<typeof Summary>;

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
