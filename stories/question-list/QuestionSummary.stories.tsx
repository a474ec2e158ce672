import { QuestionSummary, type QuestionSummaryProps } from '@sdmkit/question-list';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { inEnglish } from '../english-play';
import { callbackArgType, headingLevelArgType, hiddenArgType } from '../ui/StoryShell';
import {
  Frame,
  listArgType,
  listFor,
  type QuestionListExample,
  type QuestionListStart,
  startArgType,
  startFor,
} from './shared';

type QuestionSummaryStoryArgs = QuestionSummaryProps & {
  readonly list: QuestionListExample;
  readonly start: QuestionListStart;
};

/** Controls: the example list (`list`), the patient's list (`start`, after the visit here) and the heading level. */
const meta = {
  title: 'Question list/QuestionSummary',
  component: QuestionSummary,
  args: { list: 'visit', start: 'afterVisit', onCopy: fn() },
  argTypes: {
    list: listArgType,
    start: startArgType,
    headingLevel: headingLevelArgType,
    onCopy: callbackArgType('Called with the plain text when the patient copies the summary.'),
    className: hiddenArgType,
  },
  render: ({ list, start, ...args }, { globals }) => (
    <Frame
      key={`${list}:${start}`}
      locale={globals.locale}
      theme={globals.theme}
      content={listFor(globals.locale, list)}
      defaultValue={startFor(start, listFor(globals.locale, list))}
    >
      <QuestionSummary {...args} />
    </Frame>
  ),
} satisfies Meta<QuestionSummaryStoryArgs>;

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
