import { KnowledgeCheck } from '@sdmkit/decision-aid';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { docFor, Frame, TREATMENT } from './Frame';

const meta = {
  title: 'DecisionAid/KnowledgeCheck',
  component: KnowledgeCheck,
  render: (_args, { globals }) => (
    <Frame locale={globals.locale} theme={globals.theme} content={docFor(TREATMENT, globals.locale)}>
      <KnowledgeCheck />
    </Frame>
  ),
} satisfies Meta<typeof KnowledgeCheck>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getAllByRole('radio')[0]!);
    await expect(canvasElement.querySelector('[data-correct]')).not.toBeNull();
  },
};
