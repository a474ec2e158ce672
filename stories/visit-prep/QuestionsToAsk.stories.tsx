import { QuestionsToAsk } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SectionStory } from './shared';

const meta = {
  title: 'Visit prep/Sections/QuestionsToAsk',
  component: QuestionsToAsk,
  render: (args, { globals }) => (
    <SectionStory globals={globals}>
      <QuestionsToAsk {...args} />
    </SectionStory>
  ),
} satisfies Meta<typeof QuestionsToAsk>;

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
  args: {
    suggestedQuestions: [
      { id: 'ql-options', text: 'What are my options?' },
      { id: 'ql-benefits', text: 'What are the possible benefits and harms of those options?' },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'What are my options?' }));
    await expect(canvas.getByText('From the list', { exact: false })).toBeVisible();
  },
};
