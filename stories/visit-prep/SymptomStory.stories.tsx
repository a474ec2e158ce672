import { emptyVisitPrepInput } from '@sdmkit/core';
import { SymptomStory } from '@sdmkit/visit-prep';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SectionStory, storyToday } from './shared';

const meta = {
  title: 'Visit prep/Sections/SymptomStory',
  component: SymptomStory,
  args: { today: storyToday },
  render: (args, { globals }) => (
    <SectionStory globals={globals}>
      <SymptomStory {...args} />
    </SectionStory>
  ),
} satisfies Meta<typeof SymptomStory>;

export default meta;
const empty = emptyVisitPrepInput();
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
  render: (args, { globals }) => (
    <SectionStory
      globals={globals}
      defaultValue={{ ...empty, symptoms: { ...empty.symptoms, what: 'Rash', onset: '2027-02-01' } }}
    >
      <SymptomStory {...args} />
    </SectionStory>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const onset = canvas.getByLabelText('When did it start?');
    await expect(onset).toHaveAttribute('aria-invalid', 'true');
    await expect(onset).toHaveAccessibleDescription(/This date is in the future/);
  },
};
