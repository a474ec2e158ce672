import { DemonstrationNotice, ErrorState } from '@sdmkit/ui';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { StoryShell } from './StoryShell';

const meta = {
  title: 'UI/ErrorState',
  component: ErrorState,
  render: (args, { globals }) => (
    <StoryShell locale={globals.locale} theme={globals.theme}>
      <ErrorState {...args} />
    </StoryShell>
  ),
  args: {
    issues: [
      {
        code: 'required',
        path: '$.decision.question',
        segments: ['decision', 'question'],
        message: 'Required string is missing.',
      },
      {
        code: 'unsafe_url',
        path: '$.meta.sources[0].url',
        segments: ['meta', 'sources', 0, 'url'],
        message: 'Links must start with https:// (or http://).',
      },
    ],
  },
} satisfies Meta<typeof ErrorState>;

export default meta;
type Story = StoryObj<typeof meta>;

export const WithContentProblems: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toBeVisible();
    await expect(canvas.getByText('$.decision.question')).toBeInTheDocument();
  },
};

export const Demonstration: StoryObj<typeof DemonstrationNotice> = {
  render: (_args, { globals }) => (
    <StoryShell locale={globals.locale} theme={globals.theme}>
      <DemonstrationNotice demonstration />
    </StoryShell>
  ),
};
