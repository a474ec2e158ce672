import { generatePromptList, visitQuestionsByLocale } from '@sdmkit/content';
import { createMemoryStorage, createPersistence, type QuestionListInput } from '@sdmkit/core';
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

/** The patient's own words on a question that a new edition of the list no longer has, in each language. */
const retiredWords = {
  en: ['Ask about the cost', 'My sister had this test last year'],
  es: ['Preguntar por el costo', 'Mi hermana se hizo esta prueba el año pasado'],
  ar: ['أسأل عن التكلفة', 'أجرت أختي هذا الفحص العام الماضي'],
} as const;

/**
 * A draft saved before the list changed: one of the picked questions is no longer in it. The other is restored; the
 * one that no longer fits is kept, and a notice offers it back (show the words, copy them, or dismiss).
 */
export const AnswersKeptAfterContentChange: Story = {
  args: {
    persist: createPersistence({
      storage: createMemoryStorage(
        Object.fromEntries(
          (['en', 'es', 'ar'] as const).map((locale) => {
            const list = visitQuestionsByLocale[locale];
            const draft = picked('ask3-options', 'retired-question');
            const state: QuestionListInput = {
              ...draft,
              items: draft.items.map((item) =>
                item.questionId === 'retired-question'
                  ? { ...item, note: retiredWords[locale][0], why: retiredWords[locale][1] }
                  : item,
              ),
            };
            return [
              `sdmkit:question-list:${list.id}:v1`,
              JSON.stringify({
                sdmkit: 1,
                widget: 'question-list',
                contentId: list.id,
                contentVersion: list.meta.version,
                version: 1,
                savedAt: '2026-11-20T10:00:00.000Z',
                state,
              }),
            ];
          }),
        ),
      ),
    }),
  },
  play: inEnglish(async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const notice = await canvas.findByRole('group', {
      name: '1 answer refers to a question or item no longer in this content. It was kept.',
    });
    await userEvent.click(within(notice).getByRole('button', { name: 'Show the answers no longer in this content' }));
    const dialog = await canvas.findByRole('dialog', { name: 'Answers no longer in this content' });
    await expect(within(dialog).getByText('Ask about the cost')).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('dialog')).toBeNull();
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
