import type { VisitPrepExampleKind } from '@sdmkit/content';
import { SymptomStory, type SymptomStoryProps } from '@sdmkit/visit-prep';
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

type SymptomStoryArgs = SymptomStoryProps & {
  readonly template: VisitPrepExampleKind;
  readonly answers: VisitPrepAnswers;
};

/** Controls: the example template (`template`) and the patient’s answers when the story opens (`answers`). */
const meta = {
  title: 'Visit prep/Sections/SymptomStory',
  component: SymptomStory,
  args: {
    template: 'newSymptom',
    answers: 'empty',
    today: storyToday,
  },
  argTypes: {
    template: templateArgType,
    answers: answersArgType(['empty', 'sample', 'long', 'rashFutureOnset']),
    today: todayArgType,
  },
  render: ({ template, answers, ...args }, { globals }) => (
    <SectionStory key={`${template}:${answers}`} globals={globals} kind={template} defaultValue={answersFor(answers)}>
      <SymptomStory {...args} />
    </SectionStory>
  ),
} satisfies Meta<SymptomStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const TimelineInDateOrder: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('combobox', { name: 'What do you feel?' }), 'Headache');
    await userEvent.click(canvas.getByRole('radio', { name: /Moderate/ }));
    const entries: [date: string, note: string][] = [
      ['2026-11-10', 'Worse in the mornings'],
      ['2026-10-20', 'Started after a cold'],
    ];
    for (const [date, note] of entries) {
      await userEvent.click(canvas.getByRole('button', { name: 'Add a change' }));
      const groups = canvas.getAllByRole('group', { name: /^Change \d/ });
      const last = within(groups[groups.length - 1] as HTMLElement);
      await userEvent.type(last.getByLabelText('Date'), date);
      await userEvent.type(last.getByRole('textbox', { name: 'What changed?' }), note);
    }
    const sorted = canvas.getByRole('heading', { name: 'Your timeline in date order' })
      .nextElementSibling as HTMLElement;
    await expect(
      within(sorted)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['2026-10-20: Started after a cold', '2026-11-10: Worse in the mornings']);
  },
};

export const FutureDate: Story = {
  args: { answers: 'rashFutureOnset' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const onset = canvas.getByLabelText('When did it start?');
    await expect(onset).toHaveAttribute('aria-invalid', 'true');
    await expect(onset).toHaveAccessibleDescription(/This date is in the future/);
  },
};
