import { MyQuestions, type MyQuestionsProps } from '@sdmkit/question-list';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { inEnglish } from '../english-play';
import { headingLevelArgType, hiddenArgType } from '../ui/StoryShell';
import {
  Frame,
  listArgType,
  listFor,
  type QuestionListExample,
  type QuestionListStart,
  type QuestionListSuggested,
  SUGGESTIONS,
  startArgType,
  startFor,
  suggestedArgType,
} from './shared';

type MyQuestionsStoryArgs = Omit<MyQuestionsProps, 'suggestions'> & {
  readonly list: QuestionListExample;
  readonly start: QuestionListStart;
  readonly suggested: QuestionListSuggested;
};

/** Controls: the example list (`list`), the patient's list at the start (`start`), the host's suggestions and the heading level. */
const meta = {
  title: 'Question list/MyQuestions',
  component: MyQuestions,
  args: { list: 'visit', start: 'five', suggested: 'none' },
  argTypes: {
    list: listArgType,
    start: startArgType,
    suggested: suggestedArgType,
    headingLevel: headingLevelArgType,
    className: hiddenArgType,
  },
  render: ({ list, start, suggested, ...args }, { globals }) => (
    <Frame
      key={`${list}:${start}`}
      locale={globals.locale}
      theme={globals.theme}
      content={listFor(globals.locale, list)}
      defaultValue={startFor(start, listFor(globals.locale, list))}
    >
      <MyQuestions {...args} suggestions={SUGGESTIONS[suggested]} />
    </Frame>
  ),
} satisfies Meta<MyQuestionsStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ReorderByKeyboard: Story = {
  play: inEnglish(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const mine = () =>
      within(
        canvas.getAllByRole('list').find((list) => list.classList.contains('sdm-MyQuestions__list')) as HTMLElement,
      );
    const group = canvas.getByRole('group', { name: 'When and how will I get my results?' });
    await expect(mine().getAllByRole('listitem')[4]).toContainElement(group);
    within(group).getByRole('button', { name: 'Move to top 3' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(mine().getAllByRole('listitem')[2]).toContainElement(
      canvas.getByRole('group', { name: 'When and how will I get my results?' }),
    );
    await expect(canvas.getByText('Moved to position 3 of 5.')).toBeInTheDocument();
  }),
};

export const AddOwnAndRefuseEmpty: Story = {
  play: inEnglish(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Add my question' }));
    await expect(canvas.getByText('Please type a question first.')).toBeVisible();
    await userEvent.type(canvas.getByRole('textbox', { name: 'Write your own question' }), 'Can I still drive?');
    await userEvent.click(canvas.getByRole('button', { name: 'Add my question' }));
    await expect(canvas.getByText('Can I still drive?')).toBeInTheDocument();
  }),
};

export const WithHostSuggestions: Story = {
  args: { suggested: 'fromSure' },
  play: inEnglish(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const region = canvas.getByRole('region', { name: 'Suggested for you' });
    await userEvent.click(within(region).getAllByRole('button', { name: 'Add to my list' })[0] as HTMLElement);
    await expect(canvas.getByText('Suggested')).toBeInTheDocument();
  }),
};

/** The note that the list is long (plural forms per language: es "preguntas", ar "أسئلة" for 3 to 10). */
const softLimitNine: Record<string, RegExp> = {
  en: /You have 9 questions/,
  es: /Tiene 9 preguntas/,
  ar: /لديك 9 أسئلة/,
};

export const OverTheSoftLimit: Story = {
  args: { start: 'nine' },
  play: async ({ canvasElement, globals }) => {
    const note = softLimitNine[String(globals.locale ?? 'en')];
    if (note) await expect(within(canvasElement).getByText(note)).toBeInTheDocument();
  },
};
