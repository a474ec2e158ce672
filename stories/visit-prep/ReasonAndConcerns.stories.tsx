import type { VisitPrepExampleKind } from '@sdmkit/content';
import { ReasonAndConcerns, type ReasonAndConcernsProps } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { answersArgType, answersFor, SectionStory, templateArgType, type VisitPrepAnswers } from './shared';

type ReasonAndConcernsStoryArgs = ReasonAndConcernsProps & {
  readonly template: VisitPrepExampleKind;
  readonly answers: VisitPrepAnswers;
};

/** Controls: the example template (`template`) and the patient’s answers when the story opens (`answers`). */
const meta = {
  title: 'Visit prep/Sections/ReasonAndConcerns',
  component: ReasonAndConcerns,
  args: {
    template: 'newSymptom',
    answers: 'empty',
  },
  argTypes: {
    template: templateArgType,
    answers: answersArgType(),
  },
  render: ({ template, answers, ...args }, { globals }) => (
    <SectionStory key={`${template}:${answers}`} globals={globals} kind={template} defaultValue={answersFor(answers)}>
      <ReasonAndConcerns {...args} />
    </SectionStory>
  ),
} satisfies Meta<ReasonAndConcernsStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const AddAndReorder: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Main reason for the visit' }), 'Headaches');
    for (const text of ['Wake up with headaches', 'Blurry vision']) {
      await userEvent.click(canvas.getByRole('button', { name: 'Add a concern' }));
      await userEvent.keyboard(text);
    }
    await userEvent.click(canvas.getByRole('button', { name: 'Move concern 2 up' }));
    const fields = canvas.getAllByRole('textbox', { name: /Concern \d/ });
    await expect(fields.map((f) => (f as HTMLTextAreaElement).value)).toEqual([
      'Blurry vision',
      'Wake up with headaches',
    ]);
    await expect(canvas.getByRole('status')).toHaveTextContent('Concern moved to place 1.');
  },
};
