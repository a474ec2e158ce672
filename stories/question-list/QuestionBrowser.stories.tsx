import { QuestionBrowser, type QuestionBrowserProps } from '@sdmkit/question-list';
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
  startArgType,
  startFor,
} from './shared';

type QuestionBrowserStoryArgs = QuestionBrowserProps & {
  readonly list: QuestionListExample;
  readonly start: QuestionListStart;
};

/** Controls: the example list (`list`), the patient's list at the start (`start`), the heading level and `pageSize`. */
const meta = {
  title: 'Question list/QuestionBrowser',
  component: QuestionBrowser,
  args: { list: 'visit', start: 'none', pageSize: 50 },
  argTypes: {
    list: listArgType,
    start: startArgType,
    headingLevel: headingLevelArgType,
    pageSize: {
      control: { type: 'number', min: 1, step: 10 },
      description: 'How many matching questions to show before “Show more” (default 50).',
    },
    className: hiddenArgType,
  },
  render: ({ list, start, ...args }, { globals }) => (
    <Frame
      key={`${list}:${start}:${args.pageSize}`}
      locale={globals.locale}
      theme={globals.theme}
      content={listFor(globals.locale, list)}
      defaultValue={startFor(start, listFor(globals.locale, list))}
    >
      <QuestionBrowser {...args} />
    </Frame>
  ),
} satisfies Meta<QuestionBrowserStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: inEnglish(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search questions' }), 'RESULTS');
    const box = await canvas.findByRole('checkbox', { name: 'When and how will I get my results?' });
    await userEvent.click(box);
    await expect(box).toBeChecked();
    await userEvent.click(canvas.getAllByText('Why ask this?')[0] as HTMLElement);
    await expect(canvas.getByText(/Results can get lost/)).toBeVisible();
  }),
};

export const Arabic: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('.sdm-root')).toHaveAttribute('dir', 'rtl');
    await userEvent.click(canvas.getByRole('checkbox', { name: 'ماذا يمكن أن يكون غير ذلك؟' }));
    await expect(canvas.getByRole('checkbox', { name: 'ماذا يمكن أن يكون غير ذلك؟' })).toBeChecked();
  },
};

/** 500 generated questions (English only: the interface follows the toolbar). */
export const Library500: Story = {
  args: { list: 'library500' },
  play: inEnglish(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('500 questions found')).toBeInTheDocument();
    await userEvent.type(canvas.getByRole('searchbox'), 'Recovery');
    await expect(await canvas.findByText('62 questions found')).toBeInTheDocument();
  }),
};
