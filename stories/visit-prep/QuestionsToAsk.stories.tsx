import type { VisitPrepExampleKind } from '@sdmkit/content';
import { QuestionsToAsk, type QuestionsToAskProps } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import {
  answersArgType,
  answersFor,
  SectionStory,
  SUGGESTED_QUESTIONS,
  suggestedArgType,
  templateArgType,
  type VisitPrepAnswers,
  type VisitPrepSuggested,
} from './shared';

type QuestionsToAskStoryArgs = Omit<QuestionsToAskProps, 'suggestedQuestions'> & {
  readonly template: VisitPrepExampleKind;
  readonly answers: VisitPrepAnswers;
  readonly suggested: VisitPrepSuggested;
};

/**
 * Controls: the example template (`template`), the patient’s answers when the story opens (`answers`) and the
 * questions a host offers (`suggested`).
 */
const meta = {
  title: 'Visit prep/Sections/QuestionsToAsk',
  component: QuestionsToAsk,
  args: {
    template: 'newSymptom',
    answers: 'empty',
    suggested: 'none',
  },
  argTypes: {
    template: templateArgType,
    answers: answersArgType(),
    suggested: suggestedArgType,
  },
  render: ({ template, answers, suggested, ...args }, { globals }) => (
    <SectionStory key={`${template}:${answers}`} globals={globals} kind={template} defaultValue={answersFor(answers)}>
      <QuestionsToAsk {...args} suggestedQuestions={SUGGESTED_QUESTIONS[suggested]} />
    </SectionStory>
  ),
} satisfies Meta<QuestionsToAskStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const PickAndAdd: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'What else could it be?' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Add my own question' }));
    await userEvent.keyboard('Can I still go running?');
    await userEvent.click(canvas.getByRole('button', { name: 'Move question 2 up' }));
    const items = canvas.getAllByRole('listitem');
    await expect(items[0]).toHaveTextContent('Question 1');
    await expect(canvas.getByRole('textbox', { name: /Question 1/ })).toHaveValue('Can I still go running?');
  },
};

/** Suggestions a host passes in, for example the questions a patient kept in a question list. */
export const WithQuestionListSuggestions: Story = {
  args: { suggested: 'fromQuestionList' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'What are my options?' }));
    await expect(canvas.getByText('From the list', { exact: false })).toBeVisible();
  },
};
