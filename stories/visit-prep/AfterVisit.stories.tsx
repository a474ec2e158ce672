import type { VisitPrepExampleKind } from '@sdmkit/content';
import { AfterVisit, type AfterVisitProps } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import {
  answersArgType,
  answersFor,
  SectionStory,
  storyToday,
  templateArgType,
  todayArgType,
  type VisitPrepAnswers,
} from './shared';

type AfterVisitStoryArgs = AfterVisitProps & {
  readonly template: VisitPrepExampleKind;
  readonly answers: VisitPrepAnswers;
};

/** Controls: the example template (`template`) and the patient’s answers when the story opens (`answers`). */
const meta = {
  title: 'Visit prep/Sections/AfterVisit',
  component: AfterVisit,
  args: {
    template: 'newSymptom',
    answers: 'empty',
    today: storyToday,
  },
  argTypes: {
    template: templateArgType,
    answers: answersArgType(),
    today: todayArgType,
  },
  render: ({ template, answers, ...args }, { globals }) => (
    <SectionStory key={`${template}:${answers}`} globals={globals} kind={template} defaultValue={answersFor(answers)}>
      <AfterVisit {...args} />
    </SectionStory>
  ),
} satisfies Meta<AfterVisitStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const NextSteps: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('textbox', { name: 'Tests that were ordered' }), 'Chest X-ray');
    await userEvent.type(
      canvas.getByRole('textbox', { name: 'When and how will you get the results?' }),
      'Portal message',
    );
    await expect(canvas.getByRole('textbox', { name: 'Tests that were ordered' })).toHaveValue('Chest X-ray');
  },
};
