import type { QuestionListInput } from '@sdmkit/core';
import { QuestionSummary } from '@sdmkit/question-list';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { inEnglish } from '../english-play';
import { Frame } from './shared';

const afterVisit: QuestionListInput = {
  items: [
    {
      key: 'q:ask3-options',
      source: 'library',
      questionId: 'ask3-options',
      status: 'answered',
      note: 'Wait and watch, or start a medicine.',
      followUp: false,
    },
    {
      key: 'q:dx-results',
      source: 'library',
      questionId: 'dx-results',
      status: 'answered',
      note: 'In the portal within a week.',
      followUp: true,
    },
    { key: 'own:1', source: 'own', text: 'Can I keep working?', status: 'asked', note: '', followUp: true },
  ],
  dismissed: [],
  seq: 1,
};

const meta = {
  title: 'Question list/QuestionSummary',
  component: QuestionSummary,
  render: (args, { globals }) => (
    <Frame locale={globals.locale} theme={globals.theme} defaultValue={afterVisit}>
      <QuestionSummary {...args} />
    </Frame>
  ),
} satisfies Meta<typeof QuestionSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AfterTheVisit: Story = {
  play: inEnglish(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Answer: In the portal within a week.')).toBeInTheDocument();
    await expect(canvas.getByRole('heading', { name: 'To follow up (2):' })).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Copy as text' })).toBeEnabled();
  }),
};
