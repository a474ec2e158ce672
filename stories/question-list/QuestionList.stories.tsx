import { generatePromptList } from '@sdmkit/content';
import { createMemoryStorage, createPersistence } from '@sdmkit/core';
import { QuestionList } from '@sdmkit/question-list';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { inEnglish } from '../english-play';
import { listFor, picked } from './shared';

const meta = {
  title: 'Question list/QuestionList',
  component: QuestionList,
  render: (args, { globals }) => (
    <QuestionList {...args} content={listFor(globals.locale)} locale={globals.locale} theme={globals.theme} />
  ),
  args: { content: undefined, onComplete: fn() },
} satisfies Meta<typeof QuestionList>;

export default meta;
type Story = StoryObj<typeof meta>;

export const FullFlow: Story = {
  args: { persist: createPersistence({ storage: createMemoryStorage() }) },
  play: inEnglish(async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Add the suggested starter questions' }));
    const nav = canvas.getByRole('navigation', { name: 'Steps' });
    await userEvent.click(within(nav).getByRole('button', { name: 'During the visit' }));
    const row = canvas.getByRole('listitem', { name: /What are my options\?/ });
    await userEvent.click(within(row).getByRole('button', { name: 'Answered' }));
    await userEvent.click(within(nav).getByRole('button', { name: 'Summary' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Finish' }));
    await expect(args.onComplete).toHaveBeenCalledWith(
      expect.objectContaining({ widget: 'question-list', counts: expect.objectContaining({ total: 5, answered: 1 }) }),
    );
  }),
};

export const InVisit: Story = {
  args: {
    defaultMode: 'visit',
    defaultValue: picked('ask3-options', 'dx-what-else', 'dx-results', 'med-side-effects'),
  },
  play: inEnglish(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('0 of 4 questions answered')).toBeInTheDocument();
  }),
};

export const Arabic: Story = {
  globals: { locale: 'ar' },
  args: {
    defaultValue: picked('ask3-options', 'dx-what-else'),
    suggestions: [{ id: 'sure-support', text: 'من يمكنه مساعدتي في اتخاذ هذا القرار؟' }],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('.sdm-root')).toHaveAttribute('dir', 'rtl');
    await userEvent.click(canvas.getByRole('button', { name: 'أضف إلى قائمتي' }));
    await expect(canvas.getByText('مقترح')).toBeInTheDocument();
  },
};

const library500 = generatePromptList(500);

/** 500 generated questions (English only: the interface follows the toolbar). */
export const Library500: Story = {
  render: (args, { globals }) => (
    <QuestionList {...args} content={library500} locale={globals.locale} theme={globals.theme} />
  ),
  play: inEnglish(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Sample question 7 about recovery?' }));
    await expect(
      canvas.getByRole('group', { name: 'Question 1: Sample question 7 about recovery?' }),
    ).toBeInTheDocument();
  }),
};

export const InvalidContent: Story = {
  render: (args, { globals }) => (
    <QuestionList
      {...args}
      content={{ ...listFor(globals.locale), questions: [{ id: 'a', categoryId: 'nope', text: '   ' }] }}
      locale={globals.locale}
      theme={globals.theme}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toBeVisible();
    await expect(canvas.getByText('$.questions[0].text')).toBeInTheDocument();
  },
};
