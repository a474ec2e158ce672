import { generatePromptList } from '@sdmkit/content';
import { QuestionBrowser } from '@sdmkit/question-list';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { inEnglish } from '../english-play';
import { Frame } from './shared';

const meta = {
  title: 'Question list/QuestionBrowser',
  component: QuestionBrowser,
  render: (args, { globals }) => (
    <Frame locale={globals.locale} theme={globals.theme}>
      <QuestionBrowser {...args} />
    </Frame>
  ),
} satisfies Meta<typeof QuestionBrowser>;

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

const library500 = generatePromptList(500);

/** 500 generated questions (English only: the interface follows the toolbar). */
export const Library500: Story = {
  render: (args, { globals }) => (
    <Frame locale={globals.locale} theme={globals.theme} content={library500}>
      <QuestionBrowser {...args} />
    </Frame>
  ),
  play: inEnglish(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('500 questions found')).toBeInTheDocument();
    await userEvent.type(canvas.getByRole('searchbox'), 'Recovery');
    await expect(await canvas.findByText('62 questions found')).toBeInTheDocument();
  }),
};
