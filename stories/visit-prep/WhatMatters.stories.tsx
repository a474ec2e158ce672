import type { VisitPrepExampleKind } from '@sdmkit/content';
import { WhatMatters, type WhatMattersProps } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { answersArgType, answersFor, SectionStory, templateArgType, type VisitPrepAnswers } from './shared';

type WhatMattersStoryArgs = WhatMattersProps & {
  readonly template: VisitPrepExampleKind;
  readonly answers: VisitPrepAnswers;
};

/** Controls: the example template (`template`) and the patient’s answers when the story opens (`answers`). */
const meta = {
  title: 'Visit prep/Sections/WhatMatters',
  component: WhatMatters,
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
      <WhatMatters {...args} />
    </SectionStory>
  ),
} satisfies Meta<WhatMattersStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const GoalsAndWorries: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const goals = canvas.getByRole('textbox', { name: 'What do you hope to get from this visit?' });
    await userEvent.type(goals, 'Sleep through the night');
    await expect(goals).toHaveAccessibleDescription('4 of 150 words');
  },
};
